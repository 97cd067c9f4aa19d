package io.dyadwatch.enrich.clean;

import java.util.Arrays;
import java.util.List;

/**
 * A piece of clean text that remembers where each part came from in the raw body: runs of
 * {@code (cleanStart, rawStart, length, rawLength)}, in clean-text order. Characters with no raw
 * source (none today, but allowed) are simply not covered by a run. Immutable.
 */
final class MappedText {
  static final MappedText EMPTY = new MappedText("", new int[0], 0);

  private final String text;
  private final int[] runs;
  private final int runCount;

  private MappedText(String text, int[] runs, int runCount) {
    this.text = text;
    this.runs = runs;
    this.runCount = runCount;
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  /**
   * The clean characters [from, to) with their runs clipped. A run that maps one to one is cut
   * exactly; a run that does not (an entity, a collapsed space) keeps its whole raw range.
   */
  MappedText slice(int from, int to) {
    if (from == 0 && to == text.length()) {
      return this;
    }
    if (from >= to) {
      return EMPTY;
    }
    int[] out = new int[runs.length];
    int n = 0;
    for (int r = 0; r < runCount; r++) {
      int cs = runs[4 * r];
      int rs = runs[4 * r + 1];
      int len = runs[4 * r + 2];
      int rawLen = runs[4 * r + 3];
      int start = Math.max(cs, from);
      int end = Math.min(cs + len, to);
      if (start >= end) {
        continue;
      }
      if (len == rawLen) {
        out[4 * n] = start - from;
        out[4 * n + 1] = rs + (start - cs);
        out[4 * n + 2] = end - start;
        out[4 * n + 3] = end - start;
      } else {
        out[4 * n] = start - from;
        out[4 * n + 1] = rs;
        out[4 * n + 2] = end - start;
        out[4 * n + 3] = rawLen;
      }
      n++;
    }
    return new MappedText(text.substring(from, to), out, n);
  }

  /** This text without leading and trailing white space. */
  MappedText strip() {
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return slice(from, to);
  }

  /** Adds this text's runs, shifted to start at {@code offset} of the whole clean text. */
  void addSpans(List<Span> spans, int offset) {
    for (int r = 0; r < runCount; r++) {
      spans.add(new Span(runs[4 * r] + offset, runs[4 * r + 1], runs[4 * r + 2], runs[4 * r + 3]));
    }
  }

  /** {@code first}, one separator character taken from raw [sepStart, sepEnd), then {@code second}. */
  static MappedText join(MappedText first, char separator, int sepStart, int sepEnd, MappedText second) {
    Builder b = new Builder(first.length() + 1 + second.length());
    b.appendAll(first);
    b.append(separator, sepStart, sepEnd);
    b.appendAll(second);
    return b.build();
  }

  @Override
  public String toString() {
    return text;
  }

  /** Builds a mapped text, merging one-to-one characters from consecutive raw offsets into one run. */
  static final class Builder {
    private final StringBuilder text;
    private int[] runs = new int[32];
    private int runCount;

    Builder(int capacity) {
      text = new StringBuilder(capacity);
    }

    int length() {
      return text.length();
    }

    char charAt(int index) {
      return text.charAt(index);
    }

    /** Replaces a character without touching its provenance. */
    void setCharAt(int index, char c) {
      text.setCharAt(index, c);
    }

    /** One clean character from raw [rawStart, rawEnd); rawStart < 0 means no raw source. */
    void append(char c, int rawStart, int rawEnd) {
      int cleanStart = text.length();
      text.append(c);
      if (rawStart < 0) {
        return;
      }
      int rawLen = rawEnd - rawStart;
      if (rawLen == 1 && runCount > 0) {
        int last = 4 * (runCount - 1);
        if (runs[last + 2] == runs[last + 3]
            && runs[last] + runs[last + 2] == cleanStart
            && runs[last + 1] + runs[last + 3] == rawStart) {
          runs[last + 2]++;
          runs[last + 3]++;
          return;
        }
      }
      addRun(cleanStart, rawStart, 1, rawLen);
    }

    /** Several clean characters that together came from raw [rawStart, rawEnd). */
    void append(CharSequence s, int rawStart, int rawEnd) {
      if (s.length() == 1) {
        append(s.charAt(0), rawStart, rawEnd);
        return;
      }
      int cleanStart = text.length();
      text.append(s);
      if (rawStart >= 0 && s.length() > 0) {
        addRun(cleanStart, rawStart, s.length(), rawEnd - rawStart);
      }
    }

    void appendAll(MappedText other) {
      int shift = text.length();
      text.append(other.text);
      for (int r = 0; r < other.runCount; r++) {
        int cs = other.runs[4 * r] + shift;
        int rs = other.runs[4 * r + 1];
        int len = other.runs[4 * r + 2];
        int rawLen = other.runs[4 * r + 3];
        if (len == rawLen && runCount > 0) {
          int last = 4 * (runCount - 1);
          if (runs[last + 2] == runs[last + 3]
              && runs[last] + runs[last + 2] == cs
              && runs[last + 1] + runs[last + 3] == rs) {
            runs[last + 2] += len;
            runs[last + 3] += len;
            continue;
          }
        }
        addRun(cs, rs, len, rawLen);
      }
    }

    MappedText build() {
      return new MappedText(text.toString(), Arrays.copyOf(runs, 4 * runCount), runCount);
    }

    private void addRun(int cleanStart, int rawStart, int length, int rawLength) {
      if (4 * runCount + 4 > runs.length) {
        runs = Arrays.copyOf(runs, runs.length * 2);
      }
      runs[4 * runCount] = cleanStart;
      runs[4 * runCount + 1] = rawStart;
      runs[4 * runCount + 2] = length;
      runs[4 * runCount + 3] = rawLength;
      runCount++;
    }
  }
}
