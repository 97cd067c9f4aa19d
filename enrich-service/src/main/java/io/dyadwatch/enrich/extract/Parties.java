package io.dyadwatch.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who the parties of a contact word are, read from the actors around it: the subject before it
 * with the actors joined to it, the objects after it, the owner of a contact noun ("Lavrov's
 * visit"), and the subject of a clause that opens with the contact ("After a call with X, Y said").
 * Stateless.
 */
final class Parties {
  private static final Set<String> SPEECH = ContactFinder.SPEECH;
  private static final Set<String> ADVERBS = ContactFinder.ADVERBS;
  private static final Set<String> LAST_LEG = Set.of("finishing", "ending", "concluding", "wrapping");
  /** "his host, X"; "his brother, President of Tunisia Kais Saied", as Gulf and Maghreb agencies write. */
  private static final Set<String> ROLE_OF_OTHER = Set.of("host", "hosts", "guest", "guests", "counterpart",
      "counterparts", "visitor", "visitors", "brother", "brothers", "sister");

  /** Words between a subject and its verb: auxiliaries, adverbs, plans and dates ("is due to", "last week"). */
  private static final Set<String> VERB_GROUP = Set.of("has", "have", "had", "did", "does", "is", "are", "was",
      "were", "be", "been", "being", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to",
      "due", "expected", "set", "scheduled", "slated", "poised", "likely", "planning", "plans", "plan", "preparing",
      "going", "about", "agreed", "decided", "also", "reportedly", "not", "never", "later", "then", "recently",
      "already", "jointly", "officially", "formally", "finally", "first", "last", "this", "next", "earlier", "week",
      "month", "year", "weekend", "night", "morning", "evening", "afternoon", "on", "soon", "again", "now",
      "today", "yesterday", "still", "just", "personally", "briefly", "secretly", "quietly", "unexpectedly");
  /** Between a subject and its verb: "Pashinyan had briefed Putin". */
  private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "will", "would", "is", "was");
  /** Words that open a phrase before the subject: "After having a call with X, Y said". */
  private static final Set<String> OPENERS = Set.of("after", "before", "during", "in", "following", "upon", "while",
      "having", "at", "on", "amid", "ahead", "speaking");
  private static final Set<String> CLAUSE_LINKS = Set.of("who", "and", "but", "while", "when", "after", "before",
      "as", "since", "where", "whom", "then", "or");

  private Parties() {}

  /**
   * The verb's subject is a thing, not an actor: "a shipment of weapons arrived in Russia", "missiles
   * that arrived". Looks at the word before the verb group; a lowercase noun there is the subject.
   */
  static boolean thingAsSubject(SentenceView v, int t) {
    int k = t - 1;
    while (k >= v.from && (VERB_GROUP.contains(v.norm(k)) || v.tok(k).isWord() && v.tok(k).capitalized()
        && v.actorAt(k) == null && v.placeAt(k) == null && isDateWord(v.norm(k)))) {
      k--;
    }
    if (k < v.from || v.is(k + 1, "to")) {
      return false;
    }
    Token before = v.tok(k);
    if (v.actorAt(k) != null || !before.lowercase() || CLAUSE_LINKS.contains(before.norm)
        || before.norm.endsWith("ed")) {
      return false;
    }
    if (before.is("that") || before.is("which")) {
      int p = k - 1;
      if (v.inside(p) && v.tok(p).isPunct(',')) {
        p--;
      }
      ActorRef head = v.actorAt(p);
      return head == null || head.end != p + 1;
    }
    return !SPEECH.contains(before.norm) && before.norm.length() > 2 && !before.norm.endsWith("ly");
  }

  /**
   * "The secretary was received by X": X is the agent of a passive whose subject is someone, not the clause's
   * subject. Not "The message was delivered by the ambassador": there the agent is the one who acts.
   */
  private static boolean passiveAgent(SentenceView v, ActorRef a) {
    int by = a.start - 1;
    if (by - 3 < v.from || !v.is(by, "by") || !v.norm(by - 1).endsWith("ed")
        || !(v.is(by - 2, "was") || v.is(by - 2, "were"))) {
      return false;
    }
    ActorRef subject = v.actorAt(by - 3);
    return subject != null && subject.end == by - 2 && party(subject);
  }

  private static boolean isDateWord(String norm) {
    return Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").contains(norm);
  }

  /**
   * The actors nearest before position {@code end} with the ones joined to them by "and", commas or
   * "led by": the subject of a contact word. Stops at a reporting verb ("said") with nothing found.
   */
  static List<ActorRef> leftChain(SentenceView v, int end) {
    List<ActorRef> out = new ArrayList<>(2);
    ActorRef possessor = possessorOfInfinitive(v, end);
    if (possessor != null) {
      out.add(possessor);
      return out;
    }
    int k = end - 1;
    while (k >= v.from) {
      ActorRef a = v.actorAt(k);
      ActorRef whole = a != null ? Circumstances.countedWhole(v, a.start) : null;
      if (whole != null) {
        k = whole.end - 1; // "Wang and a delegation of about 20 officials flew": the delegation, with Wang
        continue;
      }
      if (a != null && party(a) && passiveAgent(v, a)) {
        k = a.start - 4; // "was received by the Colombian president ... on a tour": the one received travels
        continue;
      }
      if (a != null && party(a)) {
        ActorRef described = a.official ? participleAsideOf(v, a) : appositiveOf(v, a);
        if (described != null) {
          k = described.end - 1;
          continue;
        }
        if (!a.official) {
          a = a.kind == ActorRef.Kind.GROUP ? officialBeforeGroup(v, a) : null;
          if (a == null) {
            return out;
          }
        }
        out.add(a);
        int j = groupWordsStart(v, a) - 1;
        while (j >= v.from) {
          int c = connectorBefore(v, j);
          if (c == j) {
            break;
          }
          ActorRef b = v.actorAt(c);
          if (b == null || b.end != c + 1 || !party(b)) {
            break;
          }
          if (b.official) {
            out.add(0, b);
          }
          j = b.start - 1;
        }
        if (out.size() > 1) {
          out.removeIf(r -> r.kind == ActorRef.Kind.GROUP && r.country == null); // "Wang and a delegation"
        }
        return out;
      }
      if (a != null) {
        k = a.start - 1;
        continue;
      }
      Token tk = v.tok(k);
      if (SPEECH.contains(tk.norm) || tk.isPunct(';')) {
        return out;
      }
      int antecedent = tk.isPunct(',') ? relativeAntecedent(v, k, end) : -1;
      k = antecedent >= 0 ? antecedent : k - 1;
    }
    return out;
  }

  private static final Set<String> GROUP_WORDS = Set.of("a", "an", "of", "group", "delegation", "team", "number",
      "several", "other", "fellow", "senior", "top");

  /** "a group of African leaders": where the words before a group's noun begin (its start if not a group). */
  private static int groupWordsStart(SentenceView v, ActorRef a) {
    int k = a.start;
    while (a.kind == ActorRef.Kind.GROUP && a.country == null && k > v.from && k > a.start - 5) {
      ActorRef before = v.actorAt(k - 1);
      Token x = v.tok(k - 1);
      if (before != null && before.kind == ActorRef.Kind.GROUP && v.is(k, "of")) {
        k = before.start; // "a group of": the counted whole
      } else if (before == null && (GROUP_WORDS.contains(x.norm)
          || x.capitalized() && x.isWord() && v.placeAt(k - 1) == null)) {
        k--;
      } else {
        break;
      }
    }
    return k;
  }

  /** "Ramaphosa and a delegation of business leaders met": the official joined by "and" to a group of no officials. */
  private static ActorRef officialBeforeGroup(SentenceView v, ActorRef group) {
    int j = groupWordsStart(v, group) - 1;
    int c = connectorBefore(v, j);
    ActorRef b = c == j || !v.is(j, "and") ? null : v.actorAt(c);
    return b != null && b.end == c + 1 && party(b) && b.official ? b : null;
  }

  /** "Vietnam's decision to host Putin": the state whose decision, plan or offer the infinitive tells. */
  private static ActorRef possessorOfInfinitive(SentenceView v, int verb) {
    if (!v.is(verb - 1, "to") || !v.inside(verb - 4)) {
      return null;
    }
    int noun = verb - 2;
    if (!v.tok(noun).lowercase() || v.actorAt(noun) != null) {
      return null;
    }
    int s = v.tok(noun - 1).isPossessive() ? noun - 1 : v.tok(noun - 2).isPossessive() && v.tok(noun - 1).lowercase()
        ? noun - 2 : -1;
    PlaceRef place = s > v.from ? v.placeAt(s - 1) : null;
    if (place == null || place.end() != s || v.actorAt(s - 1) != null || v.mention(place.start()) == null
        || v.mention(place.start()).kind() != Lexicon.Kind.COUNTRY) {
      return null;
    }
    return stateAt(place);
  }

  /**
   * "Putin, who last traveled to Pyongyang to meet Kim's father, Kim Jong Il, is scheduled to fly": for
   * the comma that closes a "who" clause with no one named between it and the contact word, the last word
   * of the one the clause is about; else -1.
   */
  private static int relativeAntecedent(SentenceView v, int comma, int verb) {
    int after = comma + 1;
    if (v.inside(after) && (v.tok(after).isPunct('"') || v.tok(after).isPunct('\u201d'))) {
      after++; // "who has warned that Rouhani is a \"wolf in sheep's clothing,\" is due to": a quote closing
    }
    if (verb - comma > 20 || !v.inside(after) || !v.tok(after).lowercase()) {
      return -1;
    }
    for (int k = after; k < verb; k++) {
      if (v.actorAt(k) != null || v.tok(k).isPunct(',') || v.tok(k).isPunct(';')) {
        return -1;
      }
    }
    for (int j = comma - 2; j > Math.max(v.from, comma - 40); j--) {
      if (v.tok(j).isPunct(';')) {
        return -1;
      }
      if (v.is(j, "who") && v.tok(j - 1).isPunct(',')) {
        ActorRef a = v.actorAt(j - 2);
        return a != null && a.end == j - 1 ? j - 2 : -1;
      }
      if ((v.is(j, "the") || v.is(j, "a") || v.is(j, "an")) && v.tok(j - 1).isPunct(',')) {
        // "Rubio, the first Latino to serve as secretary of state, continues to": the one described
        ActorRef a = v.actorAt(j - 2);
        if (a != null && a.end == j - 1 && a.kind == ActorRef.Kind.PERSON && a.official && !placedIn(v, j, comma)) {
          return j - 2; // but "Wang Huning, the fourth-ranked leader in China's Communist Party, arrived": the aside
        }
      }
    }
    return -1;
  }

  /**
   * Whether an official of a known country stands between from and to, before any "who" clause: in "a former
   * defence minister who spoke to Trump", Trump is the clause's, not the one the aside places.
   */
  private static boolean placedIn(SentenceView v, int from, int to) {
    for (int k = from; k < to && !v.is(k, "who"); k++) {
      ActorRef a = v.actorAt(k);
      if (a != null && a.official && a.country != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The official an aside between commas describes: "Senegalese President Macky Sall, the current
   * chairman of the African Union, held talks": the talks are Sall's. Null when a is no such aside.
   */
  private static ActorRef appositiveOf(SentenceView v, ActorRef a) {
    if (!v.inside(a.start - 2) || !v.tok(a.start - 1).isPunct(',') || !v.inside(a.end) || !v.tok(a.end).isPunct(',')) {
      return null;
    }
    ActorRef before = v.actorAt(a.start - 2);
    return before != null && before.end == a.start - 1 && before.official && before.kind == ActorRef.Kind.PERSON
        ? before : null;
  }

  /**
   * The official an aside between commas follows: "Secretary of State Marco Rubio, travelling with the
   * president, will meet": the meeting is Rubio's. Null when a is in no such aside.
   */
  private static ActorRef participleAsideOf(SentenceView v, ActorRef a) {
    if (!v.inside(a.end) || !v.tok(a.end).isPunct(',')) {
      return null;
    }
    for (int k = a.start - 1; k > Math.max(v.from, a.start - 5); k--) {
      if (v.tok(k).isPunct(',')) {
        String n = v.norm(k + 1);
        ActorRef before = v.actorAt(k - 1);
        boolean participle = v.tok(k + 1).lowercase() && (n.endsWith("ing") || n.equals("accompanied")
            || n.equals("joined") || n.equals("along") || n.equals("together"));
        return participle && before != null && before.end == k && before.official
            && before.kind == ActorRef.Kind.PERSON ? before : null;
      }
      ActorRef inside = v.actorAt(k);
      if (!v.tok(k).lowercase() && (inside == null || inside.country != null || !v.tok(k).isWord())) {
        return null; // but "together with Interpol officials": a body of no state inside the aside
      }
    }
    return null;
  }

  /** The state a place names, as a party. */
  static ActorRef stateAt(PlaceRef place) {
    ActorRef a = new ActorRef(place.start(), place.end(), ActorRef.Kind.STATE);
    a.country = place.code();
    a.certainty = 1;
    a.name = place.text();
    return a;
  }

  /** How many parties a list of actors names: "the two sides" and "Chinese and Philippine diplomats" are two. */
  static int partyCount(List<ActorRef> actors) {
    int n = 0;
    for (ActorRef a : actors) {
      n += a.kind == ActorRef.Kind.PAIR || a.secondCountry != null ? 2 : 1;
    }
    return n;
  }

  /** Skips ", ", "and", ", and", "as well as", "led by" going left from j; returns j when none is there. */
  static int connectorBefore(SentenceView v, int j) {
    if (v.is(j, "visiting") || v.is(j, "the") && v.is(j + 1, "visiting")) {
      int c = connectorBefore(v, j - 1);
      return c == j - 1 ? j : c;
    }
    if (v.is(j, "the") && (v.is(j - 1, "and") || v.inside(j - 1) && v.tok(j - 1).isPunct(','))) {
      return connectorBefore(v, j - 1);
    }
    if (v.is(j, "by") && v.is(j - 1, "led")) {
      int k = j - 2;
      return v.inside(k) && v.tok(k).isPunct(',') ? k - 1 : k;
    }
    if (v.is(j, "as") && v.is(j - 1, "well") && v.is(j - 2, "as")) {
      int k = j - 3;
      return v.inside(k) && v.tok(k).isPunct(',') ? k - 1 : k;
    }
    if (v.is(j, "and")) {
      int k = j - 1;
      return v.inside(k) && v.tok(k).isPunct(',') ? k - 1 : k;
    }
    if (v.inside(j) && v.tok(j).isPunct(',')) {
      return j - 1;
    }
    return j;
  }

  /** "his host, X", "their counterparts, X and Y": a role of the other side, then who holds it. */
  private static boolean namedAfterComma(SentenceView v, int k) {
    return (v.is(k, "his") || v.is(k, "her") || v.is(k, "their")) && ROLE_OF_OTHER.contains(v.norm(k + 1))
        && v.actorAt(k + 1) == null && v.inside(k + 2) && v.tok(k + 2).isPunct(',') && v.actorAt(k + 3) != null
        && v.actorAt(k + 3).start == k + 3;
  }

  /**
   * Actors from position p joined by "and", "as well as" or commas. A list joined only by commas
   * ends at the first comma: "with the President of the United States, Joe Biden, President López
   * Obrador announced" gives one actor. With {@code states}, a bare country counts as a state.
   */
  static List<ActorRef> rightChain(SentenceView v, int p, boolean states) {
    List<ActorRef> out = new ArrayList<>(2);
    int k = p;
    int firstComma = -1;
    boolean joined = false;
    while (v.inside(k)) {
      if (v.is(k, "the") && v.actorAt(k) == null && v.placeAt(k + 1) != null && states) {
        k++;
      }
      if (v.is(k, "visiting") && v.actorAt(k + 1) != null) {
        k++;
      }
      k = pastEpithets(v, k);
      int g = QUANTIFIERS.contains(v.norm(k)) ? k + 1 : k;
      while (v.inside(g) && v.tok(g).capitalized() && v.tok(g).has(Token.COMMON) && v.actorAt(g) == null) {
        g++; // "several Caribbean leaders, among them ..."
      }
      if (g > k && v.actorAt(g) != null && v.actorAt(g).start == g && v.actorAt(g).kind == ActorRef.Kind.GROUP) {
        k = g; // "several leaders, including ..."
      }
      if (out.isEmpty() && k == p && v.is(k, "both") && v.actorAt(k + 1) != null && v.actorAt(k + 1).start == k + 1) {
        k++; // "spoke by telephone with both Hun Manet and Phumtham"
      }
      if (out.isEmpty() && k == p && namedAfterComma(v, k)) {
        k += 3; // "his host, Jordan's Foreign Minister Ayman Safadi": the one named
      }
      ActorRef a = v.actorAt(k);
      if (a == null || a.start != k) {
        PlaceRef place = states ? v.placeAt(k) : null;
        if (place == null || place.start() != k) {
          break;
        }
        a = stateAt(place);
      }
      if (a.kind == ActorRef.Kind.PAIR && !out.isEmpty()) {
        break; // "received Qin, and the two sides agreed": "the two sides" begin another clause
      }
      int named = a.kind == ActorRef.Kind.GROUP && a.country == null ? namedMembers(v, a.end) : -1;
      if (named > 0) {
        k = named; // "with several leaders, including Egyptian President El-Sisi and ...": the ones named
        continue;
      }
      if ((party(a) || a.kind == ActorRef.Kind.STATE) && !titleAside(v, a, out)) {
        out.add(a);
      }
      k = a.end;
      ActorRef holder = v.actorAt(k);
      if (holder != null && holder.start == k && a.kind == ActorRef.Kind.PERSON && a.name == null
          && holder.kind == ActorRef.Kind.PERSON && holder.name != null
          && (holder.country == null || a.country == null || holder.country.equals(a.country))) {
        k = holder.end; // "Pakistan army chief General Asim Munir": the title, then the one who holds it
      }
      ActorRef leader = (v.is(k, "headed") || v.is(k, "led")) && v.is(k + 1, "by") ? v.actorAt(k + 2) : null;
      if (a.kind == ActorRef.Kind.GROUP && leader != null && leader.start == k + 2) {
        k = leader.end; // "a Saudi delegation headed by X and ...": the leader is of the delegation's side
      }
      int clauseEnd = relativeClauseEnd(v, k, "who", "whose");
      if (clauseEnd < 0) {
        clauseEnd = appositionEnd(v, k); // "with Modi, the main guest of this year's forum, and Battulga"
      }
      if (v.inside(k) && v.tok(k).isPunct(',') && v.is(k + 1, "and")) {
        k += 2;
        joined = true;
      } else if (clauseEnd >= 0 && v.is(clauseEnd + 1, "and")) {
        // "by Ali Shamkhani, who heads Iran's security council, and Musaed Al-Aiban", "..., and then Chile's Boric"
        k = v.is(clauseEnd + 2, "then") ? clauseEnd + 3 : clauseEnd + 2;
        joined = true;
      } else if (clauseEnd >= 0 && v.is(clauseEnd + 1, "as") && v.is(clauseEnd + 2, "well")
          && v.is(clauseEnd + 3, "as")) {
        k = clauseEnd + 4; // "Assoumani, the current chairperson of the African Union, as well as Egypt's Madbouly"
        joined = true;
      } else if (clauseEnd >= 0 && listGoesOn(v, clauseEnd + 1, states)) {
        k = clauseEnd + 1; // "with Dominica's Skerrit, who presented him with an award, Barbados's Mottley and ..."
      } else if (v.inside(k) && v.tok(k).isPunct(',') && v.is(k + 1, "as") && v.is(k + 2, "well")) {
        k += 4;
        joined = true;
      } else if (v.inside(k) && v.tok(k).isPunct(',')) {
        if (firstComma < 0) {
          firstComma = out.size();
        }
        k++;
      } else if (v.is(k, "and")) {
        k++;
        joined = true;
      } else if (v.is(k, "as") && v.is(k + 1, "well") && v.is(k + 2, "as")) {
        k += 3;
        joined = true;
      } else {
        break;
      }
    }
    if (firstComma >= 0 && !joined) {
      return new ArrayList<>(out.subList(0, firstComma));
    }
    return out;
  }

  /**
   * "and Steve Witkoff, Special Envoy of the President": a bare title after a comma that describes the named
   * official before it, not another party.
   */
  private static boolean titleAside(SentenceView v, ActorRef a, List<ActorRef> before) {
    if (before.isEmpty() || a.kind != ActorRef.Kind.PERSON || a.name != null || !v.tok(a.start - 1).isPunct(',')) {
      return false;
    }
    ActorRef named = before.get(before.size() - 1);
    return named.kind == ActorRef.Kind.PERSON && named.name != null && named.end == a.start - 1
        && (a.country == null || a.country.equals(named.country));
  }

  /** After an aside in a list of parties, another official named at k who opens a list ending in "and". */
  private static boolean listGoesOn(SentenceView v, int k, boolean states) {
    ActorRef a = v.actorAt(k);
    return a != null && a.start == k && a.official && a.kind == ActorRef.Kind.PERSON && party(a)
        && rightChain(v, k, states).size() >= 2;
  }

  private static final Set<String> QUANTIFIERS = Set.of("several", "some", "various", "other", "many", "numerous");

  private static final Set<String> NOT_EPITHETS = Set.of("and", "or", "with", "by", "of", "to", "in", "on", "at",
      "for", "from", "the", "a", "an", "his", "her", "their", "its", "then", "also", "as", "both", "but", "than",
      "that", "who", "which", "when", "where", "after", "before", "during", "said", "says", "told", "officials");

  /**
   * "met embattled Pakistani Prime Minister Imran Khan", "with newly elected Sri Lankan President Dissanayake",
   * "met the newly appointed Greek Foreign Minister": where the office after a few lowercase epithets begins, or
   * k when no office follows them.
   */
  private static int pastEpithets(SentenceView v, int k) {
    int from = v.is(k, "the") && v.actorAt(k) == null ? k + 1 : k;
    int q = from;
    while (q < from + 3 && v.inside(q) && v.actorAt(q) == null && (v.tok(q).lowercase() || v.tok(q).isPunct('-'))
        && !NOT_EPITHETS.contains(v.norm(q)) && !v.tok(q).has(Token.TRIGGER)) {
      q++;
    }
    ActorRef a = q > from ? v.actorAt(q) : null;
    return a != null && a.start == q && a.role != null && a.kind == ActorRef.Kind.PERSON ? q : k;
  }

  /** After a group of no country, where its named members begin (", including X", "such as X"), or -1. */
  private static int namedMembers(SentenceView v, int k) {
    if ((v.is(k, "on") || v.is(k, "in") || v.is(k, "at") || v.is(k, "from")) && v.actorAt(k + 1) == null) {
      int q = k + 1; // "several Pacific leaders on the margins, among them ..."
      while (v.inside(q) && q < k + 5 && v.tok(q).lowercase() && v.tok(q).isWord() && v.actorAt(q) == null) {
        q++;
      }
      k = v.inside(q) && v.tok(q).isPunct(',') ? q : k;
    }
    k = v.inside(k) && v.tok(k).isPunct(',') ? k + 1 : k;
    int named = v.is(k, "including") ? k + 1 : v.is(k, "among") && v.is(k + 1, "them") ? k + 2
        : v.is(k, "such") && v.is(k + 1, "as") ? k + 2 : -1;
    return named > 0 && v.actorAt(named) != null && v.actorAt(named).start == named ? named : -1;
  }

  /** Places from p: "China, Vietnam and Laos"; skips a leading "the". */
  static List<PlaceRef> placesFrom(SentenceView v, int p) {
    List<PlaceRef> out = new ArrayList<>(1);
    int k = p;
    while (v.inside(k)) {
      k = pastKinship(v, k);
      if (v.is(k, "the") && v.tok(k + 1).lowercase() && v.tok(k + 1).isWord() && v.placeAt(k + 2) != null
          && v.placeAt(k + 2).start() == k + 2 && !out.isEmpty()) {
        k += 2; // "Israel, the occupied West Bank and Egypt"
      }
      if (v.is(k, "the") && (v.placeAt(k) == null || v.placeAt(k).start() != k)) {
        k++;
      }
      PlaceRef place = v.placeAt(k);
      if (place == null || place.start() != k) {
        place = unknownPlaceIn(v, k);
      }
      if (place == null || place.start() != k) {
        place = unknownPlaceOf(v, k);
      }
      if (place == null || place.start() != k) {
        break;
      }
      out.add(place);
      k = place.end();
      int q = k;
      while (v.inside(q) && Circumstances.whenWord(v, q)) {
        q++;
      }
      if (q > k && v.inside(q) && v.tok(q).isPunct(',') && v.is(q + 1, "and")) {
        q++;
      }
      if (q > k && v.inside(q) && v.tok(q).isPunct(',') && v.is(q + 1, "followed") && v.is(q + 2, "by")) {
        k = q + 3; // "to El Salvador on Monday, followed by Costa Rica, Guatemala and ..."
        continue;
      }
      int r = v.is(q + 1, "then") ? q + 2 : q + 1;
      r = v.is(r, "to") || v.is(r, "in") ? r + 1 : r; // "in Vilnius on March 7, in Riga on March 8"
      int s = v.is(r, "the") ? r + 1 : r;
      if (q > k && (v.is(q, "and") || v.inside(q) && v.tok(q).isPunct(','))
          && v.placeAt(s) != null && v.placeAt(s).start() == s) {
        k = r; // "to Jordan later Sunday and to Qatar on Monday", "to Costa Rica on Tuesday, Guatemala on
        // Wednesday and the Dominican Republic on Thursday"
        continue;
      }
      int next = nextLegAfterWhere(v, k);
      if (next < 0 && q > k) {
        next = nextLegAfterWhere(v, q); // "to Angola on Friday, where he will sign ..., and to Congo-Brazzaville"
      }
      if (next > 0) {
        k = next; // "to Tanzania, where she will meet X, and then to Zambia"
        continue;
      }
      if (v.inside(k) && v.tok(k).isPunct(',') && v.is(k + 1, "and")) {
        k += 2;
      } else if (v.inside(k) && v.tok(k).isPunct(',') && v.is(k + 1, "followed") && v.is(k + 2, "by")) {
        k += 3; // "to Eswatini, followed by Angola"
      } else if (v.inside(k) && v.tok(k).isPunct(',')
          && (v.placeAt(k + 1) != null || v.is(k + 1, "the") && (v.placeAt(k + 2) != null
          || v.tok(k + 2).lowercase() && v.placeAt(k + 3) != null && v.placeAt(k + 3).start() == k + 3))) {
        k++;
      } else if (v.inside(k) && v.tok(k).isPunct(',') && unknownStop(v, k + 1)) {
        k += 3; // "to Rome, Berlin, Aachen and Paris": a town the gazetteer lacks, inside a list of places
      } else if (v.is(k, "and")) {
        k++;
      } else if (v.is(k, "before") && LAST_LEG.contains(v.norm(k + 1)) && v.is(k + 2, "in")) {
        k += 3; // "to Kiribati and Samoa before finishing in Timor-Leste"
      } else {
        break;
      }
      if (v.is(k, "finally") || v.is(k, "lastly") || v.is(k, "then")) {
        k++; // "to Vanuatu, Papua New Guinea and finally East Timor"
      }
      if (v.is(k, "on") && v.is(k + 1, "to")) {
        k += 2; // "travels to India and on to China"
      } else if (v.is(k, "to")) {
        k++;
      }
    }
    return out;
  }

  private static final Set<String> KINSHIP = Set.of("sister", "sisterly", "brotherly", "fraternal", "friendly");

  /** "the sister Kingdom of Saudi Arabia", "the brotherly State of Qatar": where the place begins, or k. */
  static int pastKinship(SentenceView v, int k) {
    PlaceRef place = v.placeAt(k + 2);
    return v.is(k, "the") && KINSHIP.contains(v.norm(k + 1)) && place != null && place.start() == k + 2 ? k + 2 : k;
  }

  /**
   * ", the main guest of this year's forum," after a party: the comma that closes an apposition of no one
   * (no actor, place or contact word in it), or -1.
   */
  static int appositionEnd(SentenceView v, int k) {
    if (!v.inside(k) || !v.tok(k).isPunct(',') || !(v.is(k + 1, "the") || v.is(k + 1, "a") || v.is(k + 1, "an")
        || v.is(k + 1, "his") || v.is(k + 1, "her") || v.is(k + 1, "their"))) {
      return -1;
    }
    for (int q = k + 2; q < Math.min(v.to, k + 12); q++) {
      if (v.tok(q).isPunct(',')) {
        return q;
      }
      ActorRef a = v.actorAt(q);
      if (a != null && !a.org || v.placeAt(q) != null || v.tok(q).has(Token.TRIGGER) && !v.is(q + 1, "of")
          || !v.tok(q).isWord() && !v.tok(q).isPossessive()) {
        return -1; // a title and an organisation may be in it: ", the current chair of the African Union,"
      }
    }
    return -1;
  }

  /** An unknown capitalised word at k between places: "Aachen" in ", Aachen and Paris". */
  private static boolean unknownStop(SentenceView v, int k) {
    ActorRef a = v.actorAt(k);
    boolean unknown = v.inside(k + 2) && v.tok(k).capitalized() && v.placeAt(k) == null && v.mention(k) == null
        && (a == null || a.country == null && a.start == k && a.end == k + 1);
    return unknown && (v.is(k + 1, "and") || v.tok(k + 1).isPunct(','))
        && v.placeAt(k + 2) != null && v.placeAt(k + 2).start() == k + 2;
  }

  /**
   * After a place, a "where" clause or a purpose ("for a summit of ...", "to meet X") and then ", and then to" another
   * place: that place's start, or -1.
   */
  private static int nextLegAfterWhere(SentenceView v, int k) {
    int c = relativeClauseEnd(v, k, "where");
    // "to Costa Rica on Tuesday to meet President Rodrigo Chaves, then to Guatemala": a purpose
    boolean purpose = v.is(k, "to") && v.inside(k + 1) && v.tok(k + 1).has(Token.TRIGGER);
    if (c < 0 && (v.is(k, "for") || purpose)) {
      // "to Thessaloniki for a summit of the SEECP, and then on to Skopje and Sofia"
      for (int j = purpose ? k + 2 : k + 1; j < Math.min(v.to, k + 40) && c < 0; j++) {
        if (v.tok(j).isPunct(';') || v.tok(j).has(Token.TRIGGER) && !v.tok(j).has(Token.TRIGGER_NOUN)) {
          return -1;
        }
        if (v.is(j, "and") && v.is(j + 1, "then") && v.is(j + 2, "to")) {
          c = j - 1; // "to Ouagadougou to meet Captain Traore and then to Niamey"
          break;
        }
        c = v.tok(j).isPunct(',') ? j : -1;
      }
    }
    if (c < 0) {
      return -1;
    }
    int q = c + 1;
    q = v.is(q, "and") ? q + 1 : q;
    q = v.is(q, "then") ? q + 1 : q;
    q = v.is(q, "on") && v.is(q + 1, "to") ? q + 1 : q;
    // "his tour in Belgrade on Wednesday, where he will meet Vucic, and in Zagreb on Thursday"
    boolean leg = v.is(q, "to") || v.is(q, "in") && v.is(c + 1, "and");
    return q > c + 1 && leg && v.placeAt(q + 1) != null && v.placeAt(q + 1).start() == q + 1 ? q + 1 : -1;
  }

  /**
   * For a comma at k that opens a relative clause with the given word (", where she will meet X,"), the
   * comma that closes it, or -1.
   */
  static int relativeClauseEnd(SentenceView v, int k, String... openers) {
    if (!(v.inside(k) && v.tok(k).isPunct(','))) {
      return -1;
    }
    boolean opened = false;
    for (String o : openers) {
      opened |= v.is(k + 1, o);
    }
    if (!opened) {
      return -1;
    }
    for (int c = k + 2; c < Math.min(v.to, k + 18); c++) {
      if (v.tok(c).isPunct(';')) {
        return -1;
      }
      if (v.tok(c).isPunct(',')) {
        return c;
      }
    }
    return -1;
  }

  /**
   * A place the gazetteers do not know, told with its country: "Boa Vista in Brazil's Roraima state",
   * "Sharm el-Sheikh, Egypt". Up to three capitalised words; the country must follow at once.
   */
  private static PlaceRef unknownPlaceIn(SentenceView v, int k) {
    int j = unknownNameEnd(v, k);
    if (j == k || !(v.is(j, "in") || v.inside(j) && v.tok(j).isPunct(','))) {
      return null;
    }
    int c = j + 1;
    c = v.tok(j).isPunct(',') && v.is(c, "in") ? c + 1 : c;
    c = v.is(c, "the") ? c + 1 : c;
    Mention country = v.mention(c);
    if (country != null && country.kind() == Lexicon.Kind.DEMONYM && country.code() != null
        && ContactFinder.PLACE_NOUNS.contains(v.norm(country.end()))) {
      // "Boa Vista, in the Brazilian state of Roraima"
      return new PlaceRef(k, country.end() + 1, country.code(), v.text(k, j));
    }
    if (country == null || country.kind() != Lexicon.Kind.COUNTRY || country.code() == null) {
      return null;
    }
    return new PlaceRef(k, country.end(), country.code(), v.text(k, j));
  }

  /**
   * A place the gazetteers do not know, described by its country first: "the Saudi heritage city of AlUla",
   * "the Emirati port of Fujairah". Up to two lower-case words between the demonym and the place noun.
   */
  static PlaceRef unknownPlaceOf(SentenceView v, int k) {
    Mention country = v.mention(k);
    if (country == null || country.kind() != Lexicon.Kind.DEMONYM || country.code() == null) {
      return null;
    }
    int n = country.end();
    while (n < country.end() + 2 && v.inside(n) && v.tok(n).lowercase()
        && !ContactFinder.PLACE_NOUNS.contains(v.norm(n))) {
      n++;
    }
    if (!ContactFinder.PLACE_NOUNS.contains(v.norm(n)) || !v.is(n + 1, "of")) {
      return null;
    }
    int j = unknownNameEnd(v, n + 2);
    return j == n + 2 ? null : new PlaceRef(k, j, country.code(), v.text(n + 2, j));
  }

  /** The end of up to three capitalised words from k that no gazetteer knows and no role or country claims. */
  private static int unknownNameEnd(SentenceView v, int k) {
    int j = k;
    while (j < k + 3 && v.inside(j) && v.tok(j).capitalized() && v.mention(j) == null && bareName(v.actorAt(j))) {
      j++;
    }
    return j;
  }

  /** No actor, or a capitalised name with no role or country that may as well be a place. */
  private static boolean bareName(ActorRef a) {
    return a == null || a.kind == ActorRef.Kind.PERSON && a.role == null && a.country == null;
  }

  /** An actor that can be a party: an official, a delegation, a state, a pronoun, "the two sides". */
  static boolean party(ActorRef a) {
    if (a.kind == ActorRef.Kind.PERSON) {
      return a.role != null || a.country != null;
    }
    return true;
  }

  /** Whose visit, meeting or call a noun is: "Lavrov's two-day visit", "his meeting". */
  static ActorRef owner(SentenceView v, int t) {
    int k = t - 1;
    int guard = 0;
    while (k >= v.from && guard++ < 5) {
      ActorRef a = v.actorAt(k);
      if (a != null) {
        boolean possessive = v.tok(a.end - 1).isPossessive() || a.kind == ActorRef.Kind.PRONOUN
            && Set.of("his", "her", "their", "its").contains(a.pronoun);
        return possessive || a.kind == ActorRef.Kind.PAIR ? a : null;
      }
      Token tk = v.tok(k);
      if (!(tk.lowercase() || tk.isPunct('-') || tk.kind == Token.Kind.NUMBER) || SPEECH.contains(tk.norm)) {
        return null;
      }
      k--;
    }
    return null;
  }

  private static final Set<String> TRIP_NOUNS = Set.of("tour", "trip", "journey", "swing", "visit", "itinerary");

  /** "the minister's tour will continue to Gabon": whose trip the subject before a verb of moving is, or null. */
  static ActorRef tripOwner(SentenceView v, int t) {
    int k = t - 1;
    while (k > v.from && VERB_GROUP.contains(v.norm(k))) {
      k--;
    }
    ActorRef owner = TRIP_NOUNS.contains(v.norm(k)) ? owner(v, k) : null;
    return owner != null && owner.kind != ActorRef.Kind.PAIR && party(owner) ? owner : null;
  }

  /** Where the owner of a noun starts, so the subject is looked for before it. */
  static int ownerStart(SentenceView v, int t) {
    ActorRef owner = owner(v, t);
    return owner == null ? t : owner.start;
  }

  /** Between "and" and a verb that shares the subject: "and to be received", "and will travel". */
  private static final Set<String> AUXILIARIES_BEFORE = Set.of("to", "be", "was", "were", "will", "would");

  /** "... met X and visited Y", "is due to meet X and to be received by Y": the subject of the first verb. */
  static List<ActorRef> coordinatedSubject(SentenceView v, int t, List<ActorRef> last, boolean nominal) {
    if (last == null || nominal) {
      return List.of();
    }
    int k = t - 1;
    while (k >= v.from && (ADVERBS.contains(v.norm(k)) || v.is(k, "later") || Circumstances.whenWord(v, k)
        || AUXILIARIES_BEFORE.contains(v.norm(k)))) {
      k--; // "and on Tuesday joined Vice President Marquez", "and will travel on to Paramaribo"
    }
    if (v.is(k, "sidelines") && v.is(k - 1, "the") && v.is(k - 2, "on")) {
      k -= 3; // "and on the sidelines met Palestinian Prime Minister Shtayyeh"
    }
    if (v.is(k, "and") || v.inside(k) && v.tok(k).isPunct(',')
        || v.norm(t).endsWith("ing") && (v.is(k, "before") || v.is(k, "after") || v.is(k, "then"))) {
      return last;
    }
    return List.of();
  }

  /** The official who opens the sentence ("Hochstein, who also met Mikati, was to see ..."), if any. */
  static List<ActorRef> sentenceSubject(SentenceView v) {
    ActorRef a = v.actorAt(v.from);
    if (a == null || a.start != v.from || !party(a) || !a.official) {
      return List.of();
    }
    List<ActorRef> out = new ArrayList<>(1);
    out.add(a);
    return out;
  }

  /** "Lopez Obrador said on Friday that ...": the official who speaks before t, by the nearest speech verb. */
  static List<ActorRef> speakerBefore(SentenceView v, int t) {
    for (int k = t - 1; k > v.from; k--) {
      if (SPEECH.contains(v.norm(k)) && v.tok(k).lowercase()) {
        ActorRef a = v.actorAt(k - 1);
        if (a == null || a.end != k || !party(a) || !a.official) {
          return List.of();
        }
        List<ActorRef> out = new ArrayList<>(1);
        out.add(a);
        return out;
      }
    }
    return List.of();
  }

  /**
   * The subject of the main clause before t: the first official party that opens the sentence or
   * follows a comma ("From the US, he is due to fly ..."), or none.
   */
  static List<ActorRef> mainSubject(SentenceView v, int t) {
    for (ActorRef a : v.actors) {
      if (a.start >= t) {
        break;
      }
      if ((a.start == v.from || v.tok(a.start - 1).isPunct(',')) && party(a) && a.official) {
        List<ActorRef> out = new ArrayList<>(1);
        out.add(a);
        return out;
      }
    }
    return List.of();
  }

  /** "After having a telephone conversation with X, President Y announced": Y. */
  static List<ActorRef> preposedSubject(SentenceView v, Finding f) {
    if (!OPENERS.contains(v.norm(v.from))) {
      return List.of();
    }
    int k = f.trigger + 1;
    for (ActorRef b : f.sideB) {
      k = Math.max(k, b.end);
    }
    for (PlaceRef p : f.destinations) {
      k = Math.max(k, p.end());
    }
    for (; k < v.to; k++) {
      if (v.tok(k).isPunct(',')) {
        ActorRef a = v.actorAt(k + 1);
        if (a != null && a.start == k + 1 && party(a) && a.official) {
          List<ActorRef> out = new ArrayList<>(1);
          out.add(a);
          return out;
        }
      }
      if (v.tok(k).isPunct(';') || SPEECH.contains(v.norm(k))) {
        break;
      }
    }
    return List.of();
  }

  /** "Putin told Erdogan in a phone call": the subject before the verb whose object is the other party. */
  static List<ActorRef> subjectBeforeVerb(SentenceView v, int objectStart) {
    int k = objectStart - 1;
    if (v.is(k, "to") && v.inside(k - 1) && v.tok(k - 1).lowercase() && !SPEECH.contains(v.norm(k - 1))) {
      k--; // "Putin apologised to Aliyev in a telephone conversation"
    }
    if (!v.inside(k) || !v.tok(k).lowercase() || SPEECH.contains(v.norm(k)) && !v.is(k, "told")) {
      return List.of();
    }
    k--;
    while (v.inside(k) && (ADVERBS.contains(v.norm(k)) || AUXILIARIES.contains(v.norm(k))
        || Circumstances.WEEKDAYS.contains(v.norm(k)) && v.is(k - 1, "on"))) {
      k -= Circumstances.WEEKDAYS.contains(v.norm(k)) ? 2 : 1; // "Pashinyan had briefed Putin", "Putin on Saturday"
    }
    ActorRef subject = v.actorAt(k);
    if (subject == null || subject.end != k + 1 || !party(subject) || !subject.official) {
      return List.of();
    }
    return List.of(subject);
  }

  /** "on the outcome" before {@code p}, between a verb's object and how it was done: where it starts, else p. */
  static int topicStart(SentenceView v, int p) {
    for (int j = p - 1; j > Math.max(v.from, p - 8); j--) {
      if (!v.tok(j).isWord() || v.actorAt(j) != null) {
        return p;
      }
      if (v.is(j, "on") || v.is(j, "about") || v.is(j, "over")) {
        return j;
      }
    }
    return p;
  }

  /** "In a phone call on Tuesday, Xi and Putin discussed ...": the subject after the opening phrase. */
  static List<ActorRef> preposedParties(SentenceView v, int t) {
    String opener = v.norm(v.from);
    if (t - v.from > 6 || !(opener.equals("in") || opener.equals("during") || opener.equals("at"))) {
      return List.of();
    }
    for (int k = t + 1; k < Math.min(v.to, t + 8); k++) {
      if (v.tok(k).isPunct(',')) {
        return rightChain(v, k + 1, false);
      }
    }
    return List.of();
  }

  /**
   * "India-Russia summit", "a Japan-China Foreign Ministers' Meeting": the two countries joined by a hyphen
   * just before the noun, past a few words that say whose meeting it is.
   */
  static List<ActorRef> hyphenPair(SentenceView v, int t) {
    int k = t - 1;
    while (k > v.from && k > t - 5 && !v.tok(k).isPunct('-') && (v.tok(k).lowercase() && k > t - 3
        || v.tok(k).isPossessive() || v.tok(k).capitalized() && v.tok(k).has(Token.TITLE))) {
      k--;
    }
    PlaceRef second = v.placeAt(k);
    if (second == null || second.end() != k + 1) {
      return List.of();
    }
    int dash = second.start() - 1;
    if (!v.inside(dash) || !v.tok(dash).isPunct('-')) {
      return List.of();
    }
    PlaceRef first = v.placeAt(dash - 1);
    if (first == null || v.inside(first.start() - 1) && v.tok(first.start() - 1).isPunct('-')) {
      return List.of(); // "Korea-U.S.-Japan": three
    }
    List<ActorRef> out = new ArrayList<>(2);
    for (PlaceRef p : List.of(first, second)) {
      out.add(stateAt(p));
    }
    return out;
  }
}
