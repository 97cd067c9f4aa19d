package io.dyadwatch.enrich.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How much of one text's content another repeats: words compared lower-case, without function
 * words, numbers and one- or two-letter words, without a plural "s", on their first five letters
 * (so that "visits" and "visited", "Korea" and "Korean" agree). Thread-safe.
 */
final class Similarity {
  private final Set<String> functionWords;

  Similarity(Set<String> functionWords) {
    this.functionWords = functionWords;
  }

  Set<String> contentWords(String s) {
    Set<String> words = new HashSet<>();
    for (String token : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (token.length() <= 2 || functionWords.contains(token) || Character.isDigit(token.charAt(0))) {
        continue;
      }
      String stem = token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")
          ? token.substring(0, token.length() - 1) : token;
      words.add(stem.length() > 5 ? stem.substring(0, 5) : stem);
    }
    return words;
  }

  /**
   * Share of {@code a}'s content words that {@code b} also has; 0 when {@code a} has none. Words
   * that begin with the same four letters match ("sign" and "signed", "China" and "Chinese").
   */
  double coverage(String a, String b) {
    Set<String> wa = contentWords(a);
    if (wa.isEmpty()) {
      return 0;
    }
    Set<String> wb = contentWords(b);
    Set<String> prefixes = new HashSet<>();
    for (String w : wb) {
      for (int k = 3; k <= Math.min(4, w.length()); k++) {
        prefixes.add(w.substring(0, k));
      }
    }
    int shared = 0;
    for (String w : wa) {
      if (wb.contains(w) || prefixes.contains(w.length() < 4 ? w : w.substring(0, 4))) {
        shared++;
      }
    }
    return (double) shared / wa.size();
  }
}
