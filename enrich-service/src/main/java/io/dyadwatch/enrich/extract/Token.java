package io.dyadwatch.enrich.extract;

import java.util.Locale;

/** A word, number, possessive ending or punctuation mark of the clean text, with its offsets there. */
final class Token {
  enum Kind { WORD, NUMBER, PUNCT, POSSESSIVE }

  final int start;
  final int end;
  final String text;
  /** Lower case with typographic apostrophes made plain; every possessive ending is "'s". */
  final String norm;
  final Kind kind;
  /** Word classes of {@link Chunker#classify}: bits of the constants below. */
  int flags;

  static final int DETERMINER = 1;
  static final int POSSESSIVE_PRONOUN = 1 << 1;
  static final int TITLE = 1 << 2;
  static final int NOT_OFFICIAL = 1 << 3;
  static final int PORTFOLIO = 1 << 4;
  static final int STOP = 1 << 5;
  static final int TRIGGER = 1 << 6;
  static final int TRIGGER_NOUN = 1 << 7;
  static final int COMMON = 1 << 8;
  static final int ING_ADJECTIVE = 1 << 9;
  static final int SPORT = 1 << 10;
  static final int PRONOUN = 1 << 11;

  Token(int start, int end, String text, Kind kind) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = kind;
    this.norm = normalise(text, kind);
  }

  static String normalise(String text, Kind kind) {
    if (kind == Kind.POSSESSIVE) {
      return "'s";
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.indexOf('’') >= 0 ? lower.replace('’', '\'') : lower;
  }

  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean capitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }

  boolean lowercase() {
    return kind == Kind.WORD && Character.isLowerCase(text.charAt(0));
  }

  /** Two or more letters, all capitals ("US", "KCNA"). */
  boolean allCaps() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  boolean is(String normalised) {
    return norm.equals(normalised);
  }

  boolean isPunct(char c) {
    return kind == Kind.PUNCT && text.charAt(0) == c;
  }

  boolean isPossessive() {
    return kind == Kind.POSSESSIVE;
  }

  @Override
  public String toString() {
    return text;
  }
}
