package io.dyadwatch.enrich.clean;

import java.util.Set;

/**
 * Surface features of one block of clean text, on which the cleaning rules decide: how many
 * words and of which case, numbers, sentence-final punctuation, addresses to the reader. Works for
 * any script; scripts without case count as lower-case running text.
 */
final class Features {
  private static final Set<String> FIRST_PLURAL = Set.of("we", "our", "ours", "us", "we're", "we've", "we'll");
  private static final Set<String> SECOND = Set.of("you", "your", "yours", "you're", "you'll", "you've");

  final String text;
  final int words;
  final int letterWords;
  final int lowerWords;
  final int capitalWords;
  final int allCapsWords;
  final int numericTokens;
  final int priceTokens;
  final int arrows;
  final int letters;
  final int digits;
  final boolean terminal;
  final boolean endsWithColon;
  final boolean hasUrl;
  final int readerAddress;
  final int firstPlural;
  final int titleCaseWords;
  final int significantWords;
  final int linkChars;

  Features(String text, int linkChars, Set<String> functionWords) {
    this.text = text;
    this.linkChars = linkChars;
    int words = 0;
    int letterWords = 0;
    int lowerWords = 0;
    int capitalWords = 0;
    int allCaps = 0;
    int numeric = 0;
    int price = 0;
    int arrows = 0;
    int letters = 0;
    int digits = 0;
    int firstPlural = 0;
    int second = 0;
    int significant = 0;
    int titleCase = 0;
    boolean inQuote = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && text.charAt(i) != ' ') {
        i++;
      }
      words++;
      int tokenLetters = 0;
      int tokenUpper = 0;
      int firstLetter = -1;
      boolean quoted = inQuote || text.charAt(start) == '"';
      for (int k = start; k < i; k++) {
        char c = text.charAt(k);
        if (c == '"') {
          inQuote = !inQuote;
        } else if (Character.isLetter(c)) {
          letters++;
          tokenLetters++;
          if (firstLetter < 0) {
            firstLetter = k;
          }
          if (Character.isUpperCase(c)) {
            tokenUpper++;
          }
        } else if (Character.isDigit(c)) {
          digits++;
        } else if (c == '\u25B2' || c == '\u25BC' || c == '\u2191' || c == '\u2193' || c == '\u25B4'
            || c == '\u25BE') {
          arrows++;
        }
      }
      if (isNumeric(text, start, i)) {
        numeric++;
        if (isPriceLike(text, start, i)) {
          price++;
        }
      }
      if (tokenLetters > 0) {
        letterWords++;
        char first = text.charAt(firstLetter);
        boolean upper = Character.isUpperCase(first);
        if (upper) {
          capitalWords++;
        } else {
          lowerWords++;
        }
        if (tokenLetters >= 2 && tokenUpper == tokenLetters) {
          allCaps++;
        }
        String word = bare(text, start, i);
        if (!quoted) {
          String lower = word.toLowerCase(java.util.Locale.ROOT);
          if (FIRST_PLURAL.contains(lower) && !word.equals("US")) {
            firstPlural++;
          } else if (SECOND.contains(lower)) {
            second++;
          }
        }
        if (!functionWords.contains(word.toLowerCase(java.util.Locale.ROOT))) {
          significant++;
          if (upper || Character.isDigit(word.isEmpty() ? 'a' : word.charAt(0))) {
            titleCase++;
          }
        }
      }
    }
    this.words = Math.max(words, cjkWords(text));
    this.letterWords = letterWords;
    this.lowerWords = lowerWords;
    this.capitalWords = capitalWords;
    this.allCapsWords = allCaps;
    this.numericTokens = numeric;
    this.priceTokens = price;
    this.arrows = arrows;
    this.letters = letters;
    this.digits = digits;
    this.firstPlural = firstPlural;
    this.readerAddress = firstPlural + second;
    this.significantWords = significant;
    this.titleCaseWords = titleCase;
    this.terminal = endsSentence(text);
    this.endsWithColon = !text.isEmpty() && text.charAt(text.length() - 1) == ':';
    this.hasUrl = text.contains("http://") || text.contains("https://") || text.contains("www.");
  }

  /** Running text: four words or more, ending as a sentence, mostly not capitalised. */
  boolean isProse() {
    return words >= 4 && terminal && !isTitleCase() && lowerShare() >= 0.25;
  }

  /**
   * A sentence, however many names it carries: it ends as one and has a content word in lower case
   * (mostly its verb), as a name, a label or a list of names has not. "Indian Prime Minister
   * Narendra Modi met Russian President Vladimir Putin." is one, though only "met" is lower-case,
   * so that it is neither {@link #isProse() prose} by the share of lower-case words nor out of
   * {@link #isTitleCase() Headline Capitalisation} by the share of capitalised ones.
   */
  boolean isSentence() {
    return words >= 2 && terminal && hasLowerCaseContentWord() && !hasUrl;
  }

  /** Prose of ten words or more: what a story paragraph looks like. */
  boolean isStrongProse() {
    return isProse() && words >= 10;
  }

  /** Share of words with letters that start lower-case (or have no case). */
  double lowerShare() {
    return letterWords == 0 ? 0 : (double) lowerWords / letterWords;
  }

  /** Headline Capitalisation: nearly every word that is not a function word is capitalised. */
  boolean isTitleCase() {
    return significantWords >= 4 && titleCaseWords * 10 >= significantWords * 9 && words <= 25;
  }

  double linkDensity() {
    int visible = text.length() - spaces();
    return visible == 0 ? 0 : (double) linkChars / visible;
  }

  /**
   * A line of market data: short, mostly numbers with at least one price, change or percentage
   * among them (or up/down arrows), and not a sentence.
   */
  boolean isTicker() {
    if (words > 16 || (terminal && lowerWords >= 3)) {
      return false;
    }
    if (arrows > 0 && numericTokens >= 1) {
      return true;
    }
    return numericTokens >= 2 && priceTokens >= 1 && numericTokens * 10 >= words * 3;
  }

  /** Has a significant word in lower case, as a sentence or a headline has and a name or label has not. */
  boolean hasLowerCaseContentWord() {
    return significantWords > titleCaseWords;
  }

  boolean hasLetters() {
    return letters > 0;
  }

  private int spaces() {
    int s = 0;
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) == ' ') {
        s++;
      }
    }
    return s;
  }

  /** Ends with . ! ? (any script), possibly followed by closing quotes or brackets, or a credit "(Yonhap)". */
  static boolean endsSentence(String s) {
    int end = s.length();
    while (end > 0 && isCloser(s.charAt(end - 1))) {
      end--;
    }
    if (end > 0 && isTerminal(s.charAt(end - 1))) {
      return true;
    }
    if (s.endsWith(")")) {
      int open = s.lastIndexOf('(');
      if (open > 0) {
        int k = open - 1;
        while (k >= 0 && s.charAt(k) == ' ') {
          k--;
        }
        while (k >= 0 && isCloser(s.charAt(k))) {
          k--;
        }
        return k >= 0 && isTerminal(s.charAt(k));
      }
    }
    return false;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == ' ';
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\u061F'
        || c == '\u0964' || c == '\u06D4';
  }

  private static boolean isNumeric(String s, int from, int to) {
    while (from < to && "([{\"'".indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && ")]}\"',;:".indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    if (from < to && (s.charAt(from) == '+' || s.charAt(from) == '-')) {
      from++;
    }
    if (from < to && "$\u20AC\u00A3\u00A5\u20B9".indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    if (from < to && (s.charAt(from) == '+' || s.charAt(from) == '-')) {
      from++;
    }
    if (from < to && (s.charAt(to - 1) == '%')) {
      to--;
    }
    if (from >= to || !Character.isDigit(s.charAt(from))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** A number with a decimal point, a sign, a percent sign, a currency or brackets: a price or a change. */
  private static boolean isPriceLike(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c == '.' && k + 1 < to && Character.isDigit(s.charAt(k + 1))) {
        return true;
      }
      if (c == '%' || c == '+' || c == '(' || c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5'
          || c == '\u20B9' || (c == '-' && k == from)) {
        return true;
      }
    }
    return false;
  }

  private static String bare(String s, int from, int to) {
    while (from < to && !Character.isLetterOrDigit(s.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static int cjkWords(String s) {
    int cjk = 0;
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < 0x0E00) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(s.charAt(k));
      if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI) {
        cjk++;
      }
    }
    return cjk / 2;
  }
}
