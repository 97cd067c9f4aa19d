package io.dyadwatch.enrich.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Class and id names of page furniture (from {@code clean/html-noise-classes.txt}). Immutable. */
final class NoiseClasses {
  private final List<String[]> patterns;

  private NoiseClasses(List<String[]> patterns) {
    this.patterns = patterns;
  }

  static NoiseClasses load() {
    List<String[]> patterns = new ArrayList<>();
    for (String line : Resources.lines("clean/html-noise-classes.txt")) {
      patterns.add(line.toLowerCase(Locale.ROOT).split("\\s+"));
    }
    return new NoiseClasses(List.copyOf(patterns));
  }

  /** The first pattern that the given class and id values contain, or null. */
  String match(String classAndId) {
    if (classAndId.isEmpty()) {
      return null;
    }
    String[] words = words(classAndId);
    for (String[] pattern : patterns) {
      for (int i = 0; i + pattern.length <= words.length; i++) {
        if (matchesAt(words, i, pattern)) {
          return String.join(" ", pattern);
        }
      }
    }
    return null;
  }

  /** Whether {@code classAndId} has a word equal to one of {@code names} (or starting with it, for {@code name*}). */
  static boolean hasWord(String classAndId, String... names) {
    if (classAndId.isEmpty()) {
      return false;
    }
    for (String word : words(classAndId)) {
      for (String name : names) {
        if (wordMatches(word, name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(String[] words, int at, String[] pattern) {
    for (int k = 0; k < pattern.length; k++) {
      if (!wordMatches(words[at + k], pattern[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean wordMatches(String word, String pattern) {
    if (pattern.endsWith("*")) {
      return word.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return word.equals(pattern);
  }

  private static String[] words(String s) {
    return s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
  }
}
