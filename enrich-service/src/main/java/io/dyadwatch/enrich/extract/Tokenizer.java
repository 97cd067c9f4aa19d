package io.dyadwatch.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into tokens with exact offsets. Dotted abbreviations ("U.S.", "D.P.R.K.") stay one
 * token, hyphens are tokens of their own ("Korea-Russia" is three), possessive endings ("'s", the
 * bare apostrophe of "Workers'") are tokens, internal apostrophes stay in the word ("didn't"), and a few
 * compounds that are one word of contact stay whole ("sit-down", "tete-a-tete").
 */
final class Tokenizer {
  private static final Set<String> COMPOUNDS = Set.of("sit-down", "sit-downs", "tete-a-tete", "tête-à-tête",
      "phone-call");

  private Tokenizer() {}

  static List<Token> tokenize(String s) {
    int to = s.length();
    List<Token> out = new ArrayList<>(Math.max(16, to / 5));
    int i = 0;
    while (i < to) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = acronymEnd(s, i, to);
        if (j < 0) {
          j = compoundEnd(s, i, wordEnd(s, i, to), to);
        }
        Token.Kind kind = Character.isDigit(c) ? Token.Kind.NUMBER : Token.Kind.WORD;
        out.add(new Token(i, j, s.substring(i, j), kind));
        i = j;
        i = possessive(s, i, to, out);
        continue;
      }
      int len = Character.isHighSurrogate(c) && i + 1 < to ? 2 : 1;
      out.add(new Token(i, i + len, s.substring(i, i + len), Token.Kind.PUNCT));
      i += len;
    }
    return out;
  }

  /** End of a run of single letters each followed by a period ("U.S."), or -1 when fewer than two. */
  private static int acronymEnd(String s, int i, int to) {
    int j = i;
    int letters = 0;
    while (j + 1 < to && Character.isLetter(s.charAt(j)) && s.charAt(j + 1) == '.') {
      j += 2;
      letters++;
      if (j + 1 >= to || !Character.isLetter(s.charAt(j)) || s.charAt(j + 1) != '.') {
        break;
      }
    }
    return letters >= 2 ? j : -1;
  }

  /** End of a compound in COMPOUNDS that starts with the word from i to j, or j when there is none. */
  private static int compoundEnd(String s, int i, int j, int to) {
    int k = j;
    for (int parts = 1; parts < 3 && k + 1 < to && s.charAt(k) == '-' && wordChar(s.charAt(k + 1)); parts++) {
      k = wordEnd(s, k + 1, to);
      if (COMPOUNDS.contains(s.substring(i, k).toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    return j;
  }

  private static int wordEnd(String s, int i, int to) {
    int j = i;
    while (j < to) {
      char ch = s.charAt(j);
      if (wordChar(ch)) {
        j++;
      } else if (isApostrophe(ch) && j > i && j + 1 < to && Character.isLetter(s.charAt(j + 1))) {
        if (possessiveS(s, j + 1, to)) {
          break;
        }
        j++;
      } else if ((ch == '.' || ch == ',') && j > i && Character.isDigit(s.charAt(j - 1))
          && j + 1 < to && Character.isDigit(s.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean wordChar(char ch) {
    if (ch < 128) {
      return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
    }
    return Character.isLetterOrDigit(ch) || Character.getType(ch) == Character.NON_SPACING_MARK;
  }

  private static int possessive(String s, int i, int to, List<Token> out) {
    if (i >= to || !isApostrophe(s.charAt(i))) {
      return i;
    }
    if (i + 1 < to && possessiveS(s, i + 1, to)) {
      out.add(new Token(i, i + 2, s.substring(i, i + 2), Token.Kind.POSSESSIVE));
      return i + 2;
    }
    char before = s.charAt(i - 1);
    if ((before == 's' || before == 'S') && (i + 1 >= to || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
      out.add(new Token(i, i + 1, s.substring(i, i + 1), Token.Kind.POSSESSIVE));
      return i + 1;
    }
    return i;
  }

  private static boolean possessiveS(String s, int at, int to) {
    char c = s.charAt(at);
    return (c == 's' || c == 'S') && (at + 1 >= to || !Character.isLetterOrDigit(s.charAt(at + 1)));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }
}
