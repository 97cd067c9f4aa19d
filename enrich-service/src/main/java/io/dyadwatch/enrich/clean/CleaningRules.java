package io.dyadwatch.enrich.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The cleaner's data: debris phrasings, appeal vocabulary, function words, dates. Immutable; load once. */
final class CleaningRules {
  record Phrase(String reason, int maxWords, Pattern pattern) {}

  final List<Phrase> phrases;
  final Set<String> functionWords;
  private final List<String> appealWords;
  final NoiseClasses noiseClasses;
  final DateFinder dates;

  private CleaningRules(List<Phrase> phrases, Set<String> functionWords, List<String> appealWords,
      NoiseClasses noiseClasses, DateFinder dates) {
    this.phrases = phrases;
    this.functionWords = functionWords;
    this.appealWords = appealWords;
    this.noiseClasses = noiseClasses;
    this.dates = dates;
  }

  static CleaningRules load() {
    List<Phrase> phrases = new ArrayList<>();
    for (String line : Resources.lines("clean/debris-phrases.tsv")) {
      String[] parts = line.split("\t");
      if (parts.length != 3) {
        throw new IllegalStateException("clean/debris-phrases.tsv: expected reason, words, pattern in " + line);
      }
      phrases.add(new Phrase(parts[0], Integer.parseInt(parts[1]), Pattern.compile(parts[2])));
    }
    Set<String> functionWords = new HashSet<>(Resources.lines("clean/function-words.txt"));
    List<String> appeal = Resources.lines("clean/appeal-words.txt");
    return new CleaningRules(List.copyOf(phrases), Set.copyOf(functionWords), List.copyOf(appeal),
        NoiseClasses.load(), DateFinder.load());
  }

  /** The reason of the first debris phrasing the line carries, or null. Patterns see the line in lower case. */
  String debris(Features f) {
    String lower = null;
    for (Phrase p : phrases) {
      if (f.words > p.maxWords()) {
        continue;
      }
      if (lower == null) {
        lower = f.text.toLowerCase(Locale.ROOT);
      }
      if (p.pattern().matcher(lower).find()) {
        return p.reason();
      }
    }
    return null;
  }

  /** How many words of a publisher's appeal the text has. */
  int appealWords(String text) {
    int count = 0;
    for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (token.isEmpty()) {
        continue;
      }
      for (String w : appealWords) {
        if (w.endsWith("*") ? token.startsWith(w.substring(0, w.length() - 1)) : token.equals(w)) {
          count++;
          break;
        }
      }
    }
    return count;
  }
}
