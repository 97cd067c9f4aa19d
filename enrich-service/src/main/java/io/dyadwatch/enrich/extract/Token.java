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
