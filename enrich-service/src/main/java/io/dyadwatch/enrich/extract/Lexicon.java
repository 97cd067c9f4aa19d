package io.dyadwatch.enrich.extract;

import io.dyadwatch.schemas.avro.EventType;
import io.dyadwatch.schemas.avro.Level;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * The gazetteers and word lists of {@code src/main/resources/extract/}, loaded once: countries with
 * their names, demonyms and seats of government, other places, state institutions, reporting
 * sources, international organisations, roles, and the words that announce a contact. Immutable
 * after construction, so one instance serves all threads.
 */
final class Lexicon {
  /** What a gazetteer phrase names; when one phrase has several, the earlier kind wins. */
  enum Kind { BLOCKED, SOURCE, ORG, INSTITUTION, COUNTRY, SEAT, PLACE, DEMONYM, ROLE }

  enum RoleKind { PERSON, POSTING, GROUP, INSTITUTION }

  enum Frame { VISIT_VERB, MOVE_TO, ARRIVE, VISIT_NOUN, SEND, INVITE, MEET_VERB, MEET_NOUN, HOST, TALK,
    CALL_NOUN, CALL_VERB, SIGN, BE_IN, PHONE_ADVERB, VISITING, DISCUSS }

  enum Tense { BASE, S, PAST, ING, NOUN, PLAN }

  record TriggerWord(EventType type, Frame frame, Tense tense) {}

  /** One gazetteer phrase. */
  static final class Entry {
    final Kind kind;
    final String code;
    final String[] surface;
    final boolean anyCase;
    final Level level;
    final RoleKind roleKind;
    final String flag;

    Entry(Kind kind, String code, String[] surface, boolean anyCase, Level level, RoleKind roleKind, String flag) {
      this.kind = kind;
      this.code = code;
      this.surface = surface;
      this.anyCase = anyCase;
      this.level = level;
      this.roleKind = roleKind;
      this.flag = flag;
    }
  }

  /** The entry matched at a position and how many tokens it spans. */
  record Match(Entry entry, int length) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final List<Entry> entries = new ArrayList<>(1);
  }

  private final Map<String, Node> root = new HashMap<>(4096);
  private final Map<String, List<TriggerWord>> triggers = new HashMap<>();
  final Set<String> notOfficial;
  final Set<String> portfolio;
  final Set<String> commonWords;
  final Set<String> agreementNouns;
  final Set<String> sportWords;
  final List<String> lineMarkers = new ArrayList<>();
  final List<String> captionMarkers = new ArrayList<>();
  /** Every country code with its first listed name. */
  final Map<String, String> countryNames = new HashMap<>();
  /** Every name, demonym and seat of North Korea, to tell whether a story is about it. */
  final List<String> northKoreaNames = new ArrayList<>();
  /** Well-known officials by {@link PersonMemory#key} of a full name or of a short form, to their country. */
  private final Map<String, String> knownPersons = new HashMap<>();
  /** Listed full names by last name: the first four letters of the first name, and the country. */
  private final Map<String, List<String[]>> byLastName = new HashMap<>();
  /** Formal names news agencies use: "the Republic of India", "the Kingdom of Bahrain". */
  private static final List<String> STATE_FORMS = List.of("Republic", "Kingdom", "State", "Sultanate",
      "Islamic Republic", "Federal Republic", "Democratic Republic", "People's Republic", "Principality",
      "Commonwealth", "Grand Duchy", "Hashemite Kingdom", "United Republic", "Federation");

  /** Forms of address news puts before a listed name ("Sheikh Mohamed bin Zayed", "His Highness ..."). */
  private static final Set<String> HONORIFICS = Set.of("sheikh", "sheikha", "his", "her", "highness", "majesty",
      "excellency", "h.h.", "hh", "emir", "sultan", "king", "queen", "prince", "crown", "sir", "dame", "dr", "dr.",
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "general", "gen.", "marshal", "president", "premier", "chancellor",
      // Malaysian and Bruneian styles: "Datuk Seri Anwar Ibrahim", "Tan Sri", "Dato' Sri"
      "datuk", "dato", "dato'", "datin", "seri", "sri", "tan", "tun", "pehin", "haji", "hajah",
      // Indian styles: "Shri Narendra Modi", "Smt. Droupadi Murmu"
      "shri", "shrimati", "smt", "smt.",
      // Afghan, Gulf and Cambodian styles: "Mawlawi Amir Khan Muttaqi", "Sayyid Badr", "Samdech Hun Sen"
      "mawlawi", "mullah", "maulana", "sayyid", "sayed", "samdech");

  private Lexicon() {
    loadCountries();
    loadPairs("places.tsv", Kind.PLACE);
    loadPairs("institutions.tsv", Kind.INSTITUTION);
    for (String line : lines("sources.txt")) {
      add(line, Kind.SOURCE, null, false, Level.UNKNOWN, null, null);
    }
    for (String line : lines("source-phrases.txt")) {
      add(line, Kind.SOURCE, null, true, Level.UNKNOWN, null, null);
    }
    for (String line : lines("organisations.txt")) {
      add(line, Kind.ORG, null, false, Level.UNKNOWN, null, null);
    }
    for (String line : lines("blocked.txt")) {
      add(line, Kind.BLOCKED, null, false, Level.UNKNOWN, null, null);
    }
    for (String line : lines("roles.tsv")) {
      String[] f = line.split("\t");
      add(f[0], Kind.ROLE, null, true, Level.valueOf(f[1]), RoleKind.valueOf(f[2]), f.length > 3 ? f[3] : null);
    }
    for (String line : lines("persons.tsv")) {
      String[] f = line.split("\t");
      for (int k = 1; k < f.length; k++) {
        for (String name : split(f[k])) {
          knownPersons.put(PersonMemory.key(name), f[0]);
          String first = PersonMemory.firstName(name);
          if (k == 1 && name.indexOf(' ') > 0 && first.length() >= 4) {
            byLastName.computeIfAbsent(PersonMemory.lastName(name), x -> new ArrayList<>())
                .add(new String[] {first.substring(0, 4), f[0]});
          }
        }
      }
    }
    loadCities();
    for (String line : lines("triggers.tsv")) {
      String[] f = line.split("\t");
      triggers.computeIfAbsent(f[0], k -> new ArrayList<>(2))
          .add(new TriggerWord(EventType.valueOf(f[1]), Frame.valueOf(f[2]), Tense.valueOf(f[3])));
    }
    Set<String> notOfficialWords = new HashSet<>();
    for (String line : lines("role-modifiers.tsv")) {
      notOfficialWords.add(line.split("\t")[0]);
    }
    notOfficial = Set.copyOf(notOfficialWords);
    portfolio = lowerSet("portfolios.txt");
    commonWords = lowerSet("common-words.txt");
    agreementNouns = lowerSet("agreement-nouns.txt");
    sportWords = lowerSet("sport-words.txt");
    for (String line : lines("debris.txt")) {
      String[] f = line.split("\t");
      (f[0].equals("CAPTION") ? captionMarkers : lineMarkers).add(f[1].toLowerCase(Locale.ROOT));
    }
  }

  private static final Lexicon STANDARD = new Lexicon();

  /** The bundled lexicon, loaded on first use. */
  static Lexicon standard() {
    return STANDARD;
  }

  /**
   * The country of a well-known official, by full name or a listed short form, or by a listed name
   * spelt otherwise ("Sooronbai Jeenbekov" for "Sooronbay Jeenbekov": same last name, first name
   * alike in its first four letters; not "Jay Carney" for "Mark Carney"); null if not listed.
   */
  String knownPerson(String name) {
    if (name == null) {
      return null;
    }
    String known = knownPersons.get(PersonMemory.key(name));
    if (known == null && name.indexOf(' ') > 0) {
      known = otherSpelling(name);
    }
    String rest = name.strip();
    String[] two = rest.split(" ");
    if (known == null && two.length == 2) {
      // "Kishida Fumio", "Orban Viktor": two names in the family-first order of their own language
      known = knownPersons.get(PersonMemory.key(two[1] + " " + two[0]));
    }
    while (known == null) {
      known = withoutFamilyName(rest);
      int space = rest.indexOf(' ');
      if (known != null || space < 0 || !HONORIFICS.contains(rest.substring(0, space).toLowerCase(Locale.ROOT))) {
        return known;
      }
      rest = rest.substring(space + 1).strip();
      known = knownPersons.get(PersonMemory.key(rest));
    }
    return known;
  }

  private String otherSpelling(String name) {
    List<String[]> listed = byLastName.get(PersonMemory.lastName(name));
    if (listed == null) {
      return null;
    }
    String first = PersonMemory.firstName(name);
    String found = null;
    for (String[] l : listed) {
      if (first.startsWith(l[0])) {
        if (found != null && !found.equals(l[1])) {
          return null;
        }
        found = l[1];
      }
    }
    return found;
  }

  /**
   * "Khalifa bin Zayed Al Nahyan" for a listed "Khalifa bin Zayed": a family name after a patronymic;
   * "Mohammed bin Salman bin Abdulaziz Al Saud" for "Mohammed bin Salman": and the grandfather's name too;
   * "Faisal bin Farhan bin Abdullah" for "Faisal bin Farhan": with no family name.
   */
  private String withoutFamilyName(String name) {
    int al = Math.max(name.lastIndexOf(" Al "), name.lastIndexOf(" Al-"));
    if (!(name.contains(" bin ") || name.contains(" bint ") || name.contains(" ibn "))) {
      return null;
    }
    String rest = al < 0 ? name : name.substring(0, al);
    String known = knownPersons.get(PersonMemory.key(rest));
    for (int bin = rest.lastIndexOf(" bin "); known == null && bin > 0; bin = rest.lastIndexOf(" bin ")) {
      rest = rest.substring(0, bin);
      known = rest.contains(" bin ") ? knownPersons.get(PersonMemory.key(rest)) : null;
    }
    return known;
  }

  List<TriggerWord> triggers(String norm) {
    return triggers.get(norm);
  }

  Set<String> triggerForms() {
    return triggers.keySet();
  }

  /**
   * The longest phrase starting at token {@code i} (not reaching {@code end}) whose letter case the
   * text respects; among entries of that phrase, the one of the earliest kind. Null if none.
   */
  Match match(List<Token> toks, int i, int end) {
    Node node = root.get(toks.get(i).norm);
    Match best = null;
    int j = i;
    while (node != null) {
      j++;
      Entry chosen = null;
      for (Entry e : node.entries) {
        if ((chosen == null || e.kind.ordinal() < chosen.kind.ordinal()) && caseFits(e, toks, i)) {
          chosen = e;
        }
      }
      if (chosen != null) {
        best = new Match(chosen, j - i);
      }
      if (j >= end) {
        break;
      }
      node = node.next.get(toks.get(j).norm);
    }
    return best;
  }

  private static boolean caseFits(Entry e, List<Token> toks, int i) {
    if (e.anyCase) {
      return true;
    }
    for (int k = 0; k < e.surface.length; k++) {
      String want = e.surface[k];
      Token t = toks.get(i + k);
      if (want.length() >= 2 && isAllCaps(want)) {
        if (!t.allCaps()) {
          return false;
        }
      } else if (Character.isUpperCase(want.charAt(0)) && !Character.isUpperCase(t.text.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllCaps(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  private void loadCountries() {
    for (String line : lines("countries.tsv")) {
      String[] f = line.split("\t", -1);
      String code = f[0];
      String[] names = split(f[1]);
      countryNames.put(code, names[0]);
      for (String name : names) {
        add(name, Kind.COUNTRY, code, false, Level.UNKNOWN, null, null);
        if (!name.startsWith("the ") && !name.contains(" of ") && Character.isUpperCase(name.charAt(0))) {
          // "the Republic of the Sudan", "the Republic of the Gambia": the article in lower case
          String formal = name.startsWith("The ") ? "the " + name.substring(4) : name;
          for (String form : STATE_FORMS) {
            add(form + " of " + formal, Kind.COUNTRY, code, false, Level.UNKNOWN, null, null);
          }
        }
      }
      if (code.equals("PRK")) {
        northKoreaNames.addAll(List.of(names));
        northKoreaNames.addAll(List.of(split(f[2])));
        northKoreaNames.addAll(List.of(split(f[3])));
      }
      for (String demonym : split(f[2])) {
        add(demonym, Kind.DEMONYM, code, false, Level.UNKNOWN, null, null);
        char last = demonym.charAt(demonym.length() - 1);
        if (last == 'n' || last == 'i' || last == 'k' || last == 'o') {
          add(demonym + "s", Kind.DEMONYM, code, false, Level.UNKNOWN, null, null);
        }
      }
      if (f.length > 3) {
        for (String seat : split(f[3])) {
          add(seat, Kind.SEAT, code, false, Level.UNKNOWN, null, null);
        }
      }
    }
  }

  /** Flag of a place from the generated city list: it counts only where the sentence puts a place. */
  static final String CITY = "CITY";

  /** Large cities with their country, unless the phrase already names something else. */
  private void loadCities() {
    for (String line : lines("cities.tsv")) {
      String[] f = line.split("\t");
      String iso3 = alpha3(f[1]); // null for Kosovo's XK, which the JDK does not know; its places are listed by hand
      if (iso3 != null && countryNames.containsKey(iso3) && !listed(f[0])) {
        add(f[0], Kind.PLACE, iso3, false, Level.UNKNOWN, null, CITY);
      }
    }
  }

  /** The ISO 3166-1 alpha-3 code of an alpha-2 code ("GB" to "GBR"), or null when there is none. */
  static String alpha3(String alpha2) {
    try {
      String iso3 = new Locale("", alpha2).getISO3Country();
      return iso3.isEmpty() ? null : iso3;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private boolean listed(String phrase) {
    List<Token> toks = Tokenizer.tokenize(phrase);
    Node node = toks.isEmpty() ? null : root.get(toks.get(0).norm);
    for (int k = 1; k < toks.size() && node != null; k++) {
      node = node.next.get(toks.get(k).norm);
    }
    return node != null && !node.entries.isEmpty();
  }

  private void loadPairs(String file, Kind kind) {
    for (String line : lines(file)) {
      String[] f = line.split("\t");
      add(f[0], kind, f[1], false, Level.UNKNOWN, null, null);
    }
  }

  private void add(String phrase, Kind kind, String code, boolean anyCase, Level level, RoleKind roleKind,
      String flag) {
    List<Token> toks = Tokenizer.tokenize(phrase);
    if (toks.isEmpty()) {
      return;
    }
    String[] surface = new String[toks.size()];
    Node node = root.computeIfAbsent(toks.get(0).norm, k -> new Node());
    surface[0] = toks.get(0).text;
    for (int k = 1; k < toks.size(); k++) {
      node = node.next.computeIfAbsent(toks.get(k).norm, x -> new Node());
      surface[k] = toks.get(k).text;
    }
    node.entries.add(new Entry(kind, code, surface, anyCase, level, roleKind, flag));
  }

  private static String[] split(String field) {
    if (field == null || field.isBlank()) {
      return new String[0];
    }
    return field.split("\\|");
  }

  private static Set<String> lowerSet(String file) {
    Set<String> out = new HashSet<>();
    for (String line : lines(file)) {
      out.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** The data lines of a resource: no blank lines, no # comments. */
  static List<String> lines(String file) {
    String path = "/extract/" + file;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
