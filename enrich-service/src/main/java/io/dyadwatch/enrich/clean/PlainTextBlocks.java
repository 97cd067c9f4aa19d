package io.dyadwatch.enrich.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain-text body into blocks: one per line, except that lines of a hard-wrapped
 * paragraph (text broken at a fixed width, as in e-mail and some feeds) and a line that plainly
 * continues the sentence of the line before are joined, so that no sentence is cut in two.
 */
final class PlainTextBlocks {
  private PlainTextBlocks() {}

  private record Line(MappedText text, boolean gapBefore, int breakStart, int breakEnd) {}

  static List<Block> split(String body, int from, int to) {
    List<Line> lines = lines(body, from, to);
    int width = wrapWidth(lines);
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Line first = lines.get(i);
      MappedText text = first.text();
      int j = i + 1;
      while (j < lines.size() && !lines.get(j).gapBefore() && continues(text, lines.get(j - 1).text(),
          lines.get(j).text(), width)) {
        Line next = lines.get(j);
        text = MappedText.join(text, ' ', next.breakStart(), next.breakEnd(), next.text());
        j++;
      }
      blocks.add(Block.text(text, first.gapBefore()));
      i = j;
    }
    return blocks;
  }

  private static List<Line> lines(String body, int from, int to) {
    List<Line> lines = new ArrayList<>();
    int start = from;
    boolean gap = false;
    int breakStart = -1;
    int breakEnd = -1;
    while (start <= to) {
      int end = start;
      while (end < to && !isLineBreak(body.charAt(end))) {
        end++;
      }
      NormalizingWriter w = new NormalizingWriter(end - start);
      w.appendRaw(body, start, end, true);
      MappedText text = w.finish();
      int next = end;
      if (next < to) {
        next += body.charAt(next) == '\r' && next + 1 < to && body.charAt(next + 1) == '\n' ? 2 : 1;
      }
      if (text.isEmpty()) {
        gap = !lines.isEmpty();
      } else {
        lines.add(new Line(text, gap, breakStart, breakEnd));
        gap = false;
      }
      breakStart = end;
      breakEnd = next;
      if (end >= to) {
        break;
      }
      start = next;
    }
    return lines;
  }

  /**
   * The width the text was wrapped at, or 0 when it was not: at least three prose lines, none
   * longer than 100 characters, and most of them within 20 characters of the longest.
   */
  private static int wrapWidth(List<Line> lines) {
    int prose = 0;
    int max = 0;
    for (Line line : lines) {
      if (isProseLike(line.text().text())) {
        prose++;
        max = Math.max(max, line.text().length());
      }
    }
    if (prose < 3 || max > 100) {
      return 0;
    }
    int full = 0;
    for (Line line : lines) {
      if (isProseLike(line.text().text()) && line.text().length() >= max - 20) {
        full++;
      }
    }
    return full * 10 >= prose * 6 ? max : 0;
  }

  private static boolean continues(MappedText soFar, MappedText previous, MappedText next, int width) {
    String prev = previous.text();
    String nxt = next.text();
    char last = prev.charAt(prev.length() - 1);
    char firstNext = nxt.charAt(0);
    boolean fullLine = width > 0 && prev.length() >= width - 25 && words(prev) >= 3;
    if (fullLine && startsLikeText(nxt)) {
      boolean sentenceEnds = Features.endsSentence(prev);
      if (!sentenceEnds && (Character.isLetterOrDigit(last) || ",;-\"'".indexOf(last) >= 0)) {
        return true;
      }
      if (sentenceEnds && Character.isLowerCase(firstNext)) {
        return true;
      }
    }
    return Character.isLowerCase(firstNext) && Character.isLetter(last) && words(prev) >= 3
        && soFar.length() < 5000;
  }


  private static boolean startsLikeText(String s) {
    char c = s.charAt(0);
    return Character.isLetterOrDigit(c) || c == '"' || c == '\'' || c == '(';
  }

  /** Five words or more, at least 40% of them lower-case: a line of running text. */
  private static boolean isProseLike(String s) {
    int words = 0;
    int lower = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        words++;
        if (Character.isLowerCase(c)) {
          lower++;
        }
      }
    }
    return words >= 5 && lower * 10 >= words * 4;
  }

  private static int words(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ') {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        words++;
      }
    }
    return words;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }
}
