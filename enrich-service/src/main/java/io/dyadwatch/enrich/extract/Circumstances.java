package io.dyadwatch.enrich.extract;

import io.dyadwatch.enrich.extract.Lexicon.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words around a contact word that are not its parties: venues ("at the White House"), times
 * ("on Tuesday"), the place of a meeting, phone words, "separately", "on the sidelines", the stops
 * of a tour. Stateless.
 */
final class Circumstances {
  static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  private static final Set<String> TIME_WORDS = Set.of("late", "early", "today", "yesterday", "tonight", "earlier",
      "evening", "night", "morning", "afternoon");
  private static final Set<String> PARTS_OF_DAY = Set.of("day", "morning", "afternoon", "evening");
  /** "on the sidelines", "on the margins": around a larger event. */
  static final Set<String> SIDELINES = Set.of("sidelines", "sideline", "margins", "margin", "fringes");
  static final Set<String> PHONE = Set.of("phone", "telephone", "video", "videoconference", "virtual",
      "online", "videolink", "phone-call");

  private Circumstances() {}

  /** A word of a time phrase between a contact noun and its party: "a call late on Tuesday with". */
  static boolean timeWord(SentenceView v, int k) {
    return TIME_WORDS.contains(v.norm(k)) || WEEKDAYS.contains(v.norm(k));
  }

  /** End of "in the day" / "in the morning" at p ("spoke earlier in the day with"), or p when there is none. */
  static int inTheDay(SentenceView v, int p) {
    return v.is(p, "in") && v.is(p + 1, "the") && PARTS_OF_DAY.contains(v.norm(p + 2)) ? p + 3 : p;
  }

  /**
   * A word of the time told beside a place on an itinerary, read either way: "later on Friday", "this
   * weekend", "from June 15 to 18", "on 3 March".
   */
  static boolean whenWord(SentenceView v, int k) {
    boolean dateNext = v.inside(k + 1) && (DateResolver.isMonth(v, k + 1) || v.tok(k + 1).kind == Token.Kind.NUMBER);
    boolean unit = v.is(k, "weekend") || v.is(k, "week");
    return timeWord(v, k) || v.is(k, "later") || v.tok(k).kind == Token.Kind.NUMBER || DateResolver.isMonth(v, k)
        || v.is(k, "on") && (timeWord(v, k + 1) || dateNext)
        || (v.is(k, "this") || v.is(k, "next")) && (timeWord(v, k + 1) || v.is(k + 1, "weekend") || v.is(k + 1, "week"))
        || unit && (v.is(k - 1, "this") || v.is(k - 1, "next"))
        || (v.is(k, "from") || v.is(k, "to") || v.is(k, "until")) && (dateNext || WEEKDAYS.contains(v.norm(k + 1)))
        || v.tok(k).isPunct('-') && v.inside(k - 1) && v.tok(k - 1).kind == Token.Kind.NUMBER && dateNext;
  }

  /**
   * "held separate talks with X and Y", "met separately with", "held bilateral meetings with X and Y":
   * one contact with each.
   */
  static boolean separate(SentenceView v, int t) {
    if (v.is(t, "meetings") || v.is(t, "bilaterals") || v.is(t - 1, "bilateral") && !v.is(t, "summit")) {
      return true;
    }
    for (int k = Math.max(v.from, t - 4); k < Math.min(v.to, t + 3); k++) {
      if (v.is(k, "separate") || v.is(k, "separately")) {
        return true;
      }
    }
    return false;
  }

  /** "met on the sidelines of the NATO summit": a bilateral meeting at a multilateral event. */
  static boolean onSidelines(SentenceView v, int p) {
    for (int k = Math.max(v.from, p - 2); k < Math.min(v.to, p + 9); k++) {
      if (SIDELINES.contains(v.norm(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * End of a venue named after "at" or "in": "the White House", "Al Mushrif Palace", "Beijing"; the
   * start when none is there. Capitalised words, optionally after "the"; no official among them.
   */
  static int venue(SentenceView v, int p) {
    int k = v.is(p, "the") ? p + 1 : p;
    int start = k;
    ActorRef named = v.actorAt(k);
    if (named != null) {
      boolean bare = named.start <= p && named.kind == ActorRef.Kind.PERSON && named.role == null
          && named.country == null;
      boolean building = named.start <= p && named.kind == ActorRef.Kind.STATE && named.role == null;
      return bare || building ? named.end : p;
    }
    Mention m = v.mention(k);
    if (m != null && (MentionFinder.isPlace(m.kind()) || m.kind() == Kind.INSTITUTION)) {
      return m.end();
    }
    while (v.inside(k) && k < start + 5 && v.tok(k).capitalized() && !WEEKDAYS.contains(v.norm(k))
        && v.mention(k) == null && v.actorAt(k) == null) {
      k++;
    }
    return k > start ? k : p;
  }

  /** "a joint news conference with X": two officials appearing together have met. */
  static boolean jointAppearance(SentenceView v, int t) {
    return (v.is(t - 1, "news") || v.is(t - 1, "press")) && v.is(t - 2, "joint");
  }

  /** "pay state visits to Uzbekistan and Kyrgyzstan and attend the SCO summit": a state visit is bilateral. */
  static boolean bilateralVisit(SentenceView v, int t) {
    return (v.is(t, "visit") || v.is(t, "visits")) && (v.is(t - 1, "state") || v.is(t - 1, "official")
        || v.is(t - 1, "bilateral") || v.is(t - 1, "working"));
  }

  /**
   * "will fly to Japan for the G7 summit ... during a bilateral visit before the summit opens": a bilateral
   * visit with no place of its own in the sentence, which makes the trip to the summit's host a visit too.
   */
  static boolean unplacedBilateralVisit(SentenceView v) {
    for (int k = v.from + 1; k < v.to; k++) {
      if (bilateralVisit(v, k) && !v.is(k + 1, "to") && !v.is(k + 1, "of") && !v.is(k + 1, "in")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> JOINED = Set.of("joined", "join", "joins", "joining");

  /** "and then pay a state visit to X": the verb that states a contact noun, or -1. */
  static int lightVerb(SentenceView v, int t) {
    for (int k = t - 1; k >= Math.max(v.from, t - 4); k--) {
      if (ContactFinder.LIGHT_VERBS.contains(v.norm(k)) || JOINED.contains(v.norm(k))) {
        return k; // "held talks with X", "and then joined a call with X"
      }
      if (!v.tok(k).lowercase() || v.tok(k).has(Token.TRIGGER)) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> TAKE = Set.of("take", "takes", "took", "taking");
  /**
   * "a tour that begins in Israel", "the tour will continue in Nicaragua ... and end in Cuba": its legs still
   * to come. A leg told in the past ("a tour that began in Ghana") is behind the traveller, not this trip's.
   */
  private static final Set<String> LEG = Set.of("begin", "begins", "start", "starts", "continue", "continues",
      "end", "ends", "conclude", "concludes");

  /**
   * "an Asian tour that will also include Japan and India", "a tour including Laos", "a regional tour that
   * will also take them to Israel, Egypt and Qatar", "a tour that took in Israel and Egypt", "a tour with stops in
   * Hanoi and Manila", "a trip that begins in Israel": its stops.
   */
  static List<PlaceRef> tourStops(SentenceView v, int p) {
    for (int k = p; k < Math.min(v.to, p + 6); k++) {
      String n = v.norm(k);
      if (n.equals("include") || n.equals("includes") || n.equals("including") || n.equals("included")) {
        return Parties.placesFrom(v, k + 1);
      }
      if (n.equals("stops") && (v.is(k + 1, "in") || v.is(k + 1, "at"))) {
        return Parties.placesFrom(v, k + 2);
      }
      if (TAKE.contains(n) && v.is(k + 1, "in")) {
        return Parties.placesFrom(v, k + 2); // "a regional tour that took in Israel, the West Bank and Egypt"
      }
      if (TAKE.contains(n)) {
        int to = v.is(k + 1, "to") ? k + 1 : v.is(k + 2, "to") ? k + 2 : v.is(k + 3, "to") ? k + 3 : -1;
        if (to < 0 && v.inside(k + 2) && v.tok(k + 2).isPunct(',')) {
          to = afterAside(v, k + 2); // "will take him, in the coming days, to Cotonou and then Accra"
        }
        return to < 0 ? List.of() : Parties.placesFrom(v, to + 1);
      }
      if (LEG.contains(n) && v.is(k + 1, "in")) {
        return legs(v, k);
      }
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';') || v.tok(k).isPunct('.')) {
        break;
      }
    }
    return List.of();
  }

  /** The "to" right after a short aside opening with the comma at c (", in the coming days, to"), or -1. */
  private static int afterAside(SentenceView v, int c) {
    for (int k = c + 1; k < Math.min(v.to - 1, c + 8); k++) {
      if (v.tok(k).isPunct(',')) {
        return v.is(k + 1, "to") ? k + 1 : -1;
      }
      if (!v.tok(k).lowercase() && v.tok(k).kind != Token.Kind.NUMBER) {
        return -1;
      }
    }
    return -1;
  }

  /** The places of "continue in X on Wednesday, where ..., and will end in Y" from the first leg verb at k. */
  private static List<PlaceRef> legs(SentenceView v, int k) {
    List<PlaceRef> out = new ArrayList<>(2);
    for (int q = k; q < v.to - 2; q++) {
      if (LEG.contains(v.norm(q)) && v.is(q + 1, "in") && (q == k || v.is(q - 1, "and") || v.is(q - 2, "and"))) {
        out.addAll(Parties.placesFrom(v, q + 2));
      }
    }
    return out;
  }

  /**
   * "met Macron in Paris on Monday and Meloni in Rome on Tuesday": a second object after the first
   * one's place and day.
   */
  static List<ActorRef> objectAfterCircumstance(SentenceView v, int p) {
    int k = p;
    for (int guard = 0; guard < 3 && (v.is(k, "in") || v.is(k, "at") || v.is(k, "on")); guard++) {
      int end = v.is(k, "on") ? (timeWord(v, k + 1) ? k + 2 : k) : venue(v, k + 1);
      if (end <= k + 1) {
        return List.of();
      }
      k = end;
    }
    if (k == p || !v.is(k, "and")) {
      return List.of();
    }
    ActorRef next = v.actorAt(k + 1);
    return next != null && next.start == k + 1 && Parties.party(next) && next.kind != ActorRef.Kind.PRONOUN
        && !verbAt(v, next.end) ? List.of(next) : List.of();
  }

  /** "met Trump on Monday and Starmer was at the White House": a verb after the name opens a new clause. */
  static boolean verbAt(SentenceView v, int k) {
    if (!v.inside(k) || !v.tok(k).lowercase()) {
      return false;
    }
    String n = v.norm(k);
    return ContactFinder.BE.contains(n) || v.tok(k).has(Token.TRIGGER) || CLAUSE_VERBS.contains(n)
        || n.endsWith("ed");
  }

  private static final Set<String> CLAUSE_VERBS = Set.of("said", "says", "told", "has", "have", "had", "will",
      "would", "can", "could", "may", "might", "also", "then", "later");

  private static final Set<String> APPROXIMATELY = Set.of("about", "around", "nearly", "almost", "some", "over",
      "roughly", "just", "more", "than", "less", "an", "a", "half", "one", "two", "three", "four", "five", "several");
  private static final Set<String> DURATION_UNITS = Set.of("minute", "minutes", "hour", "hours", "day", "days");

  private static final Set<String> INTERVAL_UNITS = Set.of("hours", "day", "days", "week", "weeks", "month",
      "months", "year", "years", "shortly", "soon", "just", "long");

  /**
   * "To Lam, who is in Russia on a visit, will hold talks on May 10": the comma closing the relative clause
   * that holds t, beyond which words belong to the main clause; v.to when t is in none.
   */
  static int relativeEnd(SentenceView v, int t) {
    for (int k = t - 1; k > v.from && k >= t - 6; k--) {
      if (!v.tok(k).isWord()) {
        return v.to;
      }
      if ((v.is(k, "who") || v.is(k, "which")) && v.tok(k - 1).isPunct(',')) {
        int close = Parties.relativeClauseEnd(v, k - 1, "who", "which");
        return close > t ? close : v.to;
      }
    }
    return v.to;
  }

  /**
   * "weeks after a trip to Kyiv", "two days before his visit", "on Sunday after visiting Tokyo": the index
   * of "after" or "before" when the contact at t only measures the clause's time, whose date words are
   * then not its own; -1 otherwise.
   */
  static int measuredFrom(SentenceView v, int t, boolean nominal) {
    if (!nominal) {
      return (v.is(t - 1, "after") || v.is(t - 1, "before")) && v.norm(t).endsWith("ing") ? t - 1 : -1;
    }
    int k = timePreposition(v, t);
    return k > v.from && !v.is(k, "since") && INTERVAL_UNITS.contains(v.norm(k - 1)) ? k : -1;
  }

  /**
   * "days after a trip", "before his visit", "since her visit": the "after", "before" or "since" among the
   * few lower-case words before the contact noun at t, or -1.
   */
  static int timePreposition(SentenceView v, int t) {
    for (int k = t - 1; k >= Math.max(v.from, t - 4); k--) {
      if (v.is(k, "after") || v.is(k, "before") || v.is(k, "since")) {
        return k;
      }
      if (!v.tok(k).lowercase()) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> STAGES = Set.of("start", "beginning", "end", "part", "leg", "course", "stage");

  /**
   * "held talks in Hanoi at the start of a Southeast Asian tour", "as part of a regional tour", "during a
   * trip": the contact noun at t names a stage of a journey, in a phrase of its own after the verb.
   */
  static boolean stageOfJourney(SentenceView v, int t) {
    for (int k = t - 1; k >= Math.max(v.from + 1, t - 6); k--) {
      if (v.is(k, "during") || v.is(k, "of") && STAGES.contains(v.norm(k - 1))) {
        return true;
      }
      if (v.tok(k).kind == Token.Kind.PUNCT || v.tok(k).has(Token.TRIGGER)) {
        return false;
      }
    }
    return false;
  }

  /** "a delegation of about 20 officials": the group the counted members at p make up, or null. */
  static ActorRef countedWhole(SentenceView v, int p) {
    int k = p - 1;
    while (k > v.from && (APPROXIMATELY.contains(v.norm(k)) || v.tok(k).kind == Token.Kind.NUMBER)) {
      k--;
    }
    ActorRef whole = v.is(k, "of") ? v.actorAt(k - 1) : null;
    return whole != null && whole.kind == ActorRef.Kind.GROUP && whole.end == k ? whole : null;
  }

  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "last");

  /** After a date told with "on" at p ("on Wednesday (28)", "on 28 February"), where it ends; or p. */
  static int onDateEnd(SentenceView v, int p) {
    if (!v.is(p, "on") || !whenWord(v, p)) {
      return p;
    }
    int q = p + 1;
    while (v.inside(q) && (whenWord(v, q) && !v.is(q, "on") || dateAsideEnd(v, q) > q)) {
      q = Math.max(q + 1, dateAsideEnd(v, q));
    }
    return q;
  }

  /** After a short aside in brackets at p, right after a word of time ("on Wednesday (28) with"), its end; or p. */
  static int dateAsideEnd(SentenceView v, int p) {
    if (!v.inside(p) || !v.tok(p).isPunct('(') || p == v.from || !whenWord(v, p - 1)) {
      return p;
    }
    for (int k = p + 1; k < Math.min(v.to, p + 5); k++) {
      if (v.tok(k).isPunct(')')) {
        return k + 1;
      }
    }
    return p;
  }

  /**
   * End of a duration at p ("for around 90 minutes", "for an hour", "for two days"), or p when there
   * is none: "met for 90 minutes with X".
   */
  static int duration(SentenceView v, int p) {
    if (!v.is(p, "for")) {
      return p;
    }
    if ((v.is(p + 1, "a") || v.is(p + 1, "the")) && ORDINALS.contains(v.norm(p + 2)) && v.is(p + 3, "time")) {
      return p + 4; // "spoke for a second time"
    }
    for (int k = p + 1; k < Math.min(v.to, p + 6); k++) {
      if (DURATION_UNITS.contains(v.norm(k))) {
        return k + 1;
      }
      if (!(APPROXIMATELY.contains(v.norm(k)) || v.tok(k).kind == Token.Kind.NUMBER || v.tok(k).isPunct('-'))) {
        return p;
      }
    }
    return p;
  }

  /** "the Black Sea resort of Sochi", "the border town of Panmunjom": a place after a short description. */
  static PlaceRef describedPlace(SentenceView v, int p) {
    for (int k = p; k < Math.min(v.to, p + 5); k++) {
      if (v.is(k, "of")) {
        PlaceRef place = v.placeAt(k + 1);
        return place != null && place.start() == k + 1 ? place : null;
      }
      if (!v.tok(k).isWord() || v.actorAt(k) != null && v.actorAt(k).kind != ActorRef.Kind.PERSON) {
        return null;
      }
    }
    return null;
  }

  /**
   * "Xi accepted Modi's invitation to visit India", "he had accepted an invitation from Petro to visit
   * Colombia": the one who accepts travels, not the one who invites.
   */
  static List<ActorRef> invitationAccepted(SentenceView v, int t) {
    if (!v.is(t - 1, "to")) {
      return List.of();
    }
    int k = t - 2;
    while (k > v.from && k > t - 10 && !v.is(k, "invitation")) {
      k--;
    }
    if (!v.is(k, "invitation")) {
      return List.of();
    }
    int words = 0;
    for (int j = k - 1; j >= v.from && words < 4; j--, words++) {
      ActorRef inviter = v.actorAt(j);
      if (inviter != null) {
        j = inviter.start;
        continue;
      }
      String n = v.norm(j);
      if (n.equals("accepted") || n.equals("accepts") || n.equals("accept") || n.equals("accepting")) {
        return Parties.leftChain(v, j);
      }
      if (v.tok(j).isPunct(',') || v.tok(j).isPunct(';')) {
        break;
      }
    }
    return List.of();
  }

  /** "in Beijing", "at Pyongyang" after the contact word, in the same clause; or "Johannesburg, where". */
  static PlaceRef location(SentenceView v, int t) {
    for (int k = t - 1; k > Math.max(v.from, t - 12); k--) {
      if (v.is(k, "where") && v.tok(k - 1).isPunct(',')) {
        PlaceRef place = v.placeAt(k - 2);
        if (place != null) {
          return place;
        }
      }
    }
    for (int k = t + 1; k < Math.min(v.to, t + 16); k++) {
      Token tk = v.tok(k);
      if (tk.isPunct(';') || ContactFinder.SPEECH.contains(tk.norm)) {
        return null;
      }
      if ((tk.is("in") || tk.is("at")) && v.inside(k + 1)) {
        int p = v.is(k + 1, "the") ? k + 2 : k + 1;
        PlaceRef place = v.placeAt(p);
        if (place != null && place.start() == p) {
          return place;
        }
        if (v.is(k + 1, "the")) {
          place = describedPlace(v, k + 2);
          if (place != null) {
            return place;
          }
        }
      }
    }
    return null;
  }

  static boolean phoneBefore(SentenceView v, int t) {
    return PHONE.contains(v.norm(t - 1)) || PHONE.contains(v.norm(t - 2)) && !v.tok(t - 1).isPunct('.');
  }

  static boolean phoneInClause(SentenceView v, int t) {
    for (int k = Math.max(v.from, t - 8); k < Math.min(v.to, t + 10); k++) {
      if (PHONE.contains(v.norm(k)) || v.is(k, "phoned") || v.is(k, "telephoned")) {
        return true;
      }
    }
    return false;
  }
}
