package io.dyadwatch.enrich.extract;

import io.dyadwatch.enrich.extract.Lexicon.Kind;
import io.dyadwatch.schemas.avro.Level;
import java.util.Set;

/**
 * Marks the gazetteer phrases of a sentence, longest first, and the few that depend on the story:
 * "the North" and "the South" in a story about the Koreas, a bare "Korea" when the story does not
 * name North Korea. Also reads a wire dateline ("PYONGYANG, Nov. 5 (KCNA) --"). Stateless.
 */
final class MentionFinder {
  private final Lexicon lex;

  MentionFinder(Lexicon lex) {
    this.lex = lex;
  }

  private boolean northKoreaInStory(SentenceView v, DocContext doc) {
    if (doc.northKoreaInStory == null) {
      doc.northKoreaInStory = lex.northKoreaNames.stream().anyMatch(v.source::contains);
    }
    return doc.northKoreaInStory;
  }

  /** A capital, another place or a country: what a dateline may name. */
  static boolean isPlace(Kind kind) {
    return kind == Kind.SEAT || kind == Kind.PLACE || kind == Kind.COUNTRY;
  }

  /** "chief tariff negotiator": "chief" before another role, a word or two on, is a title of that role. */
  private boolean roleAfterTitle(SentenceView v, int i) {
    if (!v.is(i, "chief")) {
      return false;
    }
    for (int k = i + 1; k < Math.min(v.to - 1, i + 3) && v.tok(k).lowercase() && v.tok(k).isWord(); k++) {
      Lexicon.Match next = lex.match(v.toks, k + 1, v.to);
      if (next != null && next.entry().kind == Kind.ROLE) {
        return true;
      }
    }
    return false;
  }

  /** "PYONGYANG, Nov. 5 (KCNA) --", "BERLIN (AP) —": a place in capitals opening the story. */
  static PlaceRef dateline(SentenceView v) {
    Mention m = v.mention(v.from);
    if (m == null || !isPlace(m.kind()) || !v.inside(m.end())) {
      return null;
    }
    for (int k = m.start(); k < m.end(); k++) {
      if (v.tok(k).isWord() && !v.tok(k).allCaps()) {
        return null;
      }
    }
    Token next = v.tok(m.end());
    if (next.kind != Token.Kind.PUNCT || ",(:-—–".indexOf(next.text.charAt(0)) < 0) {
      return null;
    }
    return new PlaceRef(m.start(), m.end(), m.code(), v.text(m.start(), m.end()));
  }

  void find(SentenceView v, DocContext doc) {
    int i = v.from;
    while (i < v.to) {
      Lexicon.Match m = v.tok(i).isWord() ? lex.match(v.toks, i, v.to) : null;
      if (m != null && m.entry().kind == Kind.COUNTRY && (stateOfPlaceBefore(v, i, m.entry().code)
          || v.is(i + m.length(), "state") && v.tok(i + m.length()).lowercase())) {
        // "Atlanta, Georgia"; "Georgia state officials"
        i += m.length();
        continue;
      }
      if (m != null && Lexicon.CITY.equals(m.entry().flag) && !cityInPlace(v, i, i + m.length())
          || m != null && m.entry().kind == Kind.ROLE && hyphenatedName(v, i + m.length())
          || m != null && m.entry().kind == Kind.ROLE && m.length() == 1 && roleAfterTitle(v, i)
          || m != null && (m.entry().kind == Kind.SEAT || m.entry().kind == Kind.PLACE)
              && firstName(v, i, i + m.length())
          || m != null && AFTER_POSSESSIVE.equals(m.entry().flag)
              && !(i > v.from && v.tok(i - 1).has(Token.POSSESSIVE_PRONOUN))) {
        m = null;
      }
      if (m != null && AFTER_POSSESSIVE.equals(m.entry().flag)) {
        v.tok(i).flags &= ~(Token.TRIGGER | Token.TRIGGER_NOUN); // "his host": no verb
      }
      if (m != null) {
        Mention mention = new Mention(i, i + m.length(), m.entry());
        v.mentions[i - v.from] = mention;
        if (m.entry().code != null) {
          doc.named(m.entry().code);
          if (m.entry().kind == Kind.PLACE) {
            doc.placeCountries.add(m.entry().code);
          } else if (m.entry().kind == Kind.COUNTRY) {
            doc.countriesByName.add(m.entry().code);
          }
        }
        i += m.length();
        continue;
      }
      Token t = v.tok(i);
      if ((t.text.equals("Korea") || t.text.equals("Korean") || t.text.equals("Koreans")) && !northKoreaInStory(v, doc)
          && !(v.is(i - 2, "inter") && v.tok(i - 1).isPunct('-'))) {
        Kind kind = t.text.equals("Korea") ? Kind.COUNTRY : Kind.DEMONYM;
        v.mentions[i - v.from] = new Mention(i, i + 1, new Lexicon.Entry(kind, "KOR", new String[] {t.text}, false,
            Level.UNKNOWN, null, null));
        doc.named("KOR");
      }
      if ((t.text.equals("North") || t.text.equals("South")) && v.is(i - 1, "the")
          && !(v.inside(i + 1) && v.tok(i + 1).capitalized())) {
        String code = koreaOf(t.text, doc);
        if (code != null) {
          v.mentions[i - v.from] = new Mention(i, i + 1, new Lexicon.Entry(Kind.COUNTRY, code,
              new String[] {t.text}, false, Level.UNKNOWN, null, null));
        }
      }
      i++;
    }
  }

  /**
   * "Amir-Abdollahian": a role word joined by a hyphen to a capitalised word is part of a name (but
   * "President-elect", "Prime Minister-Designate" and "Governor-General" are roles).
   */
  private boolean hyphenatedName(SentenceView v, int end) {
    return v.inside(end + 1) && v.tok(end).isPunct('-') && v.tok(end).start == v.tok(end - 1).end
        && v.tok(end + 1).start == v.tok(end).end && v.tok(end + 1).capitalized()
        && !v.tok(end + 1).has(Token.COMMON | Token.TITLE) && lex.match(v.toks, end + 1, v.to) == null
        && !v.is(end + 1, "elect") && !v.is(end + 1, "designate");
  }

  static final String AFTER_POSSESSIVE = "AFTER_POSSESSIVE";

  /** Words before a city that make it a place: "in Wuxi", "visited Wuxi". */
  private static final Set<String> BEFORE_CITY = Set.of("in", "to", "at", "from", "into", "near", "via", "outside",
      "toward", "towards", "visit", "visits", "visited", "visiting", "toured", "touring");
  /** Nouns before "of" and a city besides the place nouns ("the city of Wuxi"): "the outskirts of Santos". */
  private static final Set<String> NEAR_CITY = Set.of("outskirts", "suburbs", "centre", "center", "streets", "mayor",
      "governor");

  /**
   * A name from the generated city list counts as the city only where the sentence puts a place: after
   * a preposition of place or a visit ("in Austin", "visited Santos", "left Lima for Manaus"), after "city
   * of", or opening a dateline ("WUXI, Jan. 11"); and never as part of a longer name ("Lloyd Austin").
   */
  private static boolean cityInPlace(SentenceView v, int start, int end) {
    if (v.inside(end) && v.tok(end).capitalized() || v.inside(start - 1) && v.tok(start - 1).capitalized()
        && start - 1 > v.from) {
      return false;
    }
    if (start == v.from) {
      return v.tok(start).allCaps() && v.inside(end) && v.tok(end).kind == Token.Kind.PUNCT;
    }
    String before = v.norm(start - 1);
    return BEFORE_CITY.contains(before) || before.equals("of")
        && (ContactFinder.PLACE_NOUNS.contains(v.norm(start - 2)) || NEAR_CITY.contains(v.norm(start - 2)))
        || before.equals("for") && setOffBefore(v, start - 1);
  }

  private static final Set<String> SET_OFF = Set.of("leave", "leaves", "left", "leaving", "depart", "departs",
      "departed", "departing", "head", "heads", "headed", "heading");

  /** "will leave Peru on Sunday for Manaus": a verb of setting off a few words before "for". */
  private static boolean setOffBefore(SentenceView v, int forAt) {
    for (int k = forAt - 1; k >= Math.max(v.from, forAt - 6); k--) {
      if (SET_OFF.contains(v.norm(k))) {
        return true;
      }
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';')) {
        return false;
      }
    }
    return false;
  }

  /**
   * "President Santiago Peña", "Paraguay's Santiago Peña": a capital or place, not after a word that
   * puts a place, before a capitalised word that the gazetteers do not know is a person's first name.
   */
  private boolean firstName(SentenceView v, int start, int end) {
    if (!v.inside(end) || !v.tok(end).isWord() || !v.tok(end).capitalized()
        || lex.commonWords.contains(v.norm(end)) || lex.match(v.toks, end, v.to) != null) {
      return false;
    }
    String before = start > v.from ? v.norm(start - 1) : "";
    return !BEFORE_CITY.contains(before) && !before.equals("of");
  }

  /**
   * "Atlanta, Georgia": a country's name after a city of another country and a comma is a state or
   * province of that country, not a country of its own.
   */
  private static boolean stateOfPlaceBefore(SentenceView v, int i, String code) {
    if (!v.inside(i - 2) || !v.tok(i - 1).isPunct(',')) {
      return false;
    }
    Mention before = null;
    for (int k = i - 2; k >= Math.max(v.from, i - 4) && before == null; k--) {
      before = v.mention(k);
    }
    return before != null && before.end() == i - 1 && before.kind() == Kind.PLACE && !code.equals(before.code());
  }

  /** "The North" is North Korea in an article about the Koreas; "the South" is South Korea. */
  private static String koreaOf(String word, DocContext doc) {
    boolean korean = doc.countryMentions.containsKey("PRK") || doc.countryMentions.containsKey("KOR");
    if (!korean) {
      return null;
    }
    return word.equals("North") ? "PRK" : "KOR";
  }
}
