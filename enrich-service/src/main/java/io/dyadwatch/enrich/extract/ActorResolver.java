package io.dyadwatch.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives actors the country the article has told elsewhere: a later mention by name ("Lavrov said"),
 * a role that refers back ("the foreign minister"), a pronoun ("he", "his visit"), "the two sides".
 * Learns from the actors whose country a sentence states. Stateless; the article's knowledge lives
 * in its {@link DocContext}.
 */
final class ActorResolver {
  private static final double BY_NAME = 0.95;
  static final double BY_REFERENCE = 0.85;
  /** Words of sport reporting that make a whole article one about sport. */
  private static final int SPORT_ARTICLE = 3;

  private static final double KNOWN = 0.9;

  private final Lexicon lex;

  ActorResolver(Lexicon lex) {
    this.lex = lex;
  }

  /** First pass over a sentence: remember who the article introduces, and with which country. */
  void learn(SentenceView v, DocContext doc) {
    for (ActorRef a : v.actors) {
      if (a.name != null && a.kind == ActorRef.Kind.PERSON && (formerOfficial(v, a) || !a.official)) {
        doc.formerNames.add(PersonMemory.lastName(a.name));
      }
      if (a.org || formerOfficial(v, a)) {
        continue;
      }
      if (a.kind == ActorRef.Kind.PERSON && a.name != null && a.role == null && a.country == null
          && doc.formerNames.contains(PersonMemory.lastName(a.name))) {
        a.official = false;
        continue;
      }
      if (a.kind == ActorRef.Kind.PERSON && a.country == null && a.name != null && a.official) {
        String known = knownPerson(a);
        if (known != null) {
          a.country = known;
          a.certainty = KNOWN;
          doc.memory.learn(a.name, known, a.role, a.roleHead, a.level, KNOWN);
          if (a.role != null) {
            doc.actorCountries.add(known);
            doc.roleMentions.add(new DocContext.RoleMention(v.index, a.start, a));
          } else {
            doc.namedOfficials.add(new DocContext.RoleMention(v.index, a.start, a));
          }
          continue;
        }
      }
      if (a.kind == ActorRef.Kind.PERSON && a.name != null && a.country != null && a.certainty >= 1) {
        doc.memory.learn(a.name, a.country, a.role, a.roleHead, a.level, 1);
      } else if (a.kind == ActorRef.Kind.PERSON && a.name != null && a.role != null && a.official) {
        doc.memory.learnRole(a.name, a.role, a.roleHead, a.level);
      }
      if (a.kind == ActorRef.Kind.GROUP && a.leaderName != null && a.country != null && a.certainty >= 1) {
        doc.memory.learn(a.leaderName, a.country, null, null, a.level, BY_NAME);
      }
      if (a.country != null && a.certainty >= 1 && a.official
          && (a.kind != ActorRef.Kind.PERSON || a.role != null)) {
        doc.actorCountries.add(a.country);
        if (a.role != null && (a.kind == ActorRef.Kind.PERSON || a.kind == ActorRef.Kind.GROUP)) {
          doc.officialCountries.add(a.country);
        }
      }
      if (a.kind == ActorRef.Kind.PERSON && a.role != null) {
        doc.roleMentions.add(new DocContext.RoleMention(v.index, a.start, a));
      }
    }
  }

  /** A listed official by name, or by title and name ("King" "Mohammed VI"). */
  private String knownPerson(ActorRef a) {
    String known = lex.knownPerson(a.name);
    if (known == null && a.role != null && a.role.indexOf(' ') < 0) {
      known = lex.knownPerson(a.role + " " + a.name);
    }
    if (known == null && a.name != null) {
      String n = a.name;
      String prefix = n.length() > 3 ? n.substring(0, 3).toLowerCase(Locale.ROOT) : "";
      if (prefix.equals("el-") || prefix.equals("al-")) {
        known = lex.knownPerson(n.substring(3)); // "President el-Sisi", known as "Sisi"
      }
      String[] words = n.split(" ");
      if (known == null && words.length >= 3) {
        // "Muhammad Shehbaz Sharif": a known name after a first or honorific name
        known = lex.knownPerson(words[words.length - 2] + " " + words[words.length - 1]);
      }
    }
    return known;
  }

  /** "Kallas, a former prime minister of Estonia": a past office says nothing of whom one acts for now. */
  private static boolean formerOfficial(SentenceView v, ActorRef a) {
    for (int k = a.start; k < a.end; k++) {
      if (v.is(k, "former") || v.is(k, "ex")) {
        return a.kind == ActorRef.Kind.PERSON && a.name != null && v.tok(a.start).capitalized()
            && !v.is(a.start, "Former");
      }
    }
    return false;
  }

  /**
   * After the first pass: a person named with a role but no country ("President Andrés Manuel López
   * Obrador") takes the country of an unnamed mention of the same role that has one ("the Mexican
   * president"), when no one else of that role has it.
   */
  void linkRoles(DocContext doc) {
    for (DocContext.RoleMention named : doc.roleMentions) {
      ActorRef p = named.actor();
      PersonMemory.Known known = p.name == null ? null : doc.memory.lookup(p.name);
      if (p.name == null || p.country != null || p.roleHead == null || known != null && known.country() != null) {
        continue;
      }
      for (DocContext.RoleMention described : doc.roleMentions) {
        ActorRef d = described.actor();
        if (d.name == null && d.country != null && p.roleHead.equals(d.roleHead)
            && !roleTaken(doc, d.roleHead, d.country) && !besideOneOf(doc, named, d.country)) {
          doc.memory.learn(p.name, d.country, p.role, p.roleHead, p.level, BY_REFERENCE);
          break;
        }
      }
    }
  }

  /**
   * "Colonel Goita held a call with his Russian counterpart Vladimir Putin": an official named beside
   * an official of that country in the same sentence is not of it ("the Russian president" later is Putin).
   */
  private static boolean besideOneOf(DocContext doc, DocContext.RoleMention named, String country) {
    for (DocContext.RoleMention m : doc.roleMentions) {
      if (m.sentence() == named.sentence() && m.actor() != named.actor() && country.equals(m.actor().country)) {
        return true;
      }
    }
    return false;
  }

  private static boolean roleTaken(DocContext doc, String roleHead, String country) {
    for (DocContext.RoleMention m : doc.roleMentions) {
      ActorRef a = m.actor();
      if (a.name != null && roleHead.equals(a.roleHead) && country.equals(a.country)) {
        return true;
      }
    }
    return false;
  }

  /** Second pass over a sentence, in article order: fill in the countries. */
  void resolve(SentenceView v, DocContext doc) {
    boolean sport = v.sportWords > 0 || doc.sportWords >= SPORT_ARTICLE;
    for (ActorRef a : v.actors) {
      if (sport && a.kind == ActorRef.Kind.STATE && a.role == null) {
        a.official = false;
      }
      if (a.org || a.country != null) {
        continue;
      }
      ActorRef principal = principalBefore(v, a);
      if (principal != null) {
        a.country = principal.country; // "Donald Trump's special envoy", "Putin's aide"
        a.certainty = principal.certainty;
        continue;
      }
      ActorRef named = abbreviated(v, a);
      if (named != null) {
        a.country = named.country; // "Pakistan's Director General of Military Operations (DGMO)"
        a.certainty = named.certainty;
        a.official = named.official;
        continue;
      }
      switch (a.kind) {
        case PERSON -> person(a, v, doc);
        case GROUP -> {
          PersonMemory.Known k = doc.memory.lookup(a.leaderName);
          if (k != null) {
            a.country = k.country();
            a.certainty = Math.min(BY_NAME, k.certainty());
          } else if (a.name != null && a.official) {
            // "Foreign Ministers Sergey Lavrov and Dmytro Kuleba": a plural office before a listed name
            a.country = knownPerson(a);
            a.certainty = a.country == null ? 0 : BY_NAME;
          }
        }
        case PRONOUN -> pronoun(a, v, doc);
        case PAIR -> {
          if (a.pronoun != null) {
            theTwo(a, v, doc);
            continue;
          }
          String[] before = pairBefore(v, a);
          // "Trump met Sharaa, the first meeting between leaders of the two countries": the two just named
          String[] pair = before != null && (doc.lastPair == null
              || (ofStates(v, a) || contactBefore(v, a) && (!object(v, a) || v.norm(a.end).endsWith("ing")))
              && officialsBefore(v, a) >= 2)
              ? before : placed(v, a, withSubject(v, a, latestPair(doc), doc), doc);
          String[] met = before == null ? metBefore(v, a, doc) : null;
          pair = met != null ? met : pair;
          String[] visit = afterWhich(v, a) || before == null && ofStates(v, a) ? visitorAndHost(v, a) : null;
          if (visit != null) {
            // "a visit to Niamey by a Russian delegation, after which the two sides signed"; "Swaraj travelled
            // to Islamabad ... and the two countries announced a dialogue"
            pair = visit;
          }
          if (a.end - a.start == 2 && v.is(a.start, "the") && v.is(a.start + 1, "two")) {
            // a bare "the two", like "they", is the two just named: "welcome Merz to London, where the two
            // are expected to sign"; "Bukele offered ... Rubio called it a gesture. The two also signed"
            if (before != null || officialsBefore(v, a) >= 2) {
              pair = before; // two named here, though one of them without a country: not an earlier pair
            } else if (doc.subjectPairSentence == v.index - 1
                && doc.subjectPairSentence > Math.max(doc.lastPairSentence, doc.namedPairSentence)) {
              pair = doc.subjectPair;
            }
          }
          if (pair != null) {
            a.country = pair[0];
            a.secondCountry = pair[1];
            a.certainty = BY_REFERENCE;
          }
        }
        default -> { }
      }
    }
  }

  /**
   * "Xi warned Biden ... after a virtual meeting between the two leaders": with no contact before it,
   * "the two" are the officials of two countries the sentence has just named.
   */
  private static String[] pairBefore(SentenceView v, ActorRef pair) {
    String first = null;
    for (ActorRef b : v.actors) {
      if (b.end > pair.start) {
        break;
      }
      if (b.official && !b.org && b.country != null && b.kind != ActorRef.Kind.PAIR) {
        if (first == null) {
          first = b.country;
        } else if (!first.equals(b.country)) {
          return new String[] {first, b.country};
        }
      }
    }
    return null;
  }

  /**
   * "Cavusoglu is due for talks with Wang. Amir-Abdollahian is expected to discuss the agreement the two
   * countries signed": when the sentence's own official is of neither country of the earlier pair, the two
   * are that official's country and the pair's country the story names more; a tie places neither.
   */
  private static String[] withSubject(SentenceView v, ActorRef a, String[] pair, DocContext doc) {
    String own = null;
    for (ActorRef b : v.actors) {
      if (b.end > a.start) {
        break;
      }
      if (b.official && !b.org && b.country != null && b.kind == ActorRef.Kind.PERSON && !object(v, b)) {
        own = b.country;
      }
    }
    if (pair == null || own == null || own.equals(pair[0]) || own.equals(pair[1]) || !ofStates(v, a)) {
      return pair;
    }
    int first = doc.countryMentions.getOrDefault(pair[0], 0);
    int second = doc.countryMentions.getOrDefault(pair[1], 0);
    return first == second ? null : new String[] {own, first > second ? pair[0] : pair[1]};
  }

  /** "after which", "during which", "where" just before the pair: a clause about the contact just told. */
  private static boolean afterWhich(SentenceView v, ActorRef pair) {
    int k = pair.start - 1;
    return v.is(k, "where") && v.tok(k - 1).isPunct(',')
        || v.is(k, "which") && (v.is(k - 1, "after") || v.is(k - 1, "during") || v.is(k - 1, "at"));
  }

  /** An official of one country and a place of another travelled to before the pair: "to Niamey by a Russian". */
  private static String[] visitorAndHost(SentenceView v, ActorRef pair) {
    String host = null;
    for (PlaceRef p : v.places) {
      if (p.end() <= pair.start && p.code() != null && (v.is(p.start() - 1, "to") || v.is(p.start() - 1, "in"))) {
        host = p.code();
      }
    }
    if (host == null) {
      return null;
    }
    for (ActorRef b : v.actors) {
      if (b.end <= pair.start && b.official && !b.org && b.country != null && b.kind != ActorRef.Kind.PAIR
          && !b.country.equals(host)) {
        return new String[] {b.country, host};
      }
    }
    return null;
  }

  /** "the two countries", "leaders of the two nations": a pair of states, not "both men". */
  private static boolean ofStates(SentenceView v, ActorRef pair) {
    for (int k = pair.start; k < pair.end; k++) {
      if (v.is(k, "countries") || v.is(k, "nations") || v.is(k, "states")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Prabowo met Xi ... with both sides witnessing the signing": a contact word before the pair in its
   * sentence (the pair the subject of its own clause, not the object of "spoke by phone to both men").
   */
  private static boolean contactBefore(SentenceView v, ActorRef pair) {
    for (int k = v.from; k < pair.start; k++) {
      if (v.tok(k).has(Token.TRIGGER) && !v.tok(k).has(Token.TRIGGER_NOUN) && v.tok(k).lowercase()
          && !ContactFinder.BE.contains(v.norm(k))) {
        return true;
      }
    }
    return false;
  }

  private static int officialsBefore(SentenceView v, ActorRef pair) {
    int n = 0;
    for (ActorRef b : v.actors) {
      if (b.end <= pair.start && b.official && !b.org && b.kind == ActorRef.Kind.PERSON) {
        n++;
      }
    }
    return n;
  }

  /**
   * "Ishiba and Trump pledged ... as they held their first summit": "they" after officials of two
   * countries in its sentence, or at the start of the next, is the two.
   */
  private static void theTwo(ActorRef a, SentenceView v, DocContext doc) {
    String[] pair = pairBefore(v, a);
    ActorRef group = pair == null ? groupBefore(v, a) : null;
    if (group != null) {
      a.country = group.country; // "the leaders travelled to Kyiv, where they held talks": the leaders
      a.certainty = BY_REFERENCE;
      return;
    }
    if (pair == null) {
      pair = metBefore(v, a, doc);
    }
    if (pair == null && (doc.namedPairSentence == v.index - 1 || doc.lastPairSentence == v.index - 1)) {
      pair = latestPair(doc);
    }
    if (a.pronoun.equals("they") && !v.is(a.start, "they")) {
      pair = placed(v, a, pair, doc); // "The foreign secretaries are scheduled to meet in Islamabad"
    }
    if (pair != null) {
      a.country = pair[0];
      a.secondCountry = pair[1];
      a.certainty = BY_REFERENCE;
    }
  }

  /** An abbreviation in brackets right after an official with a country: that official, or null. */
  private static ActorRef abbreviated(SentenceView v, ActorRef a) {
    if (a.kind != ActorRef.Kind.PERSON || a.end != a.start + 1 || !v.inside(a.end) || !v.tok(a.end).isPunct(')')
        || !v.inside(a.start - 1) || !v.tok(a.start - 1).isPunct('(')) {
      return null;
    }
    String w = v.tok(a.start).text;
    if (w.length() < 2 || !w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
      return null;
    }
    for (ActorRef b : v.actors) {
      if (b.end == a.start - 1 && b.kind == ActorRef.Kind.PERSON && b.hasCountry()) {
        return b;
      }
    }
    return null;
  }

  /** The last actor of the sentence that ends before a starts, or null. */
  private static ActorRef actorBefore(SentenceView v, ActorRef a) {
    ActorRef last = null;
    for (ActorRef b : v.actors) {
      if (b.end > a.start) {
        break;
      }
      last = b;
    }
    return last;
  }

  /** The actor right before "they" in its sentence, when it is a group of officials of one country. */
  private static ActorRef groupBefore(SentenceView v, ActorRef a) {
    ActorRef last = actorBefore(v, a);
    return last != null && last.kind == ActorRef.Kind.GROUP && last.official && last.hasCountry() ? last : null;
  }

  /**
   * "In a meeting with Belarus Prime Minister Roman Golovchenko, the two sides agreed": the one met, the
   * only official before, and the subject the story follows; not after "the meeting", one told before.
   */
  private static String[] metBefore(SentenceView v, ActorRef a, DocContext doc) {
    ActorRef met = null;
    for (ActorRef b : v.actors) {
      if (b.end > a.start) {
        break;
      }
      if (b.official && !b.org && b.country != null && b.kind != ActorRef.Kind.PAIR) {
        if (met != null || !object(v, b)) {
          return null;
        }
        met = b;
      }
    }
    for (int k = v.from + 1; met != null && k < met.start; k++) {
      if (v.tok(k).has(Token.TRIGGER_NOUN) && v.is(k - 1, "the")) {
        return null; // "During the meeting with Aliyev, the two leaders": a meeting told before, of those two
      }
    }
    ActorRef s = doc.lastSubject;
    if (met == null || s == null || s.country == null || s.country.equals(met.country)) {
      return null;
    }
    String story = storyCountry(doc, met.country);
    // "Mirziyoyev expressed support ... In a telephone conversation with Erdogan, the parties": the story's own
    String subject = story != null && doc.countryMentions.getOrDefault(story, 0)
        > doc.countryMentions.getOrDefault(s.country, 0) ? story : s.country;
    return new String[] {subject, met.country};
  }

  /** The country the article names most, other than the one given; null on a tie. */
  private static String storyCountry(DocContext doc, String other) {
    String best = null;
    int most = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : doc.countryMentions.entrySet()) {
      if (e.getKey().equals(other)) {
        continue;
      }
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
        tie = false;
      } else if (e.getValue() == most) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /**
   * "The Foreign Secretaries of the two countries are to meet in Islamabad", after Modi's talks with Putin:
   * a pair that leaves out the country of the place the two go to or meet in is the pair of that country
   * the article has told most contacts of, when there is one.
   */
  private static String[] placed(SentenceView v, ActorRef a, String[] pair, DocContext doc) {
    String where = null;
    for (PlaceRef p : v.places) {
      if (p.start() >= a.end && p.code() != null && (v.is(p.start() - 1, "in") || v.is(p.start() - 1, "to"))) {
        where = p.code();
        break;
      }
    }
    if (where == null || pair != null && (where.equals(pair[0]) || where.equals(pair[1]))) {
      return pair;
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : doc.pairContacts.entrySet()) {
      String[] two = e.getKey().split("-");
      if ((two[0].equals(where) || two[1].equals(where)) && e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best == null ? pair : best.split("-");
  }

  /** The pair of the latest contact, or of a later sentence that named officials of just two countries. */
  private static String[] latestPair(DocContext doc) {
    return doc.namedPair != null && doc.namedPairSentence > doc.lastPairSentence ? doc.namedPair : doc.lastPair;
  }

  /**
   * Officials of exactly two countries as the sentence's subjects ("Biden and Xi agreed ...") or
   * after "between" ("talks between a Saudi delegation ... and an Iranian delegation"), not after
   * "with" or "by": the pair "the two leaders" may refer to next.
   */
  private static void notePair(SentenceView v, DocContext doc) {
    String[] opening = openingPair(v);
    if (opening != null) {
      doc.namedPair = opening; // "Aliyev and Pashinyan said they would back Trump": the two who open it
      doc.namedPairSentence = v.index;
      return;
    }
    ActorRef subject = v.actors.isEmpty() ? null : v.actors.get(0);
    if (subject != null && subject.secondCountry != null && subject.country != null
        && (subject.kind == ActorRef.Kind.PAIR || "they".equals(subject.pronoun))) {
      // "Sanchez and De Croo ... The two leaders were in Israel ... They then travelled to Ramallah": still the two
      doc.namedPair = new String[] {subject.country, subject.secondCountry};
      doc.namedPairSentence = v.index;
      return;
    }
    String first = null;
    String second = null;
    int between = -1;
    for (ActorRef b : v.actors) {
      for (int k = Math.max(v.from, between + 1); k < b.start; k++) {
        if (v.is(k, "between")) {
          between = k;
        }
      }
      boolean betweenParty = between >= 0 && b.start - between < 30;
      if (descriptionOf(v, b)) {
        continue; // "Xi told his visitor, a steadfast ally of Russian President Vladimir Putin, that ..."
      }
      if (!b.official || b.org || b.country == null || b.kind == ActorRef.Kind.PAIR
          || b.kind == ActorRef.Kind.STATE || object(v, b) && !betweenParty) {
        continue;
      }
      if (first == null || first.equals(b.country)) {
        first = b.country;
      } else if (second == null || second.equals(b.country)) {
        second = b.country;
      } else {
        return;
      }
    }
    if (second != null) {
      doc.namedPair = new String[] {first, second};
      doc.namedPairSentence = v.index;
    }
  }

  /** "his visitor, a steadfast ally of Putin": an indefinite aside after a common noun, naming no one new. */
  private static boolean descriptionOf(SentenceView v, ActorRef b) {
    return b.start - 2 >= v.from && v.tok(b.start - 1).isPunct(',') && v.tok(b.start - 2).lowercase()
        && (v.is(b.start, "a") || v.is(b.start, "an"));
  }

  /** Officials of exactly two countries joined by "and" or commas at the very start of the sentence, or null. */
  private static String[] openingPair(SentenceView v) {
    String first = null;
    String second = null;
    int end = v.from;
    for (ActorRef b : v.actors) {
      if (b.start != end && (end == v.from || Parties.connectorBefore(v, b.start - 1) != end - 1)) {
        break;
      }
      end = b.end;
      if (!b.official || b.org || b.country == null || b.kind == ActorRef.Kind.PAIR
          || b.kind == ActorRef.Kind.STATE || b.country.equals(first)) {
        continue;
      }
      if (first == null) {
        first = b.country;
      } else if (second == null || second.equals(b.country)) {
        second = b.country;
      } else {
        return null;
      }
    }
    return second == null ? null : new String[] {first, second};
  }

  /**
   * After a sentence: who it was about, for "he" in the next one. An official named as subject without
   * a country leaves "he" unresolved rather than pointing at someone the sentence only mentions.
   */
  /** "Donald Trump's special envoy": the named official whose office a bare title right after him serves. */
  private static ActorRef principalBefore(SentenceView v, ActorRef a) {
    if (a.name != null || a.kind != ActorRef.Kind.PERSON && a.kind != ActorRef.Kind.GROUP) {
      return null;
    }
    for (ActorRef b : v.actors) {
      if (b.end == a.start && b.kind == ActorRef.Kind.PERSON && b.name != null && b.country != null
          && v.tok(b.end - 1).isPossessive()) {
        return b;
      }
    }
    return null;
  }

  void remember(SentenceView v, DocContext doc) {
    notePair(v, doc);
    for (ActorRef a : v.actors) {
      boolean person = a.kind == ActorRef.Kind.PERSON || a.kind == ActorRef.Kind.PRONOUN
          && (a.pronoun.equals("he") || a.pronoun.equals("she"));
      if (person && !a.org && !object(v, a) && (!a.official || a.country == null && a.name != null && a.role != null)) {
        doc.lastSubject = a.official ? null : a;
        return;
      }
      if (person && a.country != null && !a.org) {
        if (doc.lastSubject != null && object(v, a) && a.kind == ActorRef.Kind.PERSON) {
          return; // "The tour ends in Abu Dhabi with talks with X": the one met is not who the story follows
        }
        doc.lastSubject = a;
        noteSubjects(a, v, doc);
        return;
      }
    }
  }

  /** Subjects of two countries in two sentences running, for "the two" in the next. */
  private static void noteSubjects(ActorRef a, SentenceView v, DocContext doc) {
    if (doc.subjectCountry != null && doc.subjectSentence == v.index - 1 && !doc.subjectCountry.equals(a.country)) {
      doc.subjectPair = new String[] {doc.subjectCountry, a.country};
      doc.subjectPairSentence = v.index;
    }
    doc.subjectCountry = a.country;
    doc.subjectSentence = v.index;
  }

  private void person(ActorRef a, SentenceView v, DocContext doc) {
    if (a.name != null && a.role == null && doc.formerNames.contains(PersonMemory.lastName(a.name))) {
      a.official = false;
      return;
    }
    PersonMemory.Known k = doc.memory.lookup(a.name);
    if (k != null) {
      if (a.role == null) {
        a.role = k.role();
        a.roleHead = k.roleHead();
        a.level = k.level();
      }
      if (k.country() != null) {
        a.country = k.country();
        a.certainty = Math.min(BY_NAME, k.certainty());
        return;
      }
    }
    String known = a.official ? knownPerson(a) : null;
    if (known != null) {
      a.country = known;
      a.certainty = KNOWN;
      return;
    }
    if (a.definite && a.roleHead != null) {
      // "the President" on a Manila dateline is the Philippines' president, though Vietnam's was named since
      String home = doc.dateline != null && doc.dateline.code() != null ? doc.dateline.code() : doc.outletCountry;
      String speaker = null;
      for (ActorRef b : v.actors) {
        if (b.end <= a.start && b.kind == ActorRef.Kind.STATE && b.country != null) {
          // "Downing Street says the prime minister ...": the office that speaks tells whose
          speaker = v.inside(b.end) && ContactFinder.SPEECH.contains(v.norm(b.end)) ? b.country : null;
        }
        if (b.end <= a.start && b.kind == ActorRef.Kind.STATE && b.role != null && b.country != null) {
          home = b.country; // "The Senegalese presidency said the president is expected in The Gambia"
          break;
        }
      }
      if (speaker == null && salientHolder(a, doc)) {
        return;
      }
      String wanted = speaker != null ? speaker : home;
      ActorRef latest = null;
      String latestCountry = null;
      List<DocContext.RoleMention> mentions = doc.roleMentions;
      for (int i = mentions.size() - 1; i >= 0; i--) {
        DocContext.RoleMention m = mentions.get(i);
        if (m.sentence() > v.index || m.sentence() == v.index && m.token() >= a.start) {
          continue;
        }
        ActorRef earlier = m.actor();
        // "The Ukrainian president landed ... Macron will host him ... the president visited": unnamed, still meant
        if (earlier != a && holds(earlier, a.roleHead) && (earlier.name != null || earlier.country != null)
            && !earlier.past) {
          PersonMemory.Known e = doc.memory.lookup(earlier.name);
          String country = earlier.country != null ? earlier.country : e == null ? null : e.country();
          if (country != null && latest == null) {
            latest = earlier;
            latestCountry = country;
          }
          if (country != null && country.equals(wanted)) {
            latest = earlier;
            latestCountry = country;
            break;
          }
        }
      }
      if (latest == null && HEADS.contains(a.roleHead)) {
        latest = namedHead(a, v, doc);
        latestCountry = latest == null ? null : latest.country;
      }
      if (speaker != null && !speaker.equals(latestCountry)) {
        // "Downing Street says the prime minister will travel to Israel to meet Netanyahu": the office's own
        a.country = speaker;
        a.certainty = BY_REFERENCE;
      } else if (latest != null) {
        a.country = latestCountry;
        a.name = latest.name;
        a.certainty = BY_REFERENCE;
      }
    }
  }

  /**
   * Whether an official holds the office "the crown prince" names: by the head of the role, or by the head of
   * the first part of a double role, "Crown Prince and Prime Minister Mohammed bin Salman".
   */
  private static boolean holds(ActorRef official, String roleHead) {
    if (roleHead.equals(official.roleHead)) {
      return true;
    }
    if (official.role == null) {
      return false;
    }
    String[] parts = official.role.split(" and ");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].isEmpty() || !Character.isUpperCase(parts[i].charAt(0))) {
        continue; // "the crown prince and Prime Minister Imran Khan": two people, not one with two offices
      }
      String[] words = parts[i].strip().toLowerCase(Locale.ROOT).split(" ");
      int n = words.length;
      boolean prime = n > 1 && words[n - 1].equals("minister") && words[n - 2].equals("prime");
      if ((prime ? "prime minister" : words[n - 1]).equals(roleHead)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> RULERS = List.of("king", "queen", "emir", "amir", "sultan", "prince",
      "sheikh", "monarch");

  /**
   * "His Highness also received a phone call from King Abdullah II": the latest ruler named before (a king,
   * emir, sultan, prince or sheikh), or else the country of a state agency's outlet ("WAM").
   */
  private static void ruler(ActorRef a, SentenceView v, DocContext doc) {
    String country = null;
    String earlier = null;
    for (ActorRef b : v.actors) {
      if (b.end <= a.start && b.kind == ActorRef.Kind.PERSON && b.country != null && ruling(b)) {
        country = b.country; // named before in the same sentence
      }
    }
    int latest = -1;
    for (List<DocContext.RoleMention> list : List.of(doc.roleMentions, doc.namedOfficials)) {
      for (DocContext.RoleMention m : list) {
        int at = m.sentence() * 10_000 + m.token(); // else the one named last in the sentences before
        if (country == null && m.sentence() < v.index && at > latest && m.actor().country != null
            && ruling(m.actor())) {
          latest = at;
          earlier = m.actor().country;
        }
      }
    }
    country = country != null ? country : earlier;
    if (country == null && doc.governmentOutlet) {
      country = doc.outletCountry;
    }
    a.country = country;
    a.certainty = country == null ? 0 : 0.8;
    a.official = true;
  }

  private static boolean ruling(ActorRef b) {
    for (String w : new String[] {b.role, b.name}) {
      if (w != null) {
        String low = w.toLowerCase(Locale.ROOT);
        if (RULERS.stream().anyMatch(low::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Mr Obama then telephoned Netanyahu ... The president also spoke by phone with King Salman": with no
   * president named as such, "the president" is the listed official named without any role earlier in the
   * sentence, or the only one before it (none when there are two countries' officials). Not after "the
   * Ukrainian president": that one is meant.
   */
  private static ActorRef namedHead(ActorRef a, SentenceView v, DocContext doc) {
    for (DocContext.RoleMention m : doc.roleMentions) {
      if (m.actor() != a && a.roleHead.equals(m.actor().roleHead)
          && (m.sentence() < v.index || m.sentence() == v.index && m.token() < a.start)) {
        return null;
      }
    }
    ActorRef found = null;
    boolean ambiguous = false;
    for (DocContext.RoleMention m : doc.namedOfficials) {
      if (m.sentence() > v.index || m.sentence() == v.index && m.token() >= a.start) {
        break;
      }
      PersonMemory.Known k = doc.memory.lookup(m.actor().name);
      if (k != null && k.role() == null && k.country() != null) {
        if (m.sentence() == v.index) {
          return m.actor(); // "Joe Biden welcomed the agreement, and ... the president is expected to visit"
        }
        if (found != null && !found.country.equals(m.actor().country)) {
          ambiguous = true; // "Starmer and Macron agreed ... the prime minister said": which one is not told
        }
        found = m.actor();
      }
    }
    return ambiguous ? null : found;
  }

  /**
   * "Putin flies on to Vladivostok. ... said the president would receive Anwar there": "the president"
   * after a sentence about a holder of that office is that holder, though others were named since.
   */
  private static boolean salientHolder(ActorRef a, DocContext doc) {
    ActorRef s = doc.lastSubject;
    if (s == null || s.country == null || s.name == null || !s.official || s.org) {
      return false;
    }
    PersonMemory.Known k = doc.memory.lookup(s.name);
    String head = s.kind == ActorRef.Kind.PERSON && s.roleHead != null ? s.roleHead : k == null ? null : k.roleHead();
    if (!a.roleHead.equals(head)) {
      return false;
    }
    a.country = s.country;
    a.name = s.name;
    a.certainty = BY_REFERENCE;
    return true;
  }

  /**
   * An actor right after a verb or a preposition ("met Hun Manet", "with Putin") is an object; "his"
   * and "he" refer back to a subject: "Srettha met Hun Manet during his visit" is Srettha's visit.
   */
  private static boolean object(SentenceView v, ActorRef b) {
    int p = b.start - 1;
    int c = Parties.connectorBefore(v, p);
    if (c != p) {
      ActorRef before = v.actorAt(c);
      if (before != null && before != b && before.end == c + 1) {
        return object(v, before);
      }
    }
    if (!v.inside(p) || !v.tok(p).lowercase() && !(p == v.from && v.is(p, "with"))) {
      return false; // "With Dominica's Prime Minister he discussed": the one met, opening the sentence
    }
    String n = v.norm(p);
    return OBJECT_BEFORE.contains(n) || v.tok(p).has(Token.TRIGGER) && !n.equals("after") && !n.equals("before");
  }

  /**
   * The subject of the verb an object pronoun follows, which the pronoun cannot stand for: "Mr Biden" in
   * "Albanese said Mr Biden had called him"; null when the verb has none in the sentence.
   */
  private static ActorRef clauseSubject(SentenceView v, ActorRef pronoun) {
    ActorRef last = actorBefore(v, pronoun);
    if (last == null || object(v, last) || v.tok(last.end - 1).isPossessive()) {
      return null; // "Lavrov's tour will take him to Cuba": the tour is the subject, and "him" is Lavrov
    }
    for (int k = last.end; k < pronoun.start; k++) {
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';') || v.is(k, "and") || v.is(k, "that")) {
        return null;
      }
    }
    return last;
  }

  /** Offices that head a state or government, which a story may give its main figure without naming. */
  private static final Set<String> HEADS = Set.of("president", "prime minister", "king", "emir", "premier",
      "chancellor");
  private static final Set<String> MALE = Set.of("mr", "mr.", "he", "him", "his");
  private static final Set<String> FEMALE = Set.of("ms", "ms.", "mrs", "mrs.", "madam", "madame", "she", "her");

  /**
   * "Ms. Kamikawa met Mr. Wang Yi, Minister of Foreign Affairs of China, during her visit": a person styled
   * as, or described after someone styled as, the other sex is not what the pronoun stands for.
   */
  private static boolean otherSex(SentenceView v, ActorRef b, String pronoun) {
    Set<String> other = MALE.contains(pronoun) ? FEMALE : FEMALE.contains(pronoun) ? MALE : null;
    if (other == null) {
      return false;
    }
    ActorRef r = b;
    for (int step = 0; r != null && step < 4; step++) {
      if (r.kind == ActorRef.Kind.PRONOUN ? other.contains(r.pronoun) : other.contains(v.norm(r.start))
          || r.end - r.start > 1 && other.contains(v.norm(r.start + 1)) || other.contains(v.norm(r.start - 1))) {
        return true;
      }
      // offices told after a name: "Mr. Wang Yi, Member of ... Central Committee and Minister of Foreign Affairs"
      r = v.inside(r.start - 2) && (v.tok(r.start - 1).isPunct(',') || v.is(r.start - 1, "and"))
          ? v.actorAt(r.start - 2) : v.inside(r.start - 1) ? v.actorAt(r.start - 1) : null;
    }
    return false;
  }

  /** Words that open a clause put before the subject: "During his visit to Washington, Ruto ...". */
  private static final Set<String> FRONTED = Set.of("during", "after", "before", "on", "in", "at", "upon",
      "following", "while", "when", "since", "ahead", "throughout");

  /**
   * "During his state visit to Washington in May, Ruto was praised": a pronoun in a clause opening the
   * sentence stands for the subject named right after that clause.
   */
  private ActorRef fronted(SentenceView v, ActorRef pronoun, DocContext doc) {
    if (!FRONTED.contains(v.norm(v.from)) || pronoun.start - v.from > 3) {
      return null;
    }
    for (int k = pronoun.end; k < Math.min(v.to, pronoun.end + 15); k++) {
      if (v.tok(k).isPunct(',')) {
        ActorRef subject = v.actorAt(k + 1);
        if (subject != null && subject.kind == ActorRef.Kind.PERSON && subject.country == null && !subject.org) {
          person(subject, v, doc);
        }
        return subject != null && subject.start == k + 1 && subject.kind == ActorRef.Kind.PERSON && subject.official
            && subject.country != null && !subject.org ? subject : null;
      }
    }
    return null;
  }

  private static boolean andBetween(SentenceView v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (v.is(k, "and")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> OBJECT_BEFORE = Set.of("with", "to", "by", "from", "for",
      "of", "told", "thanked", "urged", "asked", "called", "invited", "congratulated", "briefed", "informed",
      "see", "sees", "saw", "seeing", "seen", "tell", "tells", "telling", "thank", "urge", "urges", "warned", "warn",
      "assured", "reassured", "accompanied", "joined", "praised");

  /** Whether token k lies between quotation marks of its sentence. */
  private static boolean insideQuote(SentenceView v, int k) {
    int quotes = 0;
    for (int j = v.from; j < k; j++) {
      if (v.tok(j).isPunct('"')) {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  /**
   * "he" and "it" refer back; "I" and "we" in a government's own release ("Today I will travel to
   * Beijing" on foreignminister.gov.au) are that government's, outside quotation marks only.
   */
  private void pronoun(ActorRef a, SentenceView v, DocContext doc) {
    if (a.pronoun.equals(ActorRef.ROYAL)) {
      ruler(a, v, doc);
      return;
    }
    boolean state = a.pronoun.equals("it") || a.pronoun.equals("its");
    if (a.pronoun.equals("they") || a.pronoun.equals("their")) {
      theTwo(a, v, doc);
      return;
    }
    boolean object = a.pronoun.equals("him");
    boolean person = a.pronoun.equals("he") || a.pronoun.equals("she") || a.pronoun.equals("his")
        || a.pronoun.equals("her") || object;
    if (!state && !person) {
      if ((a.pronoun.equals("i") || a.pronoun.equals("we")) && doc.governmentOutlet && doc.outletCountry != null
          && !insideQuote(v, a.start)) {
        a.country = doc.outletCountry;
        a.certainty = 0.8;
        a.role = "government";
        a.official = true;
      }
      return;
    }
    ActorRef antecedent = null;
    ActorRef subject = null;
    boolean someoneBefore = false;
    ActorRef clauseSubject = object ? clauseSubject(v, a) : null;
    for (ActorRef b : v.actors) {
      if (b.end > a.start) {
        break;
      }
      if (b == clauseSubject) {
        continue;
      }
      if (person && b.kind == ActorRef.Kind.PERSON && !object(v, b)) {
        someoneBefore = true;
      }
      boolean fits = state ? b.kind == ActorRef.Kind.STATE : b.kind == ActorRef.Kind.PERSON && b.official
          || b.kind == ActorRef.Kind.PRONOUN && (b.pronoun.equals("he") || b.pronoun.equals("she")) && b.official;
      if (fits && b.country != null && !b.org && !otherSex(v, b, a.pronoun)) {
        antecedent = b;
        if (!object(v, b)) {
          subject = b;
        }
      }
    }
    boolean objectBefore = object && antecedent != null && antecedent != subject && clauseSubject == null
        && andBetween(v, antecedent.end, a.start);
    if (subject != null && !objectBefore) {
      antecedent = subject; // but "congratulated Tokayev ... and wished him": the one congratulated
    } else if (subject == null && antecedent != null && (a.pronoun.equals("he") || a.pronoun.equals("she"))
        && !v.tok(antecedent.end - 1).isPossessive() && doc.lastSubject != null
        && doc.lastSubject.kind == ActorRef.Kind.PERSON && doc.lastSubject.country != null) {
      // "Saturday is set aside for a meeting with Sassou Nguesso, after which he crosses to Kinshasa": the
      // one met is no subject; the story's is (but "Xi's visit to Moscow, where he held talks": Xi)
      antecedent = doc.lastSubject;
    }
    if (antecedent == null && person && !someoneBefore) {
      antecedent = fronted(v, a, doc);
    }
    if (antecedent == null && person && doc.lastSubject != null && !someoneBefore) {
      antecedent = doc.lastSubject;
    }
    if (antecedent != null) {
      a.country = antecedent.country;
      a.certainty = Math.min(BY_REFERENCE, antecedent.certainty);
      a.name = antecedent.name;
      a.role = antecedent.role;
      a.roleHead = antecedent.roleHead;
      a.level = antecedent.level;
      a.official = antecedent.official;
      a.posting = antecedent.posting;
    }
  }
}
