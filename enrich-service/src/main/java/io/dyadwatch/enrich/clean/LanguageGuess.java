package io.dyadwatch.enrich.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The language of a text, by Lingua: built once for the languages news arrives in most often, in
 * low-accuracy mode (trigram models only), which is accurate on a paragraph and several times
 * faster. Building loads the models (about 0.6 s and 20 MB of heap), once per JVM, when the first
 * {@link Cleaner} is made. Thread-safe.
 */
final class LanguageGuess {
  /** Enough text (some 50 words) for a sure guess; time and garbage grow with it. */
  static final int SAMPLE_CHARS = 300;
  private static final int MIN_LETTERS = 12;

  record Guess(String code, double confidence) {}

  static final Guess UNDETERMINED = new Guess("und", 0.0);

  private LanguageGuess() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
            Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE,
            Language.ITALIAN, Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN,
            Language.TURKISH, Language.ARABIC, Language.PERSIAN, Language.URDU, Language.HINDI,
            Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.INDONESIAN, Language.VIETNAMESE,
            Language.HEBREW, Language.GREEK)
        .withLowAccuracyMode()
        .withPreloadedLanguageModels()
        .build();
  }

  /** Loads the language models now (about half a second), so that the first article does not wait. */
  static void load() {
    java.util.Objects.requireNonNull(Holder.DETECTOR);
  }

  /**
   * The text's language as ISO 639-1, with how far it leads the runner-up (1 - the runner-up's
   * relative likelihood; 1 when nothing else is possible). "und" when the text has too few letters.
   */
  static Guess of(String text) {
    String sample = sample(text);
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(sample.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_LETTERS) {
      return UNDETERMINED;
    }
    SortedMap<Language, Double> values = Holder.DETECTOR.computeLanguageConfidenceValues(sample);
    Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
    if (!it.hasNext()) {
      return UNDETERMINED;
    }
    Language best = it.next().getKey();
    if (best == Language.UNKNOWN) {
      return UNDETERMINED;
    }
    if (best != Language.ENGLISH && englishFunctionWords(sample)) {
      // "Spanish Prime Minister Pedro Sanchez will meet ...": names outweigh a short English sentence
      return new Guess("en", 0.5);
    }
    double runnerUp = it.hasNext() ? it.next().getValue() : 0.0;
    double confidence = Math.max(0.0, Math.min(1.0, 1.0 - runnerUp));
    return new Guess(best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT), confidence);
  }

  /** Words that are English and no word of the other languages guessed. */
  private static final java.util.Set<String> ENGLISH_ONLY = java.util.Set.of("the", "of", "and", "with", "that",
      "from", "which", "would", "said", "has", "have", "been", "their", "this", "after", "will", "his");

  /**
   * Whether at least an eighth of the sample's words, and two or more, are English function words: a
   * short English text whose names mislead the models.
   */
  static boolean englishFunctionWords(String sample) {
    int words = 0;
    int english = 0;
    for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (!w.isEmpty()) {
        words++;
        if (ENGLISH_ONLY.contains(w)) {
          english++;
        }
      }
    }
    return english >= 2 && english * 8 >= words;
  }

  /**
   * The text's longest paragraph, where the story is, rather than its opening, which may be a ticker or a
   * menu in the outlet's own language ("Dólar blue $1.180 | Riesgo país 1.742" above an English story).
   */
  static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int from = 0;
    int to = 0;
    for (int start = 0; start < text.length(); ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      if (end - start > to - from) {
        from = start;
        to = end;
      }
      start = end + 1;
    }
    from = Math.min(from, text.length() - SAMPLE_CHARS); // a short paragraph goes on into the next
    int cut = text.lastIndexOf(' ', from + SAMPLE_CHARS);
    return text.substring(from, cut > from + SAMPLE_CHARS / 2 ? cut : from + SAMPLE_CHARS);
  }
}
