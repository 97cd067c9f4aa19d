package io.dyadwatch.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts clean text into the sentences extraction reads, with exact token ranges. Lines that are page
 * furniture (tickers, captions, "Read Next:" links, copyright) are skipped. Hard-wrapped lines are
 * joined back into their paragraph. A line without closing punctuation is a headline: read as one
 * before the story starts, skipped once the story runs (a related headline between paragraphs is no
 * sentence of the story).
 */
final class Segmenter {
  /** A sentence as a token range; headline sentences follow headline grammar ("X to visit Y"). */
  record Span(int from, int to, boolean headline) {}

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj",
      "capt", "sgt", "adm", "gov", "sen", "rep", "rev", "prof", "st", "jr", "sr", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vol", "inc", "ltd", "co", "corp", "vs",
      "mt", "ft", "hon", "amb", "pres", "dept", "approx", "messrs", "brig", "cmdr", "supt", "insp");
  /** Styles of address that stand before a name: "H.E. Mr. LEE Jae-myung", "H.H. Sheikh Tamim". */
  private static final Set<String> STYLES = Set.of("h.e.", "h.h.", "h.r.h.", "h.m.", "h.b.");
  private static final Set<String> LINE_END_CONNECTORS = Set.of("a", "an", "the", "of", "to", "in", "on", "at",
      "by", "for", "with", "from", "and", "or", "but", "as", "that", "which", "who", "during", "two", "his", "her",
      "their", "its", "former", "vice", "is", "are", "was", "were", "will", "has", "have", "had", "be", "been",
      "than", "into", "over", "after", "before", "while", "said", "told", "this", "these", "those", "our", "when");

  /** Furniture lines are short: a story paragraph this long is not checked for their markers. */
  private static final int MARKED_LINE = 250;

  private final Lexicon lexicon;

  Segmenter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  private record Line(int start, int end, boolean debris, boolean terminal, int firstToken, int lastToken) {}

  List<Span> segment(String text, List<Token> toks) {
    List<Line> lines = lines(text, toks);
    List<Span> out = new ArrayList<>();
    boolean storyStarted = false;
    int k = 0;
    while (k < lines.size()) {
      Line first = lines.get(k);
      if (first.debris || first.firstToken >= first.lastToken) {
        k++;
        continue;
      }
      int last = k;
      while (last + 1 < lines.size() && joins(text, toks, lines.get(last), lines.get(last + 1))) {
        last++;
      }
      Line end = lines.get(last);
      int from = first.firstToken;
      int to = end.lastToken;
      boolean headline = !end.terminal || endsAsQuestion(toks, to) && titleCase(toks, from, to);
      k = last + 1;
      if (headline) {
        if (!storyStarted) {
          out.add(new Span(from, to, true));
        }
        continue;
      }
      if (to - from >= 6) {
        storyStarted = true;
      }
      sentences(toks, from, to, out);
    }
    return out;
  }

  private List<Line> lines(String text, List<Token> toks) {
    List<Line> out = new ArrayList<>();
    int tokenIndex = 0;
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? n : nl;
      int s = pos;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        while (tokenIndex < toks.size() && toks.get(tokenIndex).start < s) {
          tokenIndex++;
        }
        int firstToken = tokenIndex;
        while (tokenIndex < toks.size() && toks.get(tokenIndex).start < e) {
          tokenIndex++;
        }
        String line = text.substring(s, e);
        out.add(new Line(s, e, isDebris(line), isTerminal(line), firstToken, tokenIndex));
      }
      pos = lineEnd + 1;
    }
    return out;
  }

  private boolean isDebris(String line) {
    if (line.length() < MARKED_LINE) {
      String lower = line.toLowerCase(Locale.ROOT);
      for (String marker : lexicon.lineMarkers) {
        if (lower.contains(marker)) {
          return true;
        }
      }
      for (String marker : lexicon.captionMarkers) {
        if (lower.contains(marker)) {
          return true;
        }
      }
    }
    if (line.length() >= MARKED_LINE) {
      return false;
    }
    int letters = 0;
    int digits = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '▲' || c == '▼') {
        return true;
      }
      if (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c)) {
        letters++;
      } else if (c >= '0' && c <= '9' || c >= 128 && Character.isDigit(c)) {
        digits++;
      }
    }
    return letters == 0 || digits * 2 >= letters;
  }

  /** Ends like a finished sentence: . ! ? or a closing quote or bracket after one. */
  private static boolean isTerminal(String line) {
    int i = line.length() - 1;
    while (i >= 0 && "\"”’')]".indexOf(line.charAt(i)) >= 0) {
      if (line.charAt(i) == ')') {
        int open = line.lastIndexOf('(', i);
        if (open <= 0) {
          return false;
        }
        i = open - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
          i--;
        }
        continue;
      }
      i--;
    }
    return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
  }

  /** A hard-wrapped line goes on in the next one. */
  private static boolean joins(String text, List<Token> toks, Line a, Line b) {
    if (a.terminal || b.debris || a.firstToken >= a.lastToken || b.firstToken >= b.lastToken) {
      return false;
    }
    if (Character.isLowerCase(text.charAt(b.start))) {
      return true;
    }
    int firstBreak = text.indexOf('\n', a.end);
    int secondBreak = firstBreak < 0 ? -1 : text.indexOf('\n', firstBreak + 1);
    if (secondBreak >= 0 && secondBreak < b.start) {
      return false; // a blank line between: a standfirst without its full stop, then the story
    }
    Token lastWord = toks.get(a.lastToken - 1);
    if (lastWord.isWord() && LINE_END_CONNECTORS.contains(lastWord.norm)) {
      return true;
    }
    String line = text.substring(a.start, a.end);
    for (int i = 1; i + 2 < line.length(); i++) {
      if (line.charAt(i) == '.' && line.charAt(i + 1) == ' ' && Character.isLowerCase(line.charAt(i - 1))
          && Character.isUpperCase(line.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsAsQuestion(List<Token> toks, int to) {
    Token last = toks.get(to - 1);
    return last.isPunct('?') || last.isPunct('!');
  }

  /** Four or more longer words, nearly all capitalised: "Next In Line For North Korea's Throne". */
  private boolean titleCase(List<Token> toks, int from, int to) {
    int words = 0;
    int caps = 0;
    for (int i = from; i < to; i++) {
      Token t = toks.get(i);
      if (t.isWord() && t.text.length() > 3) {
        words++;
        if (t.capitalized()) {
          caps++;
        }
      }
    }
    return words >= 4 && caps * 10 >= words * 8;
  }

  private void sentences(List<Token> toks, int from, int to, List<Span> out) {
    int start = from;
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      int next = -1;
      if (t.kind == Token.Kind.PUNCT && ".!?…".indexOf(t.text.charAt(0)) >= 0) {
        int e = k + 1;
        while (e < to && toks.get(e).kind == Token.Kind.PUNCT && "\"”’')]".indexOf(toks.get(e).text.charAt(0)) >= 0
            && toks.get(e).start == toks.get(e - 1).end) {
          e++;
        }
        if (e < to && startsSentence(toks.get(e)) && !(t.isPunct('.') && abbreviationBefore(toks, k, from))) {
          next = e;
        }
      } else if (t.isWord() && t.text.endsWith(".") && k + 1 < to && !STYLES.contains(t.norm)) {
        Token n = toks.get(k + 1);
        if (n.capitalized() && lexicon.commonWords.contains(n.norm)) {
          next = k + 1;
        }
      }
      if (next > 0) {
        out.add(new Span(start, next, false));
        start = next;
        k = next - 1;
      }
    }
    if (start < to) {
      out.add(new Span(start, to, false));
    }
  }

  private static boolean startsSentence(Token t) {
    char c = t.text.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
  }

  private static boolean abbreviationBefore(List<Token> toks, int dot, int from) {
    if (dot == from) {
      return false;
    }
    Token prev = toks.get(dot - 1);
    if (prev.end != toks.get(dot).start || !prev.isWord()) {
      return false;
    }
    if (prev.text.length() == 1 && Character.isUpperCase(prev.text.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(prev.norm);
  }
}
