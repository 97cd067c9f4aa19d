package io.dyadwatch.enrich.extract;

import io.dyadwatch.schemas.avro.Level;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people an article has introduced with their country ("Russian Foreign Minister Sergei
 * Lavrov"), so that later mentions ("Lavrov said", "Lula" for Luiz Inácio Lula da Silva) keep it. A
 * single name word that two people of different countries share is ambiguous and resolves to nobody.
 * One instance per article.
 */
final class PersonMemory {
  record Known(String country, String role, String roleHead, Level level, double certainty) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Parts of names that name nobody on their own: "bin", "al", "da". */
  private static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "abu", "abdel", "abdul", "del", "dos",
      "das", "van", "von", "der", "den", "jr.", "sr.", "sheikh", "prince", "sultan", "ould", "ben", "al", "el", "de",
      "da", "di", "du", "la", "le", "mr", "dr", "jr", "sr");
  private static final Known AMBIGUOUS = new Known(null, null, null, Level.UNKNOWN, 0);

  private final Map<String, Known> byFull = new HashMap<>();
  private final Map<String, Known> byPart = new HashMap<>();

  void learn(String name, String country, String role, String roleHead, Level level, double certainty) {
    if (name == null || country == null) {
      return;
    }
    Known k = new Known(country, role, roleHead, level, certainty);
    String full = key(name);
    Known old = byFull.get(full);
    Known asPart = old == null && words(name).length == 1 ? byPart.get(full) : null;
    if (asPart != null && asPart != AMBIGUOUS && asPart.country != null && !asPart.country.equals(country)
        && asPart.certainty >= certainty) {
      return; // "Birla" after "Speaker of India's Lok Sabha Om Birla": the full name said it more surely
    }
    if (old == null || old.country == null || old.certainty < certainty
        || old.role == null && role != null && old.country.equals(country)) {
      byFull.put(full, k);
    }
    String[] words = words(name);
    if (words.length > 1) {
      for (String w : words) {
        if (w.length() >= 2 && !PARTICLES.contains(w)) {
          learnPart(w, k); // two letters too: "Li" after "Chinese Premier Li Qiang"
        }
      }
    }
  }

  /** A person the article names with a role but not a country: later mentions are officials too. */
  void learnRole(String name, String role, String roleHead, Level level) {
    String full = key(name);
    if (byFull.containsKey(full)) {
      return;
    }
    Known k = new Known(null, role, roleHead, level, 0);
    byFull.put(full, k);
    String[] words = words(name);
    if (words.length > 1) {
      byPart.putIfAbsent(words[words.length - 1], k);
    }
  }

  private void learnPart(String part, Known k) {
    Known old = byPart.get(part);
    if (old == null || old != AMBIGUOUS && old.country == null) {
      byPart.put(part, k);
    } else if (old != AMBIGUOUS && !old.country.equals(k.country)) {
      byPart.put(part, AMBIGUOUS);
    } else if (old != AMBIGUOUS && old.role == null && k.role != null) {
      byPart.put(part, k);
    }
  }

  /** What is known of a name: by the full name, or for a one-word name by first or last word. */
  Known lookup(String name) {
    if (name == null) {
      return null;
    }
    Known k = byFull.get(key(name));
    String[] words = words(name);
    if (k != null && (k.country != null || words.length > 1)) {
      Known part = words.length == 1 && k.role == null ? byPart.get(words[0]) : null;
      // "Putin", read alone without a role, after "President Vladimir Putin"
      return part != null && part != AMBIGUOUS && part.role != null && k.country.equals(part.country) ? part : k;
    }
    if (words.length == 1) {
      // "President Lee", learnt with its role only, after "Mr. LEE Jae-myung, President of the Republic of Korea"
      Known part = byPart.get(words[0]);
      return part == null || part == AMBIGUOUS || part.country == null && k != null ? k : part;
    }
    if (k != null) {
      return k;
    }
    return shortForm(words);
  }

  /** "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed": every word a known part of one person's name. */
  private Known shortForm(String[] words) {
    Known found = null;
    for (String w : words) {
      if (PARTICLES.contains(w)) {
        continue;
      }
      Known k = byPart.get(w);
      if (k == null || k == AMBIGUOUS || k.country == null || found != null && found != k) {
        return null;
      }
      found = k;
    }
    return found;
  }

  /** The first word of a name, without case or accents: "barack" for "Barack Obama". */
  static String firstName(String name) {
    return words(name)[0];
  }

  /** The last word of a name, without case or accents: "Obama" for "Barack Obama". */
  static String lastName(String name) {
    String[] words = words(name);
    return words[words.length - 1];
  }

  /**
   * A name without case, accents, hyphens, spaces or middle initials: "Kim Jong-un" and "Kim Jong Un"
   * are one key, and so are "Antony J. Blinken" and "Antony Blinken".
   */
  static String key(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (String w : words(name)) {
      b.append(w);
    }
    return b.toString();
  }

  private static String[] words(String name) {
    String plain = name;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 127) {
        plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        break;
      }
    }
    // a nickname in quotes is one more part: Joko "Jokowi" Widodo is "Jokowi" too
    String bare = plain.replace("-", "").replace('’', '\'')
        .replace("\"", "").replace("\u201c", "").replace("\u201d", "");
    String[] words = SPACES.split(bare.toLowerCase(Locale.ROOT).trim());
    if (words.length < 3) {
      return words;
    }
    List<String> kept = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      boolean initial = i > 0 && i < words.length - 1 && (words[i].length() == 1
          || words[i].length() == 2 && words[i].charAt(1) == '.');
      if (!initial) {
        kept.add(words[i]);
      }
    }
    return kept.toArray(String[]::new);
  }
}
