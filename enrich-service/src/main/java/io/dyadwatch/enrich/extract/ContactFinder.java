package io.dyadwatch.enrich.extract;

import io.dyadwatch.enrich.extract.Lexicon.Frame;
import io.dyadwatch.enrich.extract.Lexicon.Kind;
import io.dyadwatch.enrich.extract.Lexicon.Tense;
import io.dyadwatch.enrich.extract.Lexicon.TriggerWord;
import io.dyadwatch.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the contact words of one sentence and, for each, the parties the grammar around it gives:
 * who travels where ("North Korea has sent a delegation to China, Vietnam and Laos"), who meets,
 * calls or signs with whom. Countries are not paired here. Stateless.
 */
final class ContactFinder {
  static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "reported", "reports",
      "announced", "announces", "stated", "added", "noted", "quoted", "wrote", "according", "claimed", "claims",
      "believes", "believe", "think", "thinks", "warned", "warns", "insisted", "argued");
  private static final Set<String> NOUN_OPENERS = Set.of("a", "an", "the", "this", "that", "his", "her", "their",
      "its", "our", "first", "second", "last", "next", "latest", "recent", "rare", "maiden", "state", "official",
      "working", "planned", "upcoming", "bilateral", "historic", "landmark", "surprise", "brief", "two", "three",
      "day", "days", "week", "weeks", "such", "any", "no", "every", "each", "during", "reciprocal", "private",
      "formal", "informal", "separate", "possible", "potential", "proposed", "expected", "further", "another");
  private static final Set<String> RETINUE = Set.of("delegation", "delegations", "team", "teams", "aides",
      "entourage", "advisers", "advisors");
  private static final Set<String> SIT = Set.of("sit", "sits", "sat", "sitting");
  private static final Set<String> VERB_OPENERS = Set.of("to", "will", "would", "could", "may", "might", "can",
      "shall", "should", "must", "did", "does", "do", "not", "never", "also", "'ll", "has", "have", "had", "is", "are",
      "was", "were", "been", "be", "being", "am", "then", "later", "reportedly", "recently", "already", "jointly",
      "who", "and", "first", "officially", "formally", "finally", "separately", "subsequently");
  static final Set<String> LIGHT_VERBS = Set.of("held", "hold", "holds", "holding", "made", "make", "makes",
      "making", "paid", "pay", "pays", "paying", "conducted", "conduct", "began", "begin", "begins", "started",
      "start", "concluded", "wrapped", "undertook", "undertake", "embarked", "embark", "cut", "had", "having");
  private static final Set<String> PREPOSITIONS = Set.of("for", "of", "in", "at", "after", "before", "during",
      "amid", "ahead", "following", "since", "from", "without", "into", "on", "by", "between", "with", "against",
      "among", "over");
  private static final Set<String> INCLUDES = Set.of("include", "includes", "included", "including", "involve",
      "involves", "involved", "involving");
  private static final Set<String> MEALS = Set.of("breakfast", "lunch", "luncheon", "dinner", "banquet", "brunch",
      "supper", "reception");
  private static final Set<String> AID = Set.of("aid", "rescue", "defence", "defense", "assistance", "help");
  /** What a place is called before its name: "the resort of Sochi", "the port city of Gwadar". */
  static final Set<String> PLACE_NOUNS = Set.of("resort", "city", "town", "port", "capital", "village",
      "region", "province", "island", "enclave", "exclave", "district", "oblast", "county", "emirate", "state",
      "prefecture");
  static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "being", "be", "am");
  private static final Set<String> MANY_SIDED = Set.of("trilateral", "tripartite", "quadrilateral", "multilateral",
      "multiparty", "regional");
  private static final Set<String> STALLED = Set.of("stalled", "deadlocked", "stalling", "frozen", "moribund",
      "faltering", "protracted");
  private static final Set<String> MANY = Set.of("three", "four", "five", "six");
  private static final Set<String> MULTILATERAL = Set.of("summit", "forum", "conference", "assembly", "games",
      "olympics", "championship", "championships", "cup", "congress", "session", "expo", "festival", "ministerial",
      "convention", "plenary", "gathering");
  static final Set<String> ADVERBS = Set.of("also", "reportedly", "recently", "then", "later", "jointly",
      "officially", "formally", "finally", "already", "again", "first", "separately", "subsequently", "briefly",
      "personally", "warmly", "just", "now", "both", "twice", "once", "repeatedly");

  private final Lexicon lex;

  ContactFinder(Lexicon lex) {
    this.lex = lex;
  }

  List<Finding> find(SentenceView v) {
    List<Finding> out = new ArrayList<>(2);
    List<ActorRef> lastVerbSubject = null;
    int lastVerbTrigger = -1;
    for (int t = v.from; t < v.to; t++) {
      if (!v.tok(t).has(Token.TRIGGER)) {
        continue;
      }
      List<TriggerWord> words = lex.triggers(v.norm(t));
      Mention m = v.mention(t);
      if (words == null || v.actorAt(t) != null || v.placeAt(t) != null || m != null && m.kind() != Kind.ROLE) {
        continue;
      }
      boolean noun = nounContext(v, t);
      Finding f = null;
      // a word in a noun's place ("for talks with X", "held talks") is not read as a verb when the noun finds nothing
      for (int pass = 0; pass < (noun && hasBoth(words) ? 1 : 2) && f == null; pass++) {
        for (TriggerWord w : words) {
          boolean fitsContext = (w.tense() == Tense.NOUN) == noun || !hasBoth(words);
          if (fitsContext == (pass == 0)) {
            f = read(v, t, w, purposeOf(v, t, lastVerbTrigger) ? lastVerbSubject : null, lastVerbSubject);
            if (f != null) {
              break;
            }
          }
        }
      }
      if (f == null) {
        continue;
      }
      listedMembers(v, f.sideA);
      listedMembers(v, f.sideB);
      f.nominal = f.nominal || noun && words.stream().anyMatch(w -> w.tense() == Tense.NOUN);
      if (!f.symmetric && lastVerbSubject != null && objectEarlier(v, f, t, out)) {
        // "travel to Doha for talks with the Emir, and then to Jeddah to meet Saudi officials": the traveller's
        f.sideA.clear();
        f.sideA.addAll(lastVerbSubject);
      }
      PlaceRef tripPlace = placeBeforeFor(v, t);
      List<ActorRef> traveller = travellerTo(tripPlace, out);
      if (traveller != null && !f.symmetric) {
        f.sideA.clear();
        f.sideA.addAll(traveller);
        if (f.location == null) {
          f.location = tripPlace; // "will travel to China this weekend for talks with senior officials": there
        }
      }
      if ((f.nominal || v.is(t, "meeting")) && !f.symmetric && !f.sideB.isEmpty() && afterContact(v, t)
          && noOtherSide(f)) {
        // "X said on Sunday after talks with Y", "X announced on Tuesday after meeting Y"
        List<ActorRef> speaker = Parties.speakerBefore(v, t);
        if (!speaker.isEmpty()) {
          f.sideA.clear();
          f.sideA.addAll(speaker);
        }
      }
      if (!f.sideA.isEmpty() && !f.symmetric) {
        lastVerbSubject = f.sideA;
        lastVerbTrigger = t;
      }
      out.add(f);
      Finding next = stopsToFollow(v, f);
      if (next != null) {
        out.add(next);
      }
    }
    visitingWithoutContactWord(v, out);
    if (out.size() > 1) {
      // "In a phone call, X and Y discussed ...": the discussion is the contact another word states
      out.removeIf(f -> f.frame == Frame.DISCUSS);
    }
    return out;
  }

  /**
   * "the presidents of Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan": the states listed after the first
   * that a group of officials names, each added to the side as a party of its own.
   */
  private static void listedMembers(SentenceView v, List<ActorRef> side) {
    for (int i = 0; i < side.size(); i++) {
      ActorRef g = side.get(i);
      if (g.kind != ActorRef.Kind.GROUP || g.country == null || g.secondCountry != null
          || !v.tok(g.end - 1).capitalized() || !v.inside(g.end) || !v.tok(g.end).isPunct(',')) {
        continue;
      }
      List<ActorRef> more = new ArrayList<>();
      boolean closed = false;
      int k = g.end;
      while (!closed && v.inside(k) && v.tok(k).isPunct(',')) {
        int s = v.is(k + 1, "and") ? k + 2 : k + 1;
        closed = s == k + 2;
        PlaceRef place = v.placeAt(s);
        if (place == null || place.start() != s) {
          break;
        }
        more.add(Parties.stateAt(place));
        k = place.end();
        if (!closed && v.is(k, "and") && v.placeAt(k + 1) != null && v.placeAt(k + 1).start() == k + 1) {
          more.add(Parties.stateAt(v.placeAt(k + 1)));
          k = v.placeAt(k + 1).end();
          closed = true;
        }
      }
      more.removeIf(m -> side.stream().anyMatch(a -> a.start == m.start)); // listed by the chain already
      if (closed) {
        side.addAll(i + 1, more);
        i += more.size();
      }
    }
  }

  private static final Set<String> LAST_STOP = Set.of("wraps", "ends", "finishes", "concludes", "winds");

  /**
   * "heads to Costa Rica on Tuesday, with Guatemala and the Dominican Republic to follow", "heads to Guatemala
   * for talks with Arevalo, and wraps up in the Dominican Republic": the stops after a trip's first, a trip of
   * their own by the same traveller.
   */
  private static Finding stopsToFollow(SentenceView v, Finding f) {
    if (f.type != EventType.VISIT || f.destinations.isEmpty()) {
      return null;
    }
    int k = f.destinations.get(f.destinations.size() - 1).end();
    while (v.inside(k) && Circumstances.whenWord(v, k)) {
      k++;
    }
    List<PlaceRef> stops = List.of();
    if (v.inside(k) && v.tok(k).isPunct(',') && v.is(k + 1, "with")) {
      stops = Parties.placesFrom(v, k + 2);
      int end = stops.isEmpty() ? -1 : stops.get(stops.size() - 1).end();
      if (end < 0 || !(v.is(end, "to") && v.is(end + 1, "follow"))) {
        return null;
      }
    }
    for (int q = k; stops.isEmpty() && q < Math.min(v.to - 3, k + 14); q++) {
      if (v.tok(q).isPunct(',') && v.is(q + 1, "and")) {
        int verb = v.is(q + 2, "then") ? q + 3 : q + 2;
        int in = v.is(verb + 1, "up") ? verb + 2 : verb + 1;
        if (LAST_STOP.contains(v.norm(verb)) && v.is(in, "in")) {
          stops = Parties.placesFrom(v, in + 1);
        }
        break;
      }
    }
    if (stops.isEmpty()) {
      return null;
    }
    Finding next = new Finding(f.frame, f.trigger, EventType.VISIT);
    next.sideA.addAll(f.sideA);
    next.destinations.addAll(stops);
    return next;
  }

  /** "after talks with", "following a phone call with", "after meeting": the contact at t told as what came before. */
  private static boolean afterContact(SentenceView v, int t) {
    int k = t - 1;
    while (k >= v.from && k > t - 4 && v.tok(k).lowercase() && v.tok(k).isWord() && !v.is(k, "after")
        && !v.is(k, "following")) {
      k--;
    }
    return v.is(k, "after") || v.is(k, "following");
  }

  /** No subject was found for a contact, or only one of the same country as the one met. */
  private static boolean noOtherSide(Finding f) {
    for (ActorRef a : f.sideA) {
      if (a.country == null || f.sideB.stream().noneMatch(b -> a.country.equals(b.country))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The one subject found for a contact is the other party of a contact before it in the sentence, with a
   * comma between them: "talks with the Emir, and then to Jeddah to meet", "to meet Zelensky, a day after
   * talks with Putin". Someone met is not the subject of what follows the comma.
   */
  private static boolean objectEarlier(SentenceView v, Finding f, int t, List<Finding> found) {
    if (f.sideA.size() != 1) {
      return false;
    }
    ActorRef a = f.sideA.get(0);
    int comma = a.end;
    while (comma < t && !v.tok(comma).isPunct(',')) {
      comma++;
    }
    if (comma >= t || v.is(comma + 1, "who")) {
      return false; // but "met Zelensky, who had flown to Japan": the clause is about the one met
    }
    for (Finding e : found) {
      if (!e.symmetric && e.sideB.contains(a) && !e.sideA.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "will travel to Tanzania, ..., and then to Zambia for talks with President Hichilema": talks "for"
   * which someone travels to a place are the traveller's.
   */
  private static List<ActorRef> travellerTo(PlaceRef place, List<Finding> found) {
    if (place == null) {
      return null;
    }
    for (Finding f : found) {
      if (f.type == EventType.VISIT && f.destinations.contains(place)) {
        if (!f.sideA.isEmpty()) {
          return f.sideA;
        }
        if (f.frame == Frame.SEND && f.envoy != null) {
          return List.of(f.envoy); // "will take the French president to Angola ... and to Congo for talks with"
        }
      }
    }
    return null;
  }

  /** The place right before the "for" of a contact noun, time words apart: "to Congo later on Friday for talks". */
  private static PlaceRef placeBeforeFor(SentenceView v, int t) {
    int k = t - 2;
    while (k > v.from && Circumstances.whenWord(v, k)) {
      k--;
    }
    PlaceRef place = v.is(t - 1, "for") ? v.placeAt(k) : null;
    return place != null && place.end() == k + 1 ? place : null;
  }

  /**
   * "President Tokayev and visiting German Chancellor Olaf Scholz agreed ...": a visiting official
   * beside an official of another country is on a visit to that country, though no contact word says so.
   */
  private static void visitingWithoutContactWord(SentenceView v, List<Finding> out) {
    for (ActorRef visitor : v.actors) {
      if (!visitor.visiting || !visitor.official || visitor.country == null || inFinding(visitor, out)) {
        continue;
      }
      ActorRef host = null;
      for (ActorRef other : v.actors) {
        if (other != visitor && other.official && other.country != null && !other.org
            && !other.country.equals(visitor.country) && other.kind != ActorRef.Kind.PAIR
            && (host == null || Math.abs(other.start - visitor.start) < Math.abs(host.start - visitor.start))) {
          host = other;
        }
      }
      if (host == null) {
        continue;
      }
      int visiting = visitor.start - 1;
      while (visiting > v.from && !v.is(visiting, "visiting")) {
        visiting--;
      }
      Finding f = new Finding(Frame.VISITING, visiting, EventType.VISIT);
      f.sideA.add(visitor);
      f.sideB.add(host);
      f.hostIsB = true;
      out.add(f);
    }
  }

  /** Hosting the leaders of two countries at once is a trilateral summit, no bilateral contact. */
  private static int distinctCountries(List<ActorRef> actors) {
    Set<String> countries = new HashSet<>();
    for (ActorRef a : actors) {
      if (a.country != null) {
        countries.add(a.country);
      }
      if (a.secondCountry != null) {
        countries.add(a.secondCountry);
      }
    }
    return countries.size();
  }

  private static boolean inFinding(ActorRef a, List<Finding> findings) {
    for (Finding f : findings) {
      if (f.sideA.contains(a) || f.sideB.contains(a) || f.envoy == a) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBoth(List<TriggerWord> words) {
    boolean noun = false;
    boolean verb = false;
    for (TriggerWord w : words) {
      if (w.tense() == Tense.NOUN) {
        noun = true;
      } else {
        verb = true;
      }
    }
    return noun && verb;
  }

  private boolean nounContext(SentenceView v, int t) {
    int p = t - 1;
    if (p < v.from) {
      return false;
    }
    Token prev = v.tok(p);
    if (prev.isPossessive() || prev.kind == Token.Kind.NUMBER) {
      return true;
    }
    if (prev.isPunct('-')) {
      return true;
    }
    if ((prev.is("after") || prev.is("before")) && v.is(t, "meeting") && v.actorAt(t + 1) != null
        && v.actorAt(t + 1).start == t + 1) {
      return false; // "announced on Tuesday after meeting Japan's negotiator": a gerund with its object
    }
    if (LIGHT_VERBS.contains(prev.norm) || PREPOSITIONS.contains(prev.norm)
        || Circumstances.PHONE.contains(prev.norm) || INCLUDES.contains(prev.norm)) {
      return true; // "his schedule includes talks with Kishida"
    }
    if (prev.has(Token.TRIGGER_NOUN) && prev.lowercase() && p > v.from
        && (LIGHT_VERBS.contains(v.norm(p - 1)) || v.tok(p - 1).has(Token.DETERMINER | Token.POSSESSIVE_PRONOUN))) {
      return true; // "held summit talks with Xi"
    }
    if (prev.is("and") && v.inside(p - 1) && (v.tok(p - 1).capitalized() && v.actorAt(p - 1) == null
        && v.placeAt(p - 1) == null || v.tok(p - 1).has(Token.TRIGGER_NOUN))) {
      return true; // "for the Global Entrepreneurship Summit and talks with Najib"
    }
    if (VERB_OPENERS.contains(prev.norm) && !(prev.is("first") && p > v.from
        && (v.tok(p - 1).has(Token.DETERMINER | Token.POSSESSIVE_PRONOUN) || v.tok(p - 1).isPossessive()))) {
      return false; // but "his first talks", "Modi's first meeting with Wong": a noun
    }
    ActorRef a = v.actorAt(p);
    if (a != null && a.kind != ActorRef.Kind.PRONOUN) {
      return v.tok(a.end - 1).isPossessive();
    }
    if (a != null) {
      return a.pronoun.equals("his") || a.pronoun.equals("her") || a.pronoun.equals("their") || a.pronoun.equals("its");
    }
    if (v.placeAt(p) != null) {
      return true;
    }
    int words = 0;
    for (int k = p; k >= v.from && words < 5; k--) {
      Token x = v.tok(k);
      boolean compound = x.isPunct('-') || k < p && v.tok(k + 1).isPunct('-')
          || k > v.from && v.tok(k - 1).isPunct('-');
      if (!x.isPunct('-') && !(k < p && v.tok(k + 1).isPunct('-'))) {
        words++; // "face-to-face" is one word
      }
      if (compound && !x.has(Token.DETERMINER | Token.POSSESSIVE_PRONOUN)) {
        continue;
      }
      if (x.has(Token.DETERMINER | Token.POSSESSIVE_PRONOUN)) {
        return true;
      }
      if ((LIGHT_VERBS.contains(x.norm) || PREPOSITIONS.contains(x.norm)) && k < p) {
        return true; // "held separate talks", "in Istanbul for direct talks with Ukraine"
      }
      if (NOUN_OPENERS.contains(x.norm) && k > v.from
          && v.tok(k - 1).has(Token.DETERMINER | Token.POSSESSIVE_PRONOUN)) {
        return true; // "his first face-to-face talks"
      }
      if (!(x.lowercase() || x.isPunct('-') || x.kind == Token.Kind.NUMBER) || VERB_OPENERS.contains(x.norm)
          || LIGHT_VERBS.contains(x.norm) || x.has(Token.TRIGGER)) {
        break;
      }
    }
    return NOUN_OPENERS.contains(prev.norm) || prev.lowercase() && (prev.norm.endsWith("al") || prev.norm.endsWith("ic")
        || prev.norm.endsWith("ful") || prev.norm.endsWith("level"));
  }

  private static final Set<Frame> MET_FRAMES = EnumSet.of(Frame.MEET_NOUN, Frame.MEET_VERB, Frame.TALK,
      Frame.DISCUSS, Frame.SIGN, Frame.CALL_NOUN, Frame.CALL_VERB);

  /**
   * "at the invitation of President Lula, with whom he is expected to hold a bilateral meeting", "Prime
   * Minister Davis, with whom he later held talks": the one named before ", with whom" is met by the subject
   * right after it.
   */
  private static Finding withWhom(SentenceView v, int t, TriggerWord w) {
    if (!MET_FRAMES.contains(w.frame())) {
      return null;
    }
    for (int k = t - 1; k >= Math.max(v.from + 3, t - 8); k--) {
      if (v.is(k, "whom") && v.is(k - 1, "with") && v.tok(k - 2).isPunct(',')) {
        ActorRef met = v.actorAt(k - 3);
        ActorRef subject = v.actorAt(k + 1);
        if (met == null || met.end != k - 2 || subject == null || subject.start != k + 1) {
          return null;
        }
        // a discussion here is the contact itself, not one another word of the sentence states
        Finding f = new Finding(w.frame() == Frame.DISCUSS ? Frame.MEET_VERB : w.frame(), t, w.type());
        f.nominal = w.tense() == Tense.NOUN;
        List<ActorRef> main = subject.kind == ActorRef.Kind.PRONOUN ? Parties.mainSubject(v, k - 2) : List.of();
        f.sideA.addAll(main.isEmpty() ? List.of(subject) : main); // "he" is not the one met
        f.sideB.add(met);
        return f;
      }
      if (v.tok(k).kind == Token.Kind.PUNCT) {
        return null;
      }
    }
    return null;
  }

  /**
   * "flying to Muscat on Monday to meet X": an infinitive of purpose after a movement whose places
   * lie between them shares the mover as subject; an official named in between breaks the link.
   */
  private static boolean purposeOf(SentenceView v, int t, int lastTrigger) {
    if (lastTrigger < 0 || !v.is(t - 1, "to") || v.tok(lastTrigger).has(Token.TRIGGER_NOUN)) {
      return false;
    }
    for (int k = lastTrigger + 1; k < t - 1; k++) {
      if (v.actorAt(k) != null || v.tok(k).isPunct(',') || v.tok(k).isPunct(';')) {
        return false;
      }
    }
    return true;
  }

  private Finding read(SentenceView v, int t, TriggerWord w, List<ActorRef> purposeSubject,
      List<ActorRef> lastVerbSubject) {
    Finding whom = withWhom(v, t, w);
    Finding f = whom != null ? whom : switch (w.frame()) {
      case VISIT_VERB -> w.tense() == Tense.NOUN ? visitNoun(v, t)
          : MAKE.contains(v.norm(t)) ? madeTheStop(v, t) : visitVerb(v, t, v.inside(t + 1) ? t + 1 : t);
      case MOVE_TO -> moveTo(v, t);
      case ARRIVE -> arrive(v, t);
      case VISIT_NOUN -> visitNoun(v, t);
      case SEND -> send(v, t);
      case INVITE -> invite(v, t);
      case MEET_VERB -> meetVerb(v, t);
      case MEET_NOUN -> meetNoun(v, t, w);
      case HOST -> host(v, t);
      case TALK -> talk(v, t);
      case CALL_NOUN -> callNoun(v, t);
      case CALL_VERB -> callVerb(v, t, w);
      case SIGN -> sign(v, t);
      case BE_IN -> beIn(v, t, w);
      case PHONE_ADVERB -> phoneAdverb(v, t);
      case DISCUSS -> discuss(v, t);
      case VISITING -> null;
    };
    if (f == null) {
      return null;
    }
    if (!f.destinations.isEmpty() && f.frame != Frame.INVITE && !Circumstances.bilateralVisit(v, t)
        && multilateralPurpose(v, f.destinations.get(f.destinations.size() - 1).end())
        && !Circumstances.unplacedBilateralVisit(v) && !hostedThere(v, f.destinations.get(f.destinations.size() - 1))) {
      int n = f.destinations.size();
      if (n == 1) {
        return null;
      }
      // "to Argentina, where he will be received by ..., and then to Brazil to attend the BRICS summit", "before
      // visiting Mozambique and then South Africa for the BRICS summit": the summit is the last stop's only
      f.destinations.remove(n - 1);
    }
    if (f.sideA.isEmpty() && !f.symmetric && purposeSubject != null && !f.nominal) {
      f.sideA.addAll(purposeSubject);
    }
    if (f.sideA.isEmpty() && !f.symmetric && !f.nominal) {
      f.sideA.addAll(Circumstances.invitationAccepted(v, t));
    }
    if (f.sideA.isEmpty() && !f.symmetric) {
      int light = f.nominal ? Circumstances.lightVerb(v, t) : -1;
      List<ActorRef> a = light >= 0 ? Parties.coordinatedSubject(v, light, lastVerbSubject, false)
          : Parties.coordinatedSubject(v, t, lastVerbSubject, f.nominal);
      if (a.isEmpty() && lastVerbSubject == null && modalAfterAnd(v, light >= 0 ? light : t)) {
        // "Modi will travel to Kazan for the summit ... and will hold a bilateral meeting with Putin there"
        a = Parties.mainSubject(v, light >= 0 ? light : t);
      }
      if (a.isEmpty() && !f.nominal && spentTimeDoing(v, t)) {
        a = Parties.leftChain(v, t); // "he and Vance had spent the previous 48 hours speaking with Sharif"
      }
      ActorRef tripOwner = a.isEmpty() && f.type == EventType.VISIT && !f.nominal ? Parties.tripOwner(v, t) : null;
      if (tripOwner != null) {
        a = List.of(tripOwner); // "the minister's tour will continue to Gabon and Angola"
      }
      if (a.isEmpty() && (f.nominal || !Parties.thingAsSubject(v, t))) {
        a = Parties.leftChain(v, f.nominal ? Parties.ownerStart(v, t) : t);
        if (!f.nominal && !a.isEmpty() && objectOfVerbBeforeIng(v, a.get(0), t)) {
          a = Parties.sentenceSubject(v); // "Hochstein was to see Berri again before travelling on to Israel"
        } else if (!f.nominal && !a.isEmpty() && subjectlessClause(v, a.get(a.size() - 1).end, t)) {
          // "Anutin was to skip it after remarks by Hun Manet, but decided to fly to Kuala Lumpur": Anutin's trip
          List<ActorRef> main = Parties.mainSubject(v, t);
          a = main.isEmpty() ? a : main;
        } else if (!f.nominal && !a.isEmpty() && v.is(a.get(0).start - 1, "as") && a.get(0).name == null
            && !v.tok(a.get(0).start).has(Token.DETERMINER)) {
          // "Scholz, fresh from his first White House visit as chancellor, will travel": an office, not who;
          // "as the Japanese leader made Malaysia the first stop": a clause of its own
          a = Parties.sentenceSubject(v);
        } else if (!f.nominal && !a.isEmpty() && v.is(a.get(0).start - 1, "by") && v.is(t - 1, "and")) {
          // "attended the summit, hosted by President Bongo, and stopped in Luanda": not Bongo's stop
          a = Parties.mainSubject(v, a.get(0).start);
        } else if (!f.nominal && a.isEmpty() && ingAfterBeforeOrAfter(v, t)) {
          ActorRef speaker = SPEECH.contains(v.norm(t - 2)) ? v.actorAt(t - 3) : null;
          // "..., Anwar said after hosting the leaders": the speaker; "From the US, he is due to fly to Lima ...,
          // before traveling to London": the main subject
          a = speaker != null && speaker.end == t - 2 && Parties.party(speaker) ? List.of(speaker)
              : Parties.mainSubject(v, t);
        }
        if (f.nominal && lastVerbSubject != null && !a.isEmpty() && (Circumstances.timePreposition(v, t) >= 0
            || Circumstances.stageOfJourney(v, t)) && objectOfVerb(v, a.get(0))) {
          a = lastVerbSubject; // "met Chinese President Xi Jinping, days after a trip to Moscow": the subject's trip
        } else if (f.nominal && lastVerbSubject != null && !a.isEmpty() && v.is(a.get(0).start - 1, "from")) {
          // "received a welcome from Vucic on Tuesday after two days of talks with Macron": the subject's talks
          a = lastVerbSubject;
        }
      }
      if (a.isEmpty() && f.nominal) {
        a = speakerBefore(v, t); // "Putin said at a joint news conference with Erdogan"
      }
      if (a.isEmpty()) {
        a = Parties.preposedSubject(v, f);
      }
      f.sideA.addAll(a);
    }
    if (f.location == null) {
      f.location = Circumstances.location(v, t);
    }
    return f;
  }

  /** "spent the previous 48 hours speaking with": the -ing form after time spent, whose subject spent it. */
  private static boolean spentTimeDoing(SentenceView v, int t) {
    if (!v.norm(t).endsWith("ing")) {
      return false;
    }
    for (int k = t - 1; k >= Math.max(v.from, t - 6); k--) {
      if (v.is(k, "spent") || v.is(k, "spend") || v.is(k, "spends") || v.is(k, "spending")) {
        return k < t - 1;
      }
      if (!(v.tok(k).lowercase() || v.tok(k).kind == Token.Kind.NUMBER) || v.actorAt(k) != null) {
        return false;
      }
    }
    return false;
  }

  /**
   * "before travelling", "after flying": the -ing form after such a word takes the subject of the main
   * clause, so an actor found next to it that is the object of a verb before it is not the traveller.
   */
  private static boolean objectOfVerbBeforeIng(SentenceView v, ActorRef a, int t) {
    int p = a.start - 1;
    return ingAfterBeforeOrAfter(v, t) && v.inside(p) && v.tok(p).lowercase() && v.tok(p).isWord()
        && !v.is(p, "and") && !v.is(p, "or")
        && a.start > v.from;
  }

  /** "and will hold", "and would also visit": a second predicate of the sentence's subject. */
  private static boolean modalAfterAnd(SentenceView v, int p) {
    int k = p - 1;
    while (k > v.from && ADVERBS.contains(v.norm(k))) {
      k--;
    }
    return (v.is(k, "will") || v.is(k, "would") || v.is(k, "shall")) && v.is(k - 1, "and");
  }

  private static final Set<String> SPOKEN_AT = Set.of("at", "during", "after", "following");

  /**
   * "Putin said at a joint news conference with Erdogan", "Lavrov told reporters after talks with Wang": who
   * spoke, when a contact noun follows "said at", "said after" or "told reporters after".
   */
  private static List<ActorRef> speakerBefore(SentenceView v, int t) {
    int k = t - 1;
    while (k > v.from && k > t - 5 && v.tok(k).lowercase() && !SPOKEN_AT.contains(v.norm(k))) {
      k--;
    }
    if (!SPOKEN_AT.contains(v.norm(k))) {
      return List.of();
    }
    int verb = v.is(k - 1, "reporters") || v.is(k - 1, "journalists") ? k - 2 : k - 1;
    ActorRef speaker = SPEECH.contains(v.norm(verb)) ? v.actorAt(verb - 1) : null;
    return speaker != null && speaker.end == verb && Parties.party(speaker) && speaker.kind != ActorRef.Kind.PAIR
        ? List.of(speaker) : List.of();
  }

  private static boolean ingAfterBeforeOrAfter(SentenceView v, int t) {
    return v.norm(t).endsWith("ing") && (v.is(t - 1, "before") || v.is(t - 1, "after"));
  }

  /** An actor right after a contact verb or "with": the verb's object, not its subject. */
  private static boolean objectOfVerb(SentenceView v, ActorRef a) {
    int p = a.start - 1;
    return v.inside(p) && v.tok(p).lowercase() && (v.tok(p).has(Token.TRIGGER) || v.is(p, "with"));
  }

  // ---- visits ----

  private Finding visitVerb(SentenceView v, int t, int p) {
    return visitVerb(v, t, p, Frame.VISIT_VERB);
  }

  /** "visit Beijing", or with {@code Frame.MOVE_TO} "travel to Beijing": the destinations from {@code p}. */
  private Finding visitVerb(SentenceView v, int t, int p, Frame frame) {
    p = placeNounOf(v, p);
    if (v.is(p, "the") && v.placeAt(p + 1) == null && v.placeAt(p) == null
        && Parties.unknownPlaceOf(v, p + 1) == null) {
      return null;
    }
    List<PlaceRef> dest = Parties.placesFrom(v, p);
    if (dest.isEmpty()) {
      return null;
    }
    Finding f = new Finding(frame, t, EventType.VISIT);
    f.destinations.addAll(dest);
    return f;
  }

  private static final Set<String> MAKE = Set.of("make", "makes", "made", "making");
  private static final Set<String> ORDINALS = Set.of("first", "last", "final", "next", "second", "third", "maiden",
      "only", "opening");

  /** "made Malaysia the first stop of his trip", "making India their first port of call": a stop on a trip. */
  private Finding madeTheStop(SentenceView v, int t) {
    PlaceRef first = v.placeAt(t + 1);
    if (first == null || first.start() != t + 1) {
      return null;
    }
    List<PlaceRef> dest = Parties.placesFrom(v, t + 1);
    int k = dest.get(dest.size() - 1).end();
    k = v.is(k, "the") || v.inside(k) && v.tok(k).has(Token.POSSESSIVE_PRONOUN) ? k + 1 : k;
    k = ORDINALS.contains(v.norm(k)) ? k + 1 : k;
    boolean stop = v.is(k, "stop") || v.is(k, "stopover") || v.is(k, "destination")
        || v.is(k, "port") && v.is(k + 1, "of") && v.is(k + 2, "call");
    if (!stop) {
      return null;
    }
    Finding f = new Finding(Frame.VISIT_VERB, t, EventType.VISIT);
    f.destinations.addAll(dest);
    return f;
  }

  private static final Set<String> CAUSATIVE = Set.of("allow", "allows", "allowed", "allowing", "enable", "enables",
      "enabled", "enabling", "permit", "permits", "permitted", "force", "forces", "forced", "let", "lets");

  /**
   * "a treaty that will allow up to 280 Tuvaluans a year to move to Australia": the one allowed to move is named
   * between the causative verb and "to", and is no official when no actor stands there.
   */
  private static boolean causedToMove(SentenceView v, int t) {
    if (!v.is(t - 1, "to")) {
      return false;
    }
    for (int k = t - 2; k >= Math.max(v.from, t - 10); k--) {
      if (v.actorAt(k) != null || v.tok(k).isPunct(',')) {
        return false;
      }
      if (CAUSATIVE.contains(v.norm(k))) {
        return k < t - 2;
      }
    }
    return false;
  }

  private Finding moveTo(SentenceView v, int t) {
    String verb = v.norm(t);
    if (causedToMove(v, t)) {
      return null;
    }
    boolean setOff = verb.startsWith("head") || verb.startsWith("lea") || verb.equals("left")
        || verb.startsWith("depart");
    int p = skipAdverbs(v, t + 1);
    PlaceRef origin = v.placeAt(p);
    if (setOff && origin != null && origin.start() == p && v.is(skipAdverbs(v, origin.end()), "for")) {
      p = skipAdverbs(v, origin.end());
    } else if (setOff && v.is(p, "the") && v.inside(p + 1) && v.tok(p + 1).isWord()
        && v.is(skipAdverbs(v, p + 2), "for") && v.placeAt(skipAdverbs(v, p + 2) + 1) != null) {
      p = skipAdverbs(v, p + 2); // "is scheduled to leave the Kingdom on Monday for Israel"
    }
    String prep = v.norm(p);
    if (verb.startsWith("return") && prep.equals("from")) {
      return visitVerb(v, t, p + 1);
    }
    if ((v.is(p, "home") || v.is(p, "back")) && v.is(skipAdverbs(v, p + 1), "from")
        && (verb.endsWith("ed") || verb.equals("flew") || verb.equals("came") || verb.equals("went"))) {
      // "flew home from Pyongyang on Monday after a trip"; "will return home from Kazakhstan" is no trip to come
      return visitVerb(v, t, skipAdverbs(v, p + 1) + 1);
    }
    int leg = previousLeg(v, p);
    if (leg > 0) {
      return visitVerb(v, t, leg);
    }
    PlaceRef start = v.is(p, "from") ? v.placeAt(p + 1) : null;
    if (start != null && start.start() == p + 1 && v.is(skipAdverbs(v, start.end()), "to")) {
      p = skipAdverbs(v, start.end()); // "heads from India to the United States next week"
      prep = "to";
    }
    PlaceRef here = v.placeAt(p);
    if (prep.equals("in") && here != null && here.start() == p) {
      return visitVerb(v, t, p, Frame.MOVE_TO); // "flew in for the talks", on a dateline
    }
    boolean to = (prep.equals("to") || prep.equals("into")) && !verb.startsWith("lea") && !verb.equals("left")
        && !verb.startsWith("depart");
    if (!(to || setOff && prep.equals("for"))) {
      return null;
    }
    if (lex.triggers(v.norm(p + 1)) != null && v.placeAt(p + 1) == null) {
      return null;
    }
    PlaceRef place = v.placeAt(p + 1);
    if (place != null && v.inside(place.end() + 1) && v.tok(place.end()).isPossessive()
        && AID.contains(v.norm(place.end() + 1))) {
      return null; // "will come to Tuvalu's aid": help, not a trip
    }
    Finding f = withPreviousLeg(v, visitVerb(v, t, p + 1, Frame.MOVE_TO));
    if (f != null && verb.startsWith("return") && place != null && Parties.mainSubject(v, t).stream()
        .anyMatch(a -> a.definite && !place.code().equals(a.country))) {
      return null; // "The Prime Minister will return to New Delhi": India's own, whoever was named last
    }
    return f;
  }

  /**
   * "the Russian Black Sea resort of Sochi", "the port city of Gwadar": where the place after "of"
   * begins, or p when the words from p are no such description.
   */
  private static int placeNounOf(SentenceView v, int p) {
    int kin = Parties.pastKinship(v, p);
    if (kin > p) {
      return kin; // "the sister Kingdom of Saudi Arabia"
    }
    if (v.is(p, "a") || v.is(p, "an")) {
      return describedPlace(v, p);
    }
    if (!v.is(p, "the")) {
      return p;
    }
    for (int k = p + 1; k < Math.min(v.to, p + 7); k++) {
      if (v.is(k, "of") && PLACE_NOUNS.contains(v.norm(k - 1)) && v.placeAt(k + 1) != null
          && v.placeAt(k + 1).start() == k + 1) {
        return k + 1;
      }
      if (!v.tok(k).isWord() && !v.tok(k).isPunct('-')) {
        return p;
      }
    }
    return p;
  }

  /**
   * "a fog-shrouded Hangzhou", "a snowy Moscow": where the place after the article and its lower-case
   * description begins, or p when no place ends the phrase ("a Beijing hospital" is no place).
   */
  private static int describedPlace(SentenceView v, int p) {
    int k = p + 1;
    while (k < Math.min(v.to, p + 5) && v.placeAt(k) == null
        && (v.tok(k).isWord() && !v.tok(k).capitalized() && !PREPOSITIONS.contains(v.norm(k)) && !v.is(k, "the")
        || v.tok(k).isPunct('-'))) {
      k++; // but "reach a ceasefire in the Gaza Strip" describes no place
    }
    PlaceRef place = v.placeAt(k);
    if (k == p + 1 || place == null || place.start() != k) {
      return p;
    }
    int after = place.end();
    boolean ends = !v.inside(after) || !v.tok(after).isWord() || PREPOSITIONS.contains(v.norm(after))
        || Circumstances.timeWord(v, after) || v.is(after, "aboard") || v.is(after, "and");
    return ends ? k : p;
  }

  /** Skips "onward", "back", "later", "late on Wednesday" and the like after a verb of moving. */
  private static int skipAdverbs(SentenceView v, int p) {
    while (v.is(p, "on") && v.is(p + 1, "to") || v.is(p, "onward") || v.is(p, "onwards") || v.is(p, "back")
        || v.is(p, "directly") || v.is(p, "straight") || v.is(p, "later") || v.is(p, "tomorrow")
        || v.is(p, "this") && Circumstances.timeWord(v, p + 1) || Circumstances.timeWord(v, p)
        || v.is(p, "on") && Circumstances.WEEKDAYS.contains(v.norm(p + 1))) {
      p++;
    }
    return p;
  }

  /**
   * "flew in from Panama, where on Sunday he told Mulino", "arrived from Tokyo, where he met": the place
   * the traveller comes from, when a "where" clause says what was done there; else -1. A bare origin
   * ("arrived from Cairo") says nothing of a stay, nor does a summit attended there.
   */
  private int previousLeg(SentenceView v, int p) {
    int in = v.is(p, "in") ? skipAdverbs(v, p + 1) : -1; // "flew in on Monday from Jordan, where"
    int way = wayBackFrom(v, p);
    int q = in > 0 && v.is(in, "from") ? in + 1 : v.is(p, "from") ? p + 1 : way;
    PlaceRef place = q < 0 ? null : v.placeAt(q);
    return place != null && place.start() == q && v.inside(place.end()) && v.tok(place.end()).isPunct(',')
        && v.is(place.end() + 1, "where") && !attendedThere(v, place.end() + 2) ? q : -1;
  }

  /** After "on Friday on his way back from" at p: where the place left begins, or -1. */
  private static int wayBackFrom(SentenceView v, int p) {
    int k = p;
    while (v.inside(k) && Circumstances.whenWord(v, k)) {
      k++;
    }
    if (!(v.is(k, "on") && v.inside(k + 1) && v.tok(k + 1).has(Token.POSSESSIVE_PRONOUN) && v.is(k + 2, "way"))) {
      return -1;
    }
    k += v.is(k + 3, "back") || v.is(k + 3, "home") ? 4 : 3;
    return v.is(k, "from") ? k + 1 : -1;
  }

  /** "where he attended the Group of Seven summit": a clause about a multilateral event attended. */
  private boolean attendedThere(SentenceView v, int p) {
    for (int k = p; k < Math.min(v.to, p + 6) && !v.tok(k).isPunct(','); k++) {
      if (v.norm(k).startsWith("attend") && multilateralNoun(v, k + 1)) {
        return true;
      }
    }
    return false;
  }

  private Finding arrive(SentenceView v, int t) {
    int p = t + 1;
    if (v.norm(t).startsWith("touch")) {
      if (!v.is(p, "down")) {
        return null; // "touched down in Kingston", not "touched on trade"
      }
      p++;
    } else if (v.norm(t).startsWith("stop")) {
      if (v.is(p, "over") || v.is(p, "off")) {
        p++; // "stopped over in Lahore"
      }
      if (!v.is(p, "in") && !v.is(p, "at")) {
        return null; // "stopped in Warsaw", not "stopped short of"
      }
    } else if (v.norm(t).startsWith("spen")) {
      p = stayLength(v, p);
      if (p < 0) {
        return null; // "will spend two days in Budapest", not "spent billions on"
      }
    }
    p = skipAdverbs(v, p); // "arrived on Tuesday in AlUla"
    int leg = previousLeg(v, p);
    if (leg > 0) {
      return visitVerb(v, t, leg);
    }
    String prep = v.norm(p);
    if (prep.equals("in") || prep.equals("at") || prep.equals("into") || prep.equals("on")) {
      p++;
    }
    return withPreviousLeg(v, visitVerb(v, t, p));
  }

  /**
   * "arrived in London from Rome, where on Tuesday he and Meloni agreed": the leg before the place
   * arrived at was a visit too, put first so that the arrival stays the last destination.
   */
  private Finding withPreviousLeg(SentenceView v, Finding f) {
    if (f == null || f.destinations.isEmpty()) {
      return f;
    }
    int leg = previousLeg(v, f.destinations.get(f.destinations.size() - 1).end());
    PlaceRef place = leg > 0 ? v.placeAt(leg) : null;
    if (place != null && !f.destinations.contains(place) && hostNamedAfter(v, place)) {
      f.destinations.add(0, place);
      f.cameFrom = place;
    }
    return f;
  }

  /**
   * "from Rome, where he and Italian Prime Minister Giorgia Meloni agreed": the clause after the place
   * names someone or somewhere of its country; "from Brussels, where he met the US President" does not.
   */
  private static boolean hostNamedAfter(SentenceView v, PlaceRef place) {
    int end = v.to;
    for (int k = place.end() + 2; k < v.to; k++) {
      if (v.tok(k).isPunct(';') || v.is(k, "before") || v.is(k, "and") && v.tok(k - 1).isPunct(',')) {
        end = k;
        break;
      }
    }
    for (ActorRef a : v.actors) {
      if (a.start > place.end() && a.end <= end && place.code().equals(a.country)) {
        return true;
      }
    }
    for (PlaceRef p : v.places) {
      if (p.start() > place.end() && p.end() <= end && place.code().equals(p.code())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> STAY_UNITS = Set.of("day", "days", "night", "nights", "week", "weeks", "weekend",
      "hours");

  /** "two days in", "the weekend in", "a week in": where "in" stands after the length of a stay, or -1. */
  private static int stayLength(SentenceView v, int p) {
    for (int k = p; k < Math.min(v.to, p + 4); k++) {
      if (STAY_UNITS.contains(v.norm(k))) {
        return v.is(k + 1, "in") ? k + 1 : -1;
      }
      if (!v.tok(k).isWord() && v.tok(k).kind != Token.Kind.NUMBER && !v.tok(k).isPunct('-')) {
        return -1;
      }
    }
    return -1;
  }

  /** "Lavrov is in Beijing", "was in Pyongyang last week", "is due in Moscow": an official somewhere. */
  private Finding beIn(SentenceView v, int t, TriggerWord w) {
    int p = t + 1;
    while (v.is(p, "also") || v.is(p, "already") || v.is(p, "still") || v.is(p, "again") || v.is(p, "briefly")) {
      p++; // "Araghchi was also in New Delhi on Thursday"
    }
    if (!(v.is(p, "in") || v.is(p, "at"))) {
      return w.tense() == Tense.PLAN ? dueWhere(v, t) : null;
    }
    Finding f = visitVerb(v, t, p + 1);
    if (f == null || w.tense() == Tense.PLAN) {
      return f;
    }
    for (ActorRef a : Parties.leftChain(v, t)) {
      if (a.kind == ActorRef.Kind.PERSON || a.kind == ActorRef.Kind.GROUP
          || a.kind == ActorRef.Kind.PRONOUN && !a.pronoun.equals("it")) {
        return f;
      }
    }
    return null;
  }

  /** "Next up is Tonga, where Wang is due on Tuesday": the place before "where" is the destination. */
  private static Finding dueWhere(SentenceView v, int t) {
    if (v.is(t + 1, "to") || v.is(t + 1, "for") || !v.is(t - 1, "is") && !v.is(t - 1, "are")) {
      return null;
    }
    List<ActorRef> travellers = Parties.leftChain(v, t - 1);
    if (travellers.isEmpty()) {
      return null;
    }
    int start = travellers.get(0).start;
    PlaceRef place = v.is(start - 1, "where") && v.inside(start - 2) && v.tok(start - 2).isPunct(',')
        ? v.placeAt(start - 3) : null;
    for (int k = start - 3; place == null && v.is(start - 1, "where") && k > Math.max(v.from, start - 14); k--) {
      if (v.tok(k).isPunct(',')) {
        place = v.placeAt(k - 1); // "His last stop is Ethiopia, home to the AU headquarters, where he is due"
        place = place != null && place.end() == k ? place : null;
        break;
      }
      if (v.actorAt(k) != null || v.placeAt(k) != null || v.tok(k).has(Token.TRIGGER)) {
        break; // an aside names no one and nowhere: "From Mongolia, Putin flies to ..., where Anwar is expected"
      }
    }
    if (place == null || place.code() == null) {
      return null;
    }
    Finding f = new Finding(Frame.VISIT_VERB, t, EventType.VISIT);
    f.sideA.addAll(travellers);
    f.destinations.add(place);
    return f;
  }

  /** "discussed Ukraine by phone", "with Y over the phone": the call is told by how it was held. */
  private Finding phoneAdverb(SentenceView v, int t) {
    boolean adverb = v.is(t - 1, "by") || v.is(t - 1, "via")
        || v.is(t - 1, "the") && (v.is(t - 2, "over") || v.is(t - 2, "on"));
    if (!adverb || v.is(t + 1, "call") || v.is(t + 1, "calls") || v.is(t + 1, "conversation")) {
      return null;
    }
    int start = v.is(t - 1, "the") ? t - 2 : t - 1;
    Finding f = new Finding(Frame.PHONE_ADVERB, t, EventType.CALL);
    f.nominal = true;
    for (int k = start - 1; k >= Math.max(v.from, start - 10); k--) {
      if (v.is(k, "with")) {
        f.sideB.addAll(Parties.rightChain(v, k + 1, true));
        f.sideA.addAll(Parties.leftChain(v, k));
        return f.sideB.isEmpty() ? null : f;
      }
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';')) {
        break;
      }
    }
    if (v.is(t + 1, "with") && v.is(t - 1, "the")) {
      // "he and Vance had spent 48 hours on the phone with Prime Minister Shehbaz Sharif, ..."
      f.sideB.addAll(Parties.rightChain(v, t + 2, true));
      f.sideA.addAll(Parties.leftChain(v, start));
      return f.sideB.isEmpty() || f.sideA.isEmpty() ? null : f;
    }
    f.symmetric = true;
    f.sideA.addAll(Parties.leftChain(v, start));
    if (f.sideA.isEmpty() && v.norm(v.from).endsWith("ing") && start - v.from < 4) {
      // "Speaking by phone on Tuesday, the foreign ministers of Japan and South Korea agreed": after the comma
      for (int k = t + 1; k < Math.min(v.to, t + 8) && f.sideA.isEmpty(); k++) {
        if (v.tok(k).isPunct(',')) {
          f.sideA.addAll(Parties.rightChain(v, k + 1, false));
        }
      }
    }
    if (Parties.partyCount(f.sideA) == 1 && f.sideA.get(0).end == Parties.topicStart(v, start)) {
      // "Macron informed Scholz by telephone", "would brief Trump on the outcome by telephone"
      f.sideA.addAll(0, Parties.subjectBeforeVerb(v, f.sideA.get(0).start));
    }
    return Parties.partyCount(f.sideA) >= 2 ? f : null;
  }

  /** "During their call, Biden and Xi discussed Taiwan": a call named in the phrase that opens the sentence. */
  private static boolean callOpening(SentenceView v, int t) {
    for (int k = v.from; k < t && !v.tok(k).isPunct(','); k++) {
      if (v.is(k, "call") || v.is(k, "calls")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Gargash and Araghchi also discussed bilateral relations", "discussed trade with his Indian
   * counterpart": officials of two countries discussing is a contact between them (by phone, a call).
   */
  private Finding discuss(SentenceView v, int t) {
    if (v.is(t - 1, "to") || v.is(t - 1, "be") || Circumstances.PHONE.contains(v.norm(t + 1))) {
      return null; // "to discuss" is a purpose; "by phone" is read by the phone frames
    }
    Finding f = new Finding(Frame.DISCUSS, t,
        Circumstances.phoneInClause(v, t) || callOpening(v, t) ? EventType.CALL : EventType.MEETING);
    for (int k = t + 1; k < Math.min(v.to, t + 12); k++) {
      boolean byPhone = Circumstances.PHONE.contains(v.norm(k)) && (v.is(k - 1, "by") || v.is(k - 1, "via"));
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';') || v.is(k, "that")
          || v.tok(k).has(Token.TRIGGER) && !byPhone) {
        break;
      }
      if (byPhone) {
        f.type = EventType.CALL; // "discussed the oil market by phone with Trump"
      }
      if (v.is(k, "with") && v.actorAt(k + 1) != null) {
        f.sideB.addAll(Parties.rightChain(v, k + 1, true));
        if (!f.sideB.isEmpty()) {
          f.sideB.addAll(secondWith(v, f.sideB.get(f.sideB.size() - 1).end));
        }
        return f.sideB.isEmpty() || v.actorAt(k + 1).kind == ActorRef.Kind.STATE ? null : f;
      }
    }
    if (frontedWith(v, t, f)) {
      return f;
    }
    f.symmetric = true;
    f.sideA.addAll(Parties.leftChain(v, t));
    // named officials only: "the two leaders discussed" restates a contact told before it
    boolean officials = f.sideA.stream().noneMatch(a -> a.kind == ActorRef.Kind.STATE || a.secondCountry != null
        || a.kind == ActorRef.Kind.PAIR);
    return officials && Parties.partyCount(f.sideA) >= 2 ? f : null;
  }

  /** The "by" after a visit's destination, past a time between them: "a visit to Niamey in early December by". */
  private static int byAfterTime(SentenceView v, int p) {
    if (v.is(p, "by")) {
      return p;
    }
    if (!(v.is(p, "in") || v.is(p, "on") || v.is(p, "last") || v.is(p, "earlier") || v.is(p, "this"))) {
      return -1;
    }
    for (int k = p + 1; k < Math.min(v.to, p + 5); k++) {
      if (v.is(k, "by")) {
        int w = k - 1;
        return Circumstances.timeWord(v, w) || DateResolver.isMonth(v, w) || v.tok(w).kind == Token.Kind.NUMBER
            || v.is(w, "week") || v.is(w, "month") || v.is(w, "year") ? k : -1;
      }
      if (!v.tok(k).isWord() && v.tok(k).kind != Token.Kind.NUMBER || v.actorAt(k) != null || v.placeAt(k) != null) {
        return -1;
      }
    }
    return -1;
  }

  private Finding visitNoun(SentenceView v, int t) {
    List<PlaceRef> dest = new ArrayList<>();
    List<ActorRef> by = new ArrayList<>();
    int p = t + 1;
    if (v.is(p, "by") || v.is(p, "of") && v.actorAt(p + 1) != null) {
      by = Parties.rightChain(v, p + 1, false);
      p = by.isEmpty() ? p : by.get(by.size() - 1).end;
    }
    ActorRef of = v.is(t + 1, "of") ? v.actorAt(t + 2) : null;
    if (of != null && of.start == t + 2 && of.kind == ActorRef.Kind.PERSON && !Parties.party(of)) {
      return null; // "the arrival of Hernan Cortes in Mexico": someone of no office
    }
    if (v.norm(t).startsWith("swing") && !v.is(p, "through")) {
      return null; // "a swing through Asia", not "a swing in the polls"
    }
    if (v.is(p, "to") || v.is(p, "of") || v.is(p, "in") || v.is(p, "through")) {
      dest = Parties.placesFrom(v, p + 1);
      int byAt = dest.isEmpty() || !by.isEmpty() ? -1 : byAfterTime(v, dest.get(dest.size() - 1).end());
      if (byAt >= 0) {
        by = Parties.rightChain(v, byAt + 1, false);
      }
    }
    if (dest.isEmpty() && (v.is(t, "tour") || v.is(t, "trip"))) {
      dest = new ArrayList<>(Circumstances.tourStops(v, p));
    }
    if (dest.isEmpty()) {
      int q = t - 1;
      while (q > v.from && (v.is(q, "state") || v.is(q, "official") || v.is(q, "working") || v.is(q, "planned")
          || v.is(q, "upcoming"))) {
        q--;
      }
      PlaceRef before = v.placeAt(q);
      if (before == null) {
        before = demonymBefore(v, q);
      }
      if (before != null && before.end() == q + 1) {
        int b = before.start() - 1;
        if (b >= v.from && (v.tok(b).isPossessive() || v.actorAt(b) != null || Set.of("a", "his", "her", "the")
            .contains(v.norm(b)))) {
          dest.add(before);
        }
      }
    }
    if (dest.isEmpty()) {
      PlaceRef where = whereBefore(v, t);
      if (where != null) {
        dest.add(where);
      }
    }
    if (dest.isEmpty() && !by.isEmpty()) {
      dest.addAll(placeOfSentence(v));
    } else if (dest.isEmpty() && (v.is(t - 1, "state") || v.is(t - 1, "official"))) {
      // "in Paramaribo on Monday, during her first state visit abroad": the place told before the visit
      placeOfSentence(v).stream().filter(place -> place.end() < t).forEach(dest::add);
    }
    if (dest.isEmpty()) {
      return null;
    }
    Finding f = new Finding(Frame.VISIT_NOUN, t, EventType.VISIT);
    f.nominal = true;
    f.destinations.addAll(dest);
    if (!by.isEmpty()) {
      f.sideA.addAll(by);
    } else {
      ActorRef owner = Parties.owner(v, t);
      if (owner != null) {
        f.sideA.add(owner);
      }
    }
    return withPreviousLeg(v, f);
  }

  /** "supplies to Turkey, where he was on a one-day state visit": the place the clause opens after. */
  private static PlaceRef whereBefore(SentenceView v, int t) {
    for (int k = t - 1; k > Math.max(v.from + 1, t - 10); k--) {
      if (v.tok(k).isPunct(',') || v.placeAt(k) != null) {
        return null;
      }
      if (v.is(k, "where") && v.tok(k - 1).isPunct(',')) {
        // the one on the visit is the subject after "where": not "where officials prepared for the visit"
        ActorRef subject = v.actorAt(k + 1);
        int be = subject == null ? -1 : subject.end;
        PlaceRef p = v.placeAt(k - 2);
        return p != null && p.end() == k - 1 && be > k && BE.contains(v.norm(be)) && v.is(be + 1, "on") ? p : null;
      }
    }
    return null;
  }

  /**
   * "Mr Trump's Saudi visit", "his Chinese trip": a demonym ending at q, after an owner, names where the
   * owner went. "the Chinese visit" alone could be China's own trip, so an owner must come first.
   */
  private static PlaceRef demonymBefore(SentenceView v, int q) {
    for (int s = q; s >= Math.max(v.from, q - 1); s--) {
      Mention m = v.mention(s);
      if (m != null && m.end() == q + 1 && m.kind() == Kind.DEMONYM && s > v.from
          && (v.tok(s - 1).isPossessive() || v.tok(s - 1).has(Token.POSSESSIVE_PRONOUN))) {
        return new PlaceRef(s, q + 1, m.code(), v.text(s, q + 1));
      }
    }
    return null;
  }

  /**
   * "Traffic will be restricted in Bishkek today in connection with the state visit of the Russian
   * President": a visit by someone, without a destination, is to the one place the sentence is "in".
   */
  private static List<PlaceRef> placeOfSentence(SentenceView v) {
    PlaceRef found = null;
    for (PlaceRef p : v.places) {
      if (v.is(p.start() - 1, "in")) {
        if (found != null && !found.code().equals(p.code())) {
          return List.of();
        }
        found = p;
      }
    }
    return found == null ? List.of() : List.of(found);
  }

  /** "received birthday congratulations by telephone from X and Y": a call from each. */
  private static Finding receivedByPhone(SentenceView v, int t) {
    for (int k = t + 1; k < Math.min(v.to - 2, t + 6); k++) {
      if (v.actorAt(k) != null || v.tok(k).isPunct(',')) {
        return null;
      }
      if (v.is(k, "by") && Circumstances.PHONE.contains(v.norm(k + 1)) && v.is(k + 2, "from")) {
        Finding f = new Finding(Frame.CALL_NOUN, t, EventType.CALL);
        f.sideB.addAll(Parties.rightChain(v, k + 3, true));
        f.callerIsB = true;
        return f.sideB.isEmpty() ? null : f;
      }
    }
    return null;
  }

  /** "hosted a working breakfast for Trump": where the guest after the meal's "for" begins, or p. */
  private static int mealFor(SentenceView v, int p) {
    if (!(v.is(p, "a") || v.is(p, "an") || v.is(p, "the"))) {
      return p;
    }
    for (int k = p + 1; k < Math.min(v.to, p + 5); k++) {
      if (MEALS.contains(v.norm(k))) {
        return v.is(k + 1, "for") ? k + 2 : p;
      }
      if (!v.tok(k).isWord() || !v.tok(k).lowercase()) {
        return p;
      }
    }
    return p;
  }

  /**
   * "received the credentials of newly arrived ambassadors, among them US Ambassador Jon Huntsman":
   * where the ambassador is named after "credentials of" (and after "among them" or "including" when
   * the ones before it have no country); p when no credentials follow.
   */
  private static int credentialsOf(SentenceView v, int p) {
    int c = v.is(p, "the") ? p + 1 : p;
    if (!v.is(c, "credentials") || !(v.is(c + 1, "of") || v.is(c + 1, "from"))) {
      return p;
    }
    int q = c + 2;
    ActorRef first = null;
    for (int k = q; k < Math.min(v.to, q + 4) && first == null; k++) {
      first = v.actorAt(k);
    }
    if (first != null && first.country == null) {
      for (int k = first.end; k < Math.min(v.to, first.end + 5); k++) {
        if (v.is(k, "among") && v.is(k + 1, "them") || v.is(k, "including")) {
          return v.is(k, "among") ? k + 2 : k + 1;
        }
      }
    }
    return q;
  }

  /** End of "for Eurasian affairs" after an envoy ("its special representative for Eurasian affairs"), or p. */
  private static int portfolioEnd(SentenceView v, int p) {
    if (!v.is(p, "for") && !v.is(p, "on")) {
      return p;
    }
    for (int k = p + 1; k < Math.min(v.to, p + 6); k++) {
      if (v.is(k, "affairs") || v.is(k, "issues") || v.is(k, "relations")) {
        ActorRef named = v.inside(k + 1) && v.tok(k + 1).isPunct(',') ? v.actorAt(k + 2) : null;
        if (named != null && named.start == k + 2 && v.inside(named.end) && v.tok(named.end).isPunct(',')) {
          return named.end + 1; // "its special representative for Eurasian affairs, Li Hui, to Ukraine"
        }
        return k + 1;
      }
      if (v.is(k, "to") || v.tok(k).isPunct(',')) {
        return p;
      }
    }
    return p;
  }

  /** "a special envoy to Ukraine": the country after "to" that ends an official's phrase, or null. */
  private static PlaceRef postedTo(SentenceView v, ActorRef a) {
    for (int k = a.start + 1; k + 1 < a.end; k++) {
      Mention m = v.is(k, "to") ? v.mention(k + 1) : null;
      if (m != null && m.start() == k + 1 && m.kind() == Kind.COUNTRY
          && (m.end() == a.end || v.is(m.end(), "and"))) { // "to Ukraine and other countries"
        return new PlaceRef(m.start(), m.end(), m.code(), v.text(m.start(), m.end()));
      }
    }
    return null;
  }

  private Finding send(SentenceView v, int t) {
    if (v.inside(t - 1) && v.tok(t - 1).isPunct('-') || v.is(t + 1, "by") || v.is(t - 1, "be")
        || BE.contains(v.norm(t - 1)) && v.norm(t).equals("led")) {
      return null;
    }
    for (int k = t + 1; k < Math.min(v.to, t + 7); k++) {
      ActorRef a = v.actorAt(k);
      if (a == null) {
        if (v.tok(k).isPunct('.') || v.tok(k).isPunct(';') || v.placeAt(k) != null) {
          return null;
        }
        continue;
      }
      boolean taken = (a.kind == ActorRef.Kind.PRONOUN || a.kind == ActorRef.Kind.PERSON)
          && v.norm(t).startsWith("t") && a.official && a.country != null;
      if (!taken
          && (a.kind != ActorRef.Kind.GROUP && a.kind != ActorRef.Kind.PERSON || a.role == null || !a.official)) {
        return null; // but "a tour that will take him to Angola", "take Mr Wang to Vanuatu": the one taken
      }
      int q = a.end;
      if (v.inside(q) && v.tok(q).isPunct(',')) {
        q++;
      }
      q = portfolioEnd(v, q);
      if (v.is(q, "led") && v.is(q + 1, "by")) {
        List<ActorRef> leaders = Parties.rightChain(v, q + 2, false);
        if (leaders.isEmpty()) {
          return null;
        }
        q = leaders.get(leaders.size() - 1).end;
        if (v.inside(q) && v.tok(q).isPunct(',')) {
          q++;
        }
      }
      PlaceRef posted = postedTo(v, a);
      if (posted == null && !v.is(q, "to")) {
        return null;
      }
      // "would send a special envoy to Ukraine": the country read into the envoy's title
      List<PlaceRef> dest = posted != null ? List.of(posted) : Parties.placesFrom(v, q + 1);
      if (dest.isEmpty()) {
        return null;
      }
      Finding f = new Finding(Frame.SEND, t, EventType.VISIT);
      f.destinations.addAll(dest);
      f.envoy = a;
      return f;
    }
    return null;
  }

  private Finding invite(SentenceView v, int t) {
    if (BE.contains(v.norm(t - 1))) {
      return null;
    }
    List<ActorRef> invitees = Parties.rightChain(v, t + 1, false);
    if (invitees.isEmpty()) {
      return null;
    }
    int q = invitees.get(invitees.size() - 1).end;
    if (v.is(q, "for") && visitAhead(v, q + 1)) {
      q = v.to; // "invited Ruto for a state visit": a visit to the host, with no place named
    } else if (!v.is(q, "to") || lex.triggers(v.norm(q + 1)) != null && v.placeAt(q + 1) == null) {
      return null;
    }
    Finding f = new Finding(Frame.INVITE, t, EventType.VISIT);
    for (int k = q + 1; k < Math.min(v.to, q + 10); k++) {
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';')) {
        break;
      }
      PlaceRef p = v.placeAt(k);
      if (p != null) {
        f.destinations.add(p);
        break;
      }
    }
    f.sideB.addAll(Parties.leftChain(v, t));
    f.sideA.addAll(invitees);
    f.hostIsB = true;
    if (f.sideB.isEmpty()) {
      return null;
    }
    return f;
  }

  /** "a state visit", "an official trip": a visit noun within the next few words. */
  private static boolean visitAhead(SentenceView v, int p) {
    for (int k = p; k < Math.min(v.to, p + 4); k++) {
      if (v.is(k, "visit") || v.is(k, "trip")) {
        return true;
      }
    }
    return false;
  }

  // ---- meetings ----

  private static final Set<String> SEE = Set.of("see", "sees", "saw");

  /**
   * "Milei saw Giorgia Meloni at Palazzo Chigi": a person seeing an official named right after the verb
   * (not "saw Putin as a threat", "saw Putin's visit", "saw a rise").
   */
  private static Finding saw(SentenceView v, int t) {
    ActorRef b = officialRightAfter(v, t);
    if (b == null || v.is(b.end, "as") || v.is(b.end, "fit") || v.is(b.end, "that") || !personSubject(v, t)) {
      return null;
    }
    Finding f = new Finding(Frame.MEET_VERB, t, EventType.MEETING);
    f.sideB.addAll(Parties.rightChain(v, t + 1, false));
    return f.sideB.isEmpty() ? null : f;
  }

  /** ", but decided to" or ", and then flew" between from and t: a clause that shares the sentence's subject. */
  private static boolean subjectlessClause(SentenceView v, int from, int t) {
    for (int k = from; k < t - 2; k++) {
      if (v.tok(k).isPunct(',') && (v.is(k + 1, "but") || v.is(k + 1, "and")) && v.tok(k + 2).lowercase()
          && v.tok(k + 2).isWord() && v.actorAt(k + 2) == null && !v.tok(k + 2).has(Token.DETERMINER)) {
        return true;
      }
    }
    return false;
  }

  /** One official named right after the verb, not as a possessive ("saw Putin's visit"). */
  private static ActorRef officialRightAfter(SentenceView v, int t) {
    ActorRef b = v.actorAt(t + 1);
    return b == null || b.start != t + 1 || b.kind != ActorRef.Kind.PERSON || !b.official
        || v.tok(b.end - 1).isPossessive() ? null : b;
  }

  /** A subject before the verb that is no state: "Milei saw Meloni", not "Russia saw Zelensky as a threat". */
  private static boolean personSubject(SentenceView v, int t) {
    List<ActorRef> subject = Parties.leftChain(v, t);
    return !subject.isEmpty() && subject.stream().noneMatch(a -> a.kind == ActorRef.Kind.STATE);
  }

  private static final Set<String> JOIN = Set.of("join", "joins", "joined", "joining");

  /**
   * "he had joined President Andrzej Duda in the town of Wieluń", "joined his host Narendra Modi for a lap
   * of the stadium": one official joined where or for something; not "joined Macron in condemning the
   * strike", "join his counterparts at a Quad meeting" or "joined Biden for a trilateral summit".
   */
  private static Finding joined(SentenceView v, int t) {
    ActorRef b = officialRightAfter(v, t);
    boolean where = b != null && (v.is(b.end, "in") || v.is(b.end, "at") || v.is(b.end, "for") || v.is(b.end, "on"))
        && !(v.inside(b.end + 1) && v.norm(b.end + 1).endsWith("ing"))
        && !(v.inside(b.end + 2) && MANY_SIDED.contains(v.norm(b.end + 2))); // "joined Biden for a trilateral"
    if (!where || !personSubject(v, t)) {
      return null;
    }
    Finding f = new Finding(Frame.MEET_VERB, t, EventType.MEETING);
    f.sideB.add(b);
    return f;
  }

  private static final Set<String> BRING = Set.of("bring", "brings", "brought", "bringing");

  /**
   * "The emir brought together Kagame and Tshisekedi in Doha", "a meeting that brought together X and Y": a
   * meeting of the two named after "together"; more than two are a gathering.
   */
  private static Finding broughtTogether(SentenceView v, int t) {
    if (!v.is(t + 1, "together") || (v.is(t - 1, "which") || v.is(t - 1, "that")) && !v.is(t, "brought")) {
      return null; // not "the committee, which brings together the two ministers": what a body is
    }
    Finding f = new Finding(Frame.MEET_VERB, t, EventType.MEETING);
    f.symmetric = true;
    f.sideA.addAll(Parties.rightChain(v, t + 2, false));
    return Parties.partyCount(f.sideA) == 2 && distinctCountries(f.sideA) == 2 ? f : null;
  }

  /**
   * Bodies of many members: "co-chaired the FIPIC summit with Marape" is no meeting of the two. Not
   * MULTILATERAL, where a "session" or a "ministerial" is many-sided: a joint commission's session is of two.
   */
  private static final Set<String> MANY_MEMBERS = Set.of("summit", "forum", "conference", "coalition", "assembly",
      "congress", "plenary", "roundtable", "convention", "gathering", "committee");

  /**
   * "Jaishankar and Saud co-chaired the Joint Commission in Kathmandu", "co-chaired the Strategic Partnership
   * Council with Modi": the two chairs of a body of two states meet. Chairing alone is no contact.
   */
  private static Finding coChaired(SentenceView v, int t) {
    int co = t - 2;
    if (!v.is(t - 1, "-") || !v.is(co, "co")) {
      return null;
    }
    for (int k = co - 1; k >= Math.max(v.from, co - 10); k--) {
      if (MANY_MEMBERS.contains(v.norm(k))) {
        return null; // "a UN conference that Paris is co-chairing with Saudi Arabia"
      }
    }
    int k = t + 1;
    for (; k < Math.min(v.to, t + 25) && !v.is(k, "with"); k++) {
      if (MANY_MEMBERS.contains(v.norm(k)) || v.tok(k).isPunct(',') || v.tok(k).isPunct(';')) {
        return null;
      }
    }
    Finding f = new Finding(Frame.MEET_VERB, t, EventType.MEETING);
    f.sideA.addAll(Parties.leftChain(v, co));
    if (v.is(k, "with")) {
      f.sideB.addAll(Parties.rightChain(v, k + 1, true));
      return f.sideB.isEmpty() ? null : f;
    }
    f.symmetric = true;
    return Parties.partyCount(f.sideA) == 2 ? f : null;
  }

  private static final Set<String> MEDIATED = Set.of("hosted", "brokered", "mediated", "convened");
  /** "with the mediation of X": X helped; the subjects met each other. */
  private static final Set<String> AIDED = Set.of("mediation", "help", "assistance", "facilitation",
      "participation", "support", "presence");

  private Finding meetVerb(SentenceView v, int t) {
    if (v.is(t, "summoned") && BE.contains(v.norm(t - 1))) {
      return summonedTo(v, t);
    }
    int p = t + 1;
    if (v.norm(t).startsWith("sh")) {
      if (!v.is(p, "hands")) {
        return null; // "shook hands with Kim", not "shook the region"
      }
      p++;
    }
    if (SEE.contains(v.norm(t))) {
      return saw(v, t);
    }
    if (JOIN.contains(v.norm(t))) {
      return joined(v, t);
    }
    if (BRING.contains(v.norm(t))) {
      return broughtTogether(v, t);
    }
    if (v.norm(t).startsWith("chair")) {
      return coChaired(v, t);
    }
    if (SIT.contains(v.norm(t))) {
      int q = p + 1;
      while (v.inside(q) && ADVERBS.contains(v.norm(q))) {
        q++; // "sat down separately with"
      }
      if (!v.is(p, "down")) {
        return null; // "sat down with Trump", "the two sat down together", not "sat in parliament"
      }
      // "Russian and Ukrainian negotiators sat down in Istanbul": the two subjects, as for "met in Istanbul"
      p = v.is(q, "together") ? q + 1 : v.is(q, "with") ? q : p + 1;
    }
    int dated = -1;
    while (v.inside(p) && (ADVERBS.contains(v.norm(p)) || v.is(p, "up") || Circumstances.timeWord(v, p)
        || Circumstances.duration(v, p) > p || atVenue(v, p) || Circumstances.onDateEnd(v, p) > p)) {
      // "met separately in the Oval Office with Netanyahu", "met on Wednesday (28) with Ali"
      if (dated < 0 && Circumstances.onDateEnd(v, p) > p) {
        dated = p;
      }
      p = atVenue(v, p) ? Circumstances.venue(v, p + 1)
          : Math.max(Math.max(p + 1, Circumstances.duration(v, p)), Circumstances.onDateEnd(v, p));
    }
    if (v.is(p, "in") && v.is(p + 1, "turn") && v.is(p + 2, "with")) {
      p += 2; // "met in turn with the presidents of Kyrgyzstan, Tajikistan ..."
    }
    if (v.is(p, "with") && v.is(p + 1, "the") && AIDED.contains(v.norm(p + 2))) {
      p = dated >= 0 ? dated : t + 1; // "met in Brussels on May 14 with the mediation of Charles Michel": no one met
    } else if (dated >= 0 && !v.is(p, "with")) {
      p = dated; // the date was read only to reach "with": "met in Brussels on August 31 for talks"
    }
    boolean with = v.is(p, "with");
    if (with) {
      p++;
      if (ownRetinue(v, p)) {
        return null; // "sitting down with their delegations": each side's own people
      }
    } else if (v.is(t - 1, "a") || v.is(t - 1, "the") || v.is(t - 1, "this") || v.is(t - 1, "that")) {
      return null; // "a meeting Beijing has warned could lead to confrontation": a noun, with no object
    }
    Finding f = new Finding(Frame.MEET_VERB, t, EventType.MEETING);
    f.sideB.addAll(Parties.rightChain(v, p, true));
    int n = f.sideB.size();
    if (n > 1 && v.is(f.sideB.get(n - 1).start - 1, "and") && Circumstances.verbAt(v, f.sideB.get(n - 1).end)) {
      f.sideB.remove(n - 1); // "Macron met Trump and Starmer was at the White House": Starmer's own clause
    }
    if (!f.sideB.isEmpty()) {
      // "met Macron in Paris and Scholz in Berlin"; after "with", further "with"s too
      int end = f.sideB.get(f.sideB.size() - 1).end;
      f.sideB.addAll(with ? secondWith(v, end) : Circumstances.objectAfterCircumstance(v, end));
    }
    if (f.sideB.isEmpty()) {
      f.symmetric = true;
      f.sideA.addAll(Parties.leftChain(v, t));
      if (Parties.partyCount(f.sideA) < 2
          || isMultilateralNear(v, p) && !(Parties.partyCount(f.sideA) == 2 && hostedGathering(v, p))) {
        return null;
      }
    }
    return f;
  }

  /**
   * "Ambassador Joel Meyer was summoned to the foreign ministry in Bamako", "was summoned by the Chinese
   * foreign ministry": the envoy met whoever summoned him, named after "by" or by the place he was called to.
   */
  private static Finding summonedTo(SentenceView v, int t) {
    List<ActorRef> envoys = Parties.leftChain(v, t);
    if (envoys.isEmpty()) {
      return null;
    }
    Finding f = new Finding(Frame.MEET_VERB, t, EventType.MEETING);
    f.sideA.addAll(envoys);
    for (int k = t + 1; k < Math.min(v.to, t + 12) && !v.tok(k).isPunct(',') && !v.tok(k).isPunct(';'); k++) {
      if (v.is(k, "by")) {
        f.sideB.addAll(Parties.rightChain(v, k + 1, false));
        break;
      }
      PlaceRef place = v.placeAt(k);
      if (place != null && place.code() != null) {
        f.sideB.add(Parties.stateAt(place));
        break;
      }
    }
    return f.sideB.isEmpty() ? null : f;
  }

  /** "their delegations", "his team": the subject's own people, not a counterpart. */
  private static boolean ownRetinue(SentenceView v, int p) {
    return (v.is(p, "their") || v.is(p, "his") || v.is(p, "her") || v.is(p, "its"))
        && RETINUE.contains(v.norm(p + 1));
  }

  /** "Xi told Macron": the parties right after a lowercase verb at k, or none. */
  private static List<ActorRef> objectAfterVerb(SentenceView v, int k) {
    boolean verb = v.inside(k) && v.tok(k).lowercase() && v.tok(k).isWord() && !v.is(k, "and") && !v.is(k, "or")
        && !v.tok(k).has(Token.TRIGGER);
    ActorRef object = verb ? v.actorAt(k + 1) : null;
    return object != null && object.start == k + 1 ? Parties.rightChain(v, k + 1, false) : List.of();
  }

  /**
   * "A telephone conversation took place between Putin and Tokayev", "talks were held between X and Y": the
   * parties after "between", past the verb that says the contact happened.
   */
  private static Finding tookPlaceBetween(SentenceView v, int t, Frame frame, EventType type) {
    if (!(v.is(t + 1, "took") && v.is(t + 2, "place") || (v.is(t + 1, "was") || v.is(t + 1, "were"))
        && v.is(t + 2, "held"))) {
      return null;
    }
    int k = t + 3;
    while (v.inside(k) && k < t + 10 && Circumstances.whenWord(v, k)) {
      k++;
    }
    if (!v.is(k, "between")) {
      return null;
    }
    Finding f = new Finding(frame, t, Circumstances.phoneBefore(v, t) ? EventType.CALL : type);
    f.nominal = true;
    f.symmetric = true;
    f.pastTense = true;
    f.sideA.addAll(Parties.rightChain(v, k + 1, true));
    return Parties.partyCount(f.sideA) >= 2 ? f : null;
  }

  private static final Set<String> HELD = Set.of("held", "made", "had", "conducted", "holds", "makes", "has");

  /**
   * "phone calls that the Emir of Kuwait, Sheikh Nawaf, had held with the crown prince and with Sheikh Tamim",
   * "a phone call Erdogan held with Putin on Monday", "the talks Blinken had with Wang Yi": the noun's own clause
   * names who called or met whom.
   */
  private static Finding heldInClause(SentenceView v, int t, Frame frame, EventType type) {
    int k = v.is(t + 1, "that") || v.is(t + 1, "which") ? t + 2 : t + 1;
    ActorRef subject = v.actorAt(k);
    if (subject == null || subject.start != k || !Parties.party(subject)) {
      return null;
    }
    k = subject.end;
    ActorRef named = v.inside(k) && v.tok(k).isPunct(',') ? v.actorAt(k + 1) : null;
    if (named != null && named.start == k + 1 && v.inside(named.end) && v.tok(named.end).isPunct(',')) {
      subject = subject.hasCountry() || !named.hasCountry() ? subject : named; // "the Emir of Kuwait, Sheikh Nawaf,"
      k = named.end + 1;
    } else if (v.inside(k) && v.tok(k).isPunct(',') && HELD.contains(v.norm(k + 1))) {
      k++; // "the Emir of Kuwait, Sheikh Nawaf, had held": the name read into the subject
    }
    if ((v.is(k, "had") || v.is(k, "has")) && HELD.contains(v.norm(k + 1))) {
      k++;
    }
    if (!HELD.contains(v.norm(k))) {
      return null;
    }
    k++;
    while (v.inside(k) && k < t + 20 && Circumstances.whenWord(v, k)) {
      k++; // "held today with", "held on Monday with"
    }
    return v.is(k, "with") ? nominalWith(v, t, frame, type, List.of(subject), k) : null;
  }

  /** The subjects' contact noun at t with those named after "with" at {@code with}, and after a second "and with". */
  private static Finding nominalWith(SentenceView v, int t, Frame frame, EventType type, List<ActorRef> subjects,
      int with) {
    Finding f = new Finding(frame, t, type);
    f.nominal = true;
    f.sideA.addAll(subjects);
    f.sideB.addAll(Parties.rightChain(v, with + 1, true));
    if (f.sideB.isEmpty()) {
      return null;
    }
    f.sideB.addAll(secondWith(v, f.sideB.get(f.sideB.size() - 1).end));
    return f;
  }

  /**
   * After a comma, a short aside of lowercase words closed by a comma and "(and) with": where that "with" is,
   * or p when there is no such aside.
   */
  private static int asideBeforeWith(SentenceView v, int p) {
    for (int j = p; j < Math.min(v.to, p + 10); j++) {
      Token x = v.tok(j);
      if (x.isPunct(',') && j > p) {
        int w = v.is(j + 1, "and") ? j + 2 : j + 1;
        return v.is(w, "with") ? w : p;
      }
      if (!(x.isWord() && x.lowercase()) || v.actorAt(j) != null || v.placeAt(j) != null) {
        return p;
      }
    }
    return p;
  }

  /**
   * "with Netanyahu, who arrived in Washington on Sunday, and with Sheikh Abdullah", "with Li, with
   * Medvedev and with Lam": the parties of each further "with"; and "with Macron in Paris and Scholz in
   * Berlin": a partner after the first one's place.
   */
  private static List<ActorRef> secondWith(SentenceView v, int end) {
    List<ActorRef> out = new ArrayList<>(Circumstances.objectAfterCircumstance(v, end));
    if (!out.isEmpty()) {
      end = out.get(0).end;
    }
    for (int guard = 0; guard < 4; guard++) {
      ActorRef named = v.actorAt(end);
      if (named != null && named.start == end && named.kind == ActorRef.Kind.PERSON) {
        end = named.end; // "with Saudi Foreign Minister Prince Faisal and with ...": a title, then the name
      }
      int c = Parties.relativeClauseEnd(v, end, "who", "whom");
      int k = c >= 0 ? c + 1 : topicEnd(v, end);
      while (c < 0 && v.inside(k) && Circumstances.whenWord(v, k)) {
        k++; // "with Putin on Thursday and with Zelensky the day before"
      }
      if (c < 0 && v.inside(k) && v.tok(k).isPunct(',')) {
        k++;
      }
      while (v.is(k, "and") || v.is(k, "separately") || v.is(k, "also") || v.is(k, "then") || v.is(k, "later")
          || v.inside(k) && v.tok(k).isPunct(',') && k > end) {
        k++; // "with Trump and, separately, with Saudi King Salman"
      }
      if (!v.is(k, "with") && k > end) {
        k = asideBeforeWith(v, k); // "with X and, in a separate call, with Y", "with Petro, centred on ..., and with"
      }
      List<ActorRef> next = v.is(k, "with") && k > end ? Parties.rightChain(v, k + 1, true) : List.<ActorRef>of();
      if (next.isEmpty()) {
        break;
      }
      out.addAll(next);
      end = next.get(next.size() - 1).end;
    }
    return out;
  }

  /**
   * "With Dominica's Prime Minister Roosevelt Skerrit he discussed climate", "With Skerrit, Modi held
   * talks": a "with" opening the sentence, right before the subject, gives both sides. Writes them to f.
   */
  private static boolean frontedWith(SentenceView v, int t, Finding f) {
    if (!v.is(v.from, "with")) {
      return false;
    }
    List<ActorRef> chain = Parties.rightChain(v, v.from + 1, true);
    if (chain.isEmpty()) {
      return false;
    }
    int e = chain.get(chain.size() - 1).end;
    e = v.inside(e) && v.tok(e).isPunct(',') ? e + 1 : e;
    ActorRef subject = v.actorAt(e);
    if (subject == null || subject.start != e || subject.end > t || t - subject.end > 3) {
      return false;
    }
    f.sideA.add(subject);
    f.sideB.addAll(chain);
    return true;
  }

  /** After "with Rowley on energy and food processing", where the topic ends: the comma or "with" after it. */
  private static int topicEnd(SentenceView v, int k) {
    if (!v.is(k, "on") || Circumstances.timeWord(v, k + 1)) {
      return k;
    }
    for (int q = k + 1; v.inside(q) && q < k + 10; q++) {
      if (v.tok(q).isPunct(',') || v.is(q, "with")) {
        return v.is(q, "with") && v.is(q - 1, "and") ? q - 1 : q;
      }
      if (v.tok(q).kind == Token.Kind.PUNCT || v.actorAt(q) != null) {
        return k;
      }
    }
    return k;
  }

  /** Verbs of a negotiating process rather than a meeting: "start talks on", "continue discussions on". */
  private static final Set<String> PROCESS = Set.of("start", "begin", "launch", "open", "conclude", "continue",
      "resume", "hold", "pursue", "further");

  private Finding meetNoun(SentenceView v, int t, TriggerWord w) {
    String noun = v.norm(t);
    if (manySided(v, t)) {
      return hostedForTwo(v, t);
    }
    if (resumedProcess(v, t)) {
      return null;
    }
    Finding heldBy = heldInClause(v, t, Frame.MEET_NOUN, EventType.MEETING);
    if (heldBy == null) {
      heldBy = tookPlaceBetween(v, t, Frame.MEET_NOUN, EventType.MEETING);
    }
    if (heldBy != null) {
      return heldBy;
    }
    int topicParty = -1;
    if (v.is(t + 1, "on") && !Circumstances.timeWord(v, t + 2) && !Circumstances.onSidelines(v, t + 1)) {
      topicParty = partyAfterTopic(v, t + 2);
      if (topicParty < 0) {
        Finding f = new Finding(Frame.MEET_NOUN, t, EventType.MEETING);
        f.nominal = true;
        if (frontedWith(v, t, f)) {
          return f; // "With Skerrit, Modi held talks on health"
        }
        if (noun.startsWith("negotiation") || PROCESS.contains(v.norm(t - 1))) {
          return null; // "agreed to start talks on a broad set of issues": a process, no meeting
        }
        // "Biden and Xi held talks on trade": the parties, if any, are before the noun
      }
    }
    if (v.is(t + 1, "of") && !bilateralBody(v, t + 2)) {
      ActorRef of = v.actorAt(t + 2);
      if (of == null || of.start != t + 2 || of.country == null || of.secondCountry == null
          || of.kind == ActorRef.Kind.PAIR || of.country.equals(of.secondCountry) || noun.equals("conference")) {
        return null; // "a meeting of the UN Security Council"
      }
      // "the first meeting of the special representatives of Armenia and Turkey took place in Moscow"
      Finding f = new Finding(Frame.MEET_NOUN, t, EventType.MEETING);
      f.nominal = true;
      f.symmetric = true;
      f.sideA.add(of);
      return f;
    }
    if (noun.equals("conference") && !Circumstances.phoneBefore(v, t) && !Circumstances.jointAppearance(v, t)) {
      return null;
    }
    Finding f = new Finding(Frame.MEET_NOUN, t, EventType.MEETING);
    f.nominal = true;
    if (Circumstances.phoneBefore(v, t) || noun.startsWith("conversation") && Circumstances.phoneInClause(v, t)) {
      f.type = EventType.CALL;
    }
    int with = topicParty;
    int limit = topicParty >= 0 ? t : t + 5;
    for (int k = t + 1; k < Math.min(v.to, limit); k++) {
      if (v.is(k, "with") || v.is(k, "between") || noun.equals("credentials") && v.is(k, "to")) {
        with = k;
        break;
      }
      Mention place = v.is(k, "in") || v.is(k, "at") ? v.mention(k + 1) : null;
      if (place != null && MentionFinder.isPlace(place.kind())) {
        limit += place.end() - k;
        k = place.end() - 1;
        continue;
      }
      if (v.tok(k).isPunct(',') && k > t + 1 && v.is(k + 1, "with")) {
        continue;
      }
      int initiative = initiativeAside(v, k);
      if (initiative > k) {
        limit += initiative - k; // "a telephone conversation, at the French side's initiative, with Macron"
        k = initiative - 1;
        continue;
      }
      int aside = Circumstances.dateAsideEnd(v, k);
      if (aside > k && k > t + 1) {
        limit += aside - k; // "talks on Thursday (2) with"
        k = aside - 1;
        continue;
      }
      if (v.is(k, "on") && v.is(k + 1, "the") && Circumstances.SIDELINES.contains(v.norm(k + 2))) {
        limit += 3; // "separate meetings on the sidelines with Sisi"
        k += 2;
        continue;
      }
      if (v.tok(k).isPunct(',') && k == t + 1
          || (v.is(k, "at") || v.is(k, "in")) && Circumstances.venue(v, k + 1) > k + 1) {
        int end = v.tok(k).isPunct(',') ? k + 1 : Circumstances.venue(v, k + 1);
        limit += end - k + 1;
        k = end - 1;
        continue;
      }
      // "talks held there from March 6 to 10 between ...": the days of the talks
      boolean dates = DateResolver.isMonth(v, k) || v.tok(k).kind == Token.Kind.NUMBER
          || (v.is(k, "from") || v.is(k, "to") || v.is(k, "until"))
          && (DateResolver.isMonth(v, k + 1) || v.inside(k + 1) && v.tok(k + 1).kind == Token.Kind.NUMBER);
      boolean when = Circumstances.whenWord(v, k); // "talks this week with"
      if (!(BE.contains(v.norm(k)) || v.is(k, "held") || v.is(k, "by") || Circumstances.PHONE.contains(v.norm(k))
          || v.is(k, "on") || v.is(k, "the") || v.is(k, "there") || dates || when)) {
        break;
      }
      if (when || dates) {
        limit++;
      }
    }
    if (with >= 0 && !v.is(with, "between")) {
      f.sideB.addAll(Parties.rightChain(v, with + 1, true));
      int n = f.sideB.size();
      int and = n > 1 ? f.sideB.get(n - 1).start - 1 : -1;
      if (n > 1 && v.is(and, "and") && v.tok(and - 1).isPunct(',') && Circumstances.verbAt(v, f.sideB.get(n - 1).end)) {
        f.sideB.remove(n - 1); // "for talks with Wang, and Iranian Foreign Minister Amir-Abdollahian will follow"
      }
      if (Parties.partyCount(f.sideB) > 1 && !oneCountry(f.sideB) && !Circumstances.separate(v, t)
          && !talksWithEach(v, t, f.sideB)) {
        return null;
      }
      if (!f.sideB.isEmpty()) {
        f.sideB.addAll(secondWith(v, f.sideB.get(f.sideB.size() - 1).end)); // "with Li, with Medvedev and with Lam"
      } else if (someoneOfNoState(v, with + 1)) {
        return null; // "Saudi and Omani envoys held talks with the Houthis": the subjects were one side
      }
    } else if (with >= 0) {
      f.sideA.addAll(Parties.rightChain(v, with + 1, true));
      f.symmetric = true;
      // "between a Saudi delegation headed by X and an Iranian delegation": a leader named beside his side
      boolean twoSides = Parties.partyCount(f.sideA) == 2
          || f.sideA.stream().allMatch(ActorRef::hasCountry) && distinctCountries(f.sideA) == 2;
      return twoSides ? f : null;
    }
    if (with < 0 && frontedWith(v, t, f)) {
      return f;
    }
    List<ActorRef> hyphenPair = Parties.hyphenPair(v, t);
    if (!hyphenPair.isEmpty()) {
      f.sideA.addAll(hyphenPair);
      f.symmetric = true;
      return f;
    }
    if (f.sideB.isEmpty()) {
      boolean call = f.type == EventType.CALL;
      ActorRef owner = Parties.owner(v, t);
      // "their first summit" after two leaders: the summit of the two
      boolean pairOwner = owner != null && (owner.kind == ActorRef.Kind.PAIR || owner.secondCountry != null);
      // "Yoon and Kishida held a summit": a summit of its two subjects, not one they attended
      int article = t - 1;
      while (article > Math.max(v.from, t - 4) && v.tok(article).lowercase() && !v.is(article, "a")
          && !v.is(article, "an") && !v.tok(article).has(Token.TRIGGER)) {
        article--; // "held an unannounced second summit"
      }
      boolean heldOne = noun.equals("summit") && (v.is(article, "a") || v.is(article, "an"))
          && LIGHT_VERBS.contains(v.norm(article - 1));
      boolean bilateral = v.is(t - 1, "bilateral") || v.is(t - 1, "informal") && noun.equals("summit") || pairOwner
          || heldOne;
      if (!bilateral && (noun.equals("summit") || noun.equals("meetings") || !call && isMultilateralNear(v, t))
          || orgBefore(v, t) || placeOfOtherDeed(v, t)) {
        return null;
      }
      f.symmetric = true;
      if (pairOwner) {
        f.sideA.add(owner);
        return f;
      }
      List<ActorRef> a = call ? partiesAroundCall(v, t) : Parties.leftChain(v, Parties.ownerStart(v, t));
      if (a.isEmpty()) {
        a = Parties.preposedParties(v, t);
      }
      if (Parties.partyCount(a) < 2) {
        return null;
      }
      f.sideA.addAll(a);
      return f;
    }
    ActorRef owner = Parties.owner(v, t);
    if (owner != null) {
      f.sideA.add(owner);
    }
    return f;
  }

  /**
   * "Sweden and Iceland signed agreements with Ukraine at the same meeting": the meeting is where the subjects
   * did something else, not a meeting of theirs.
   */
  private static boolean placeOfOtherDeed(SentenceView v, int t) {
    int k = v.is(t - 1, "same") ? t - 2 : t - 1;
    return (v.is(k, "the") || v.is(k, "that") || v.is(k, "this")) && v.is(k - 1, "at");
  }

  /** "with the Houthis", "with rebel leaders": a named partner of no state. */
  private static boolean someoneOfNoState(SentenceView v, int k) {
    ActorRef a = v.actorAt(k);
    return a != null && a.start == k && !a.hasCountry() && a.kind != ActorRef.Kind.PRONOUN
        && a.kind != ActorRef.Kind.PAIR;
  }

  /** End of ", at the French side's initiative," or ", at the initiative of X," at k, or k when there is none. */
  private static int initiativeAside(SentenceView v, int k) {
    if (!(v.tok(k).isPunct(',') && v.is(k + 1, "at"))) {
      return k;
    }
    for (int j = k + 2; j < Math.min(v.to, k + 12); j++) {
      if (v.tok(j).isPunct(',')) {
        return v.is(j - 1, "initiative") || v.is(k + 3, "initiative") ? j + 1 : k;
      }
    }
    return k;
  }

  /**
   * "held talks with Prince Faisal of Saudi Arabia, Sheikh Ahmad of Kuwait and Badr Albusaidi of Oman": talks,
   * not one meeting or summit, with named leaders of several countries are talks with each.
   */
  private static boolean talksWithEach(SentenceView v, int t, List<ActorRef> partners) {
    // an organisation's official among them ("as well as GCC Secretary General Hajraf") makes no pair
    return v.is(t, "talks") && partners.stream().filter(a -> !a.org).allMatch(a -> a.kind == ActorRef.Kind.PERSON);
  }

  /**
   * Several officials of one stated country ("the emir and the prime minister of Qatar") are one side; a person
   * named without a country beside them ("Gabonese President Bongo and Foreign Minister Immongault") is too.
   */
  private static boolean oneCountry(List<ActorRef> actors) {
    String country = null;
    for (ActorRef a : actors) {
      if (a.country == null && a.kind == ActorRef.Kind.PERSON) {
        continue;
      }
      if (a.kind == ActorRef.Kind.PAIR || a.secondCountry != null || a.country == null
          || country != null && !country.equals(a.country)) {
        return false;
      }
      country = a.country;
    }
    return country != null;
  }

  /** A participle after a form of "be", an adverb between them or not: "was later received by Milei". */
  private static boolean passiveAt(SentenceView v, int t) {
    int b = ADVERBS.contains(v.norm(t - 1)) ? t - 2 : t - 1;
    return v.inside(b) && BE.contains(v.norm(b));
  }

  private Finding host(SentenceView v, int t) {
    boolean passive = passiveAt(v, t);
    Finding f = new Finding(Frame.HOST, t, EventType.MEETING);
    if (!passive && MEALS.contains(v.norm(t - 1)) && v.is(t + 1, "by")) {
      // "a breakfast hosted by President Niinisto for Trump": the host after "by", the guest after "for"
      f.sideB.addAll(Parties.rightChain(v, t + 2, false));
      int q = f.sideB.isEmpty() ? -1 : f.sideB.get(f.sideB.size() - 1).end;
      while (q >= 0 && v.inside(q) && !v.is(q, "for") && (v.is(q, "and") || v.tok(q).lowercase()
          || v.actorAt(q) != null) && q < f.sideB.get(f.sideB.size() - 1).end + 6) {
        q++; // "and his wife Jenni Haukio for Trump"
      }
      if (q < 0 || !v.is(q, "for")) {
        return null;
      }
      f.sideA.addAll(Parties.rightChain(v, q + 1, false));
      f.hostIsB = true;
      return f.sideA.isEmpty() ? null : f;
    }
    if (passive) {
      int by = -1;
      for (int k = t + 1; k < Math.min(v.to, t + 14) && !v.tok(k).isPunct(','); k++) {
        if (v.is(k, "by")) {
          by = k; // "was greeted on the tarmac at Port Moresby by Prime Minister James Marape"
          break;
        }
      }
      if (by < 0) {
        return receivedIn(v, t);
      }
      f.sideB.addAll(Parties.rightChain(v, by + 1, false));
      if (f.sideB.isEmpty()) {
        return null;
      }
      f.hostIsB = true;
      return f;
    }
    Finding byPhone = receivedByPhone(v, t);
    if (byPhone != null) {
      return byPhone;
    }
    int given = welcomeGiven(v, t);
    int in = given < 0 ? -1 : t + 1;
    while (in > 0 && v.inside(in) && Circumstances.whenWord(v, in)) {
      in++;
    }
    if (in > 0 && (v.is(in, "in") || v.is(in, "at"))) {
      // "To Lam was accorded a red-carpet welcome in Vientiane": the guest's visit there
      Finding visit = visitVerb(v, t, in + 1);
      if (visit != null) {
        visit.sideA.addAll(Parties.leftChain(v, given));
      }
      return visit;
    }
    int from = welcomeFrom(v, t);
    if (from > 0) {
      // "Xi received a red-carpet welcome from Serbian President Vucic": the host after "from"
      f.sideB.addAll(Parties.rightChain(v, from + 1, false));
      f.hostIsB = true;
      return f.sideB.isEmpty() ? null : f;
    }
    int p = t + 1;
    while (v.inside(p) && (ADVERBS.contains(v.norm(p)) || Circumstances.timeWord(v, p)
        || v.is(p, "on") && Circumstances.timeWord(v, p + 1) || atVenue(v, p))) {
      p = atVenue(v, p) ? Circumstances.venue(v, p + 1) : p + 1;
    }
    p = credentialsOf(v, p);
    p = mealFor(v, p);
    List<ActorRef> guests = Parties.rightChain(v, p, false);
    if (guests.isEmpty() || Parties.partyCount(guests) > 1 && distinctCountries(guests) > 1
        && !oneByOne(v, t, guests.get(guests.size() - 1).end) && !twoGuests(guests)) {
      return null;
    }
    f.sideB.addAll(guests);
    return f;
  }

  /**
   * "Trump will host Pashinyan and Aliyev at the White House", "hosted the leaders of Azerbaijan and
   * Armenia", "after hosting the leaders of both countries": each of two guests comes to the host; more are a
   * summit's guests.
   */
  private static boolean twoGuests(List<ActorRef> guests) {
    return Parties.partyCount(guests) == 2
        && (guests.size() == 1 || guests.stream().noneMatch(g -> g.kind == ActorRef.Kind.PAIR));
  }

  private static final Set<String> GIVEN = Set.of("accorded", "given", "received", "receives", "got", "gets",
      "receiving");

  /** "was accorded a red-carpet welcome", "was given a state welcome": where the verb of giving is, or -1. */
  private static int welcomeGiven(SentenceView v, int t) {
    if (!v.is(t, "welcome")) {
      return -1;
    }
    int k = t - 1;
    while (k > v.from && k > t - 5 && !v.is(k, "a") && !v.is(k, "an")
        && (v.tok(k).lowercase() || v.tok(k).isPunct('-'))) {
      k--;
    }
    return (v.is(k, "a") || v.is(k, "an")) && GIVEN.contains(v.norm(k - 1)) ? k - 1 : -1;
  }

  /** "received a warm welcome from", "received a red-carpet reception from": the "from" after it, or -1. */
  private static int welcomeFrom(SentenceView v, int t) {
    if (!v.norm(t).startsWith("receiv")) {
      return -1;
    }
    for (int k = t + 1; k < Math.min(v.to, t + 7); k++) {
      if (v.is(k, "welcome") || v.is(k, "reception")) {
        return v.is(k + 1, "from") ? k + 1 : -1;
      }
      if (!v.tok(k).lowercase() && !v.tok(k).isPunct('-')) {
        return -1; // "received a red-carpet welcome", "receives warm welcome": words of the welcome only
      }
    }
    return -1;
  }

  /** "received Aliyev and Pashinyan separately", "separately received ...": one guest at a time. */
  private static boolean oneByOne(SentenceView v, int t, int after) {
    return v.is(after, "separately") || v.is(after, "individually") || v.is(after, "in") && v.is(after + 1, "turn")
        || v.is(t - 1, "separately") || v.is(t - 1, "individually");
  }

  /** "spoke by phone with X"; "spoke with X" with no place named is a call too, as news tells it. */
  private Finding talk(SentenceView v, int t) {
    int p = t + 1;
    boolean phone = false;
    while (v.inside(p) && (v.is(p, "by") || v.is(p, "on") || v.is(p, "over") || v.is(p, "the") || v.is(p, "via")
        || Circumstances.PHONE.contains(v.norm(p)) || ADVERBS.contains(v.norm(p)) || Circumstances.timeWord(v, p)
        || (v.is(p, "this") || v.is(p, "last")) && Circumstances.timeWord(v, p + 1) // "by phone this evening with"
        || Circumstances.duration(v, p) > p || Circumstances.inTheDay(v, p) > p)) {
      phone |= Circumstances.PHONE.contains(v.norm(p));
      p = Math.max(p + 1, Math.max(Circumstances.duration(v, p), Circumstances.inTheDay(v, p)));
    }
    Finding f = new Finding(Frame.TALK, t, EventType.MEETING);
    if (v.is(p, "with") || v.is(p, "to")) {
      f.sideB.addAll(Parties.rightChain(v, p + 1, true));
      if (v.is(p, "with") && !f.sideB.isEmpty()) {
        f.sideB.addAll(secondWith(v, f.sideB.get(f.sideB.size() - 1).end)); // "with X and with Y"
      }
      int after = f.sideB.isEmpty() ? p + 1 : f.sideB.get(f.sideB.size() - 1).end;
      if (v.is(t, "talks") && BE.contains(v.norm(after))) {
        return null; // "where talks with President Rahmon are planned": the noun, read as such
      }
      for (int k = after; k < Math.min(v.to, after + 4); k++) {
        phone |= Circumstances.PHONE.contains(v.norm(k));
      }
    }
    if (f.sideB.isEmpty()) {
      // "Trump and Trudeau spoke for a second time that day": two subjects, nothing after, spoke together
      boolean ends = p == v.to - 1 || v.inside(p) && (v.tok(p).isPunct('.') || v.tok(p).isPunct(';'))
          || (v.is(p, "that") || v.is(p, "the")) && v.is(p + 1, "day") && !v.inside(p + 3);
      // "Modi and Xi spoke on the sidelines of the BRICS summit": in person, where both were
      boolean sidelines = !phone && Circumstances.onSidelines(v, t + 1);
      boolean together = (v.is(t, "spoke") || v.is(t, "talked")) && (ends || sidelines);
      if (!phone && !together) {
        return null;
      }
      f.symmetric = true;
      f.sideA.addAll(Parties.leftChain(v, t));
      boolean named = f.sideA.stream().noneMatch(a -> a.kind == ActorRef.Kind.PAIR || a.kind == ActorRef.Kind.PRONOUN);
      if (Parties.partyCount(f.sideA) < 2 || !phone && !named) {
        return null; // "Kim was on the tarmac to greet him. They spoke.": told of a meeting already read
      }
    }
    if (phone || Circumstances.phoneInClause(v, t)
        || Circumstances.location(v, t) == null && !(f.symmetric && Circumstances.onSidelines(v, t + 1))) {
      f.type = EventType.CALL;
    }
    return f;
  }

  /** "at Al Mushrif Palace", "in the Oval Office" between a verb and its party. */
  private static boolean atVenue(SentenceView v, int p) {
    return (v.is(p, "at") || v.is(p, "in")) && Circumstances.venue(v, p + 1) > p + 1;
  }

  private Finding callNoun(SentenceView v, int t) {
    Finding madeBy = callMadeBy(v, t);
    if (madeBy != null) {
      return madeBy;
    }
    Finding heldBy = heldInClause(v, t, Frame.CALL_NOUN, EventType.CALL);
    if (heldBy == null) {
      heldBy = tookPlaceBetween(v, t, Frame.CALL_NOUN, EventType.CALL);
    }
    if (heldBy != null) {
      return heldBy;
    }
    int n = t + 1;
    while (v.inside(n) && n < t + 8 && (v.is(n, "on") || Circumstances.timeWord(v, n)
        || Circumstances.dateAsideEnd(v, n) > n || initiativeAside(v, n) > n)) {
      // "a videoconference on Thursday (2) with", "a phone call, at the initiative of the Spanish side, with"
      n = Math.max(n + 1, Math.max(Circumstances.dateAsideEnd(v, n), initiativeAside(v, n)));
    }
    String next = v.norm(n);
    boolean phone = Circumstances.phoneBefore(v, t) || frontedCall(v, t);
    boolean toSomeone = phone && next.equals("to") && v.actorAt(n + 1) != null && v.actorAt(n + 1).start == n + 1;
    if (!(next.equals("with") || next.equals("between") || next.equals("from") || toSomeone)) {
      n = t + 1;
      next = v.norm(n);
    }
    if (v.is(t - 1, "courtesy") && next.equals("on")) {
      next = "with"; // "paid a courtesy call on H.E. Mr. Sonexay Siphandone"
    }
    if (phone && next.equals("to") && v.actorAt(n + 1) != null && v.actorAt(n + 1).start == n + 1) {
      next = "with"; // "made a phone call today to President Aliyev", not "a call to end the war"
    }
    if (next.equals("for") || next.equals("off") || next.equals("to") || next.equals("up")
        || !phone && !(next.equals("with") || next.equals("between") || next.equals("from"))) {
      return null;
    }
    Finding f = new Finding(Frame.CALL_NOUN, t, v.is(t - 1, "courtesy") ? EventType.MEETING : EventType.CALL);
    f.nominal = true;
    if (!(next.equals("with") || next.equals("between") || next.equals("from"))) {
      f.symmetric = true;
      f.sideA.addAll(partiesAroundCall(v, t));
      return Parties.partyCount(f.sideA) >= 2 ? f : null;
    }
    if (next.equals("between")) {
      f.sideA.addAll(Parties.rightChain(v, n + 1, true));
      f.symmetric = true;
      return Parties.partyCount(f.sideA) >= 2 ? f : null;
    }
    f.sideB.addAll(Parties.rightChain(v, n + 1, true));
    if (f.sideB.isEmpty() || next.equals("from") && !phone && demandAfter(v, n + 1)) {
      return null;
    }
    f.callerIsB = next.equals("from");
    ActorRef owner = Parties.owner(v, t);
    if (owner != null) {
      f.sideA.add(owner);
    }
    return f;
  }

  /**
   * The two sides of a call named with no "with": "X and Y, in a phone call", "In a call, Xi told Macron",
   * "Putin apologised to Aliyev in a telephone conversation" (the one spoken to and the subject before).
   */
  private static List<ActorRef> partiesAroundCall(SentenceView v, int t) {
    List<ActorRef> a = new ArrayList<>(Parties.leftChain(v, Parties.ownerStart(v, t)));
    if (a.isEmpty()) {
      a.addAll(Parties.preposedParties(v, t));
      if (Parties.partyCount(a) == 1) {
        a.addAll(objectAfterVerb(v, a.get(a.size() - 1).end)); // "In a call, Xi told Macron"
      }
    }
    if (Parties.partyCount(a) == 1) {
      a.addAll(0, Parties.subjectBeforeVerb(v, a.get(0).start));
    }
    return a;
  }

  /**
   * "In a separate call on Tuesday, Rubio told Tshisekedi": a call that opens the sentence before a comma and
   * the one who spoke, a call though no phone is named.
   */
  private static boolean frontedCall(SentenceView v, int t) {
    if (!v.is(v.from, "in") || t - v.from > 4) {
      return false;
    }
    int k = t + 1;
    while (v.inside(k) && k < t + 6 && Circumstances.whenWord(v, k)) {
      k++;
    }
    ActorRef next = v.inside(k) && v.tok(k).isPunct(',') ? v.actorAt(k + 1) : null;
    return next != null && next.start == k + 1 && Parties.party(next);
  }

  /** "ignoring calls from Ukraine and rights groups to arrest him": a demand, told by an infinitive after it. */
  private static boolean demandAfter(SentenceView v, int p) {
    for (int k = p; k < Math.min(v.to, p + 10) && !v.tok(k).isPunct(',') && !v.tok(k).isPunct('.'); k++) {
      if (v.is(k, "to") && v.inside(k + 1) && v.tok(k + 1).lowercase() && v.tok(k + 1).isWord()
          && !v.tok(k + 1).has(Token.DETERMINER | Token.POSSESSIVE_PRONOUN) && v.actorAt(k + 1) == null) {
        return true;
      }
    }
    return false;
  }

  /** "the crown prince will be received in Algiers on Sunday": with no host named, the guest's visit there. */
  private Finding receivedIn(SentenceView v, int t) {
    int in = t + 1;
    while (v.inside(in) && Circumstances.whenWord(v, in)) {
      in++;
    }
    if (!v.is(in, "in")) {
      return null;
    }
    Finding visit = visitVerb(v, t, in + 1);
    if (visit != null) {
      int aux = ADVERBS.contains(v.norm(t - 1)) ? t - 2 : t - 1;
      aux = v.is(aux - 1, "be") || v.is(aux - 1, "been") ? aux - 1 : aux;
      visit.sideA.addAll(Parties.leftChain(v, v.is(aux - 1, "will") || v.is(aux - 1, "would") ? aux - 1 : aux));
    }
    return visit;
  }

  /** "telephone calls made by the Amir of Kuwait with the Amir and with the Saudi Crown Prince". */
  private Finding callMadeBy(SentenceView v, int t) {
    if (!(v.is(t + 1, "made") || v.is(t + 1, "held")) || !v.is(t + 2, "by")) {
      return null;
    }
    List<ActorRef> callers = Parties.rightChain(v, t + 3, true);
    int with = callers.isEmpty() ? -1 : callers.get(callers.size() - 1).end;
    if (with < 0 || !v.is(with, "with")) {
      return null;
    }
    return nominalWith(v, t, Frame.CALL_NOUN, EventType.CALL, callers, with);
  }

  /** "The ambassador called on the foreign minister": a courtesy call is a meeting in person. */
  private Finding callOn(SentenceView v, int t) {
    if (!(v.is(t, "called") || v.is(t, "calls") || v.is(t, "call") || v.is(t, "calling")) || !v.is(t + 1, "on")) {
      return null;
    }
    List<ActorRef> hosts = Parties.rightChain(v, t + 2, false);
    if (hosts.isEmpty() || hosts.get(0).kind != ActorRef.Kind.PERSON || hosts.get(0).role == null
        || v.is(hosts.get(hosts.size() - 1).end, "to")) {
      return null;
    }
    Finding f = new Finding(Frame.MEET_VERB, t, EventType.MEETING);
    f.sideB.addAll(hosts);
    return f;
  }

  /**
   * "phoned Putin", "had called him on Tuesday": a call to the one named right after the verb; not
   * "called Merkel's decision a mistake" or "called Kim a rocket man".
   */
  private Finding callVerb(SentenceView v, int t, TriggerWord w) {
    Finding on = callOn(v, t);
    if (on != null) {
      return on;
    }
    if (w.tense() == Tense.BASE && (v.is(t + 1, "call") || v.is(t + 1, "calls") || v.is(t + 1, "conversation")
        || v.is(t + 1, "talks"))) {
      return null;
    }
    ActorRef first = v.actorAt(t + 1);
    if (first == null || first.start != t + 1 || first.kind == ActorRef.Kind.PRONOUN && !first.pronoun.equals("him")
        || v.tok(first.end - 1).isPossessive()) {
      return null;
    }
    Finding f = new Finding(Frame.CALL_VERB, t, EventType.CALL);
    f.sideB.addAll(Parties.rightChain(v, t + 1, false));
    if (f.sideB.isEmpty()) {
      return null;
    }
    int after = f.sideB.get(f.sideB.size() - 1).end;
    boolean naming = v.is(after, "a") || v.is(after, "an") || v.inside(after) && v.tok(after).isPunct('"');
    return naming ? null : f;
  }

  private Finding sign(SentenceView v, int t) {
    boolean exchange = v.norm(t).startsWith("exchang");
    int noun = -1;
    for (int k = t + 1; k < Math.min(v.to, t + (exchange ? 7 : 11)); k++) {
      if (lex.agreementNouns.contains(v.norm(k))) {
        noun = k;
        break;
      }
      if (exchange && (v.tok(k).has(Token.TRIGGER) || v.tok(k).isPunct(',') || EXCHANGED.contains(v.norm(k)))) {
        return null; // "exchanged views on the trade agreement": no signing
      }
    }
    if (exchange && noun < 0) {
      return null; // "documents exchanged" is told by the verb's object only
    }
    boolean passive = passiveAt(v, t);
    if (noun < 0) {
      for (int k = t - 1; k >= Math.max(v.from, t - 6); k--) {
        if (lex.agreementNouns.contains(v.norm(k))) {
          noun = k;
          break;
        }
      }
      // "the Athens Declaration signed during Erdogan's visit": a participle after its noun has no subject before it
      passive |= noun >= 0 && (noun == t - 1 || v.tok(t - 1).capitalized() && v.actorAt(t - 1) == null);
    }
    if (noun < 0) {
      return null;
    }
    Finding f = new Finding(Frame.SIGN, t, EventType.AGREEMENT);
    int from = Math.max(noun, t) + 1;
    for (int k = from; k < Math.min(v.to, from + 8); k++) {
      if (v.is(k, "with")) {
        List<ActorRef> others = Parties.rightChain(v, k + 1, true);
        if (!witnesses(v, k, others)) {
          f.sideB.addAll(others);
          f.sideB.addAll(nextDealWith(v, others.isEmpty() ? k + 1 : others.get(others.size() - 1).end));
        }
        break;
      }
      if (v.is(k, "between") || v.is(k, "by") && passive) {
        List<ActorRef> parties = Parties.rightChain(v, k + 1, true);
        if (Parties.partyCount(parties) >= 2 || passive) {
          f.sideA.addAll(parties);
          f.symmetric = true;
          return Parties.partyCount(f.sideA) >= 2 ? f : null;
        }
        break; // "would sign agreements on cooperation between their coast guards": the signers come before
      }
      if (v.tok(k).isPunct(';')) {
        break;
      }
    }
    if (f.sideB.isEmpty()) {
      if (passive) {
        return null;
      }
      f.symmetric = true;
      List<ActorRef> a = Parties.leftChain(v, t);
      boolean unnamedPair = a.size() == 1 && a.get(0).kind == ActorRef.Kind.PAIR && a.get(0).country == null;
      List<ActorRef> signer = a;
      if (Parties.partyCount(a) < 2 || unnamedPair) {
        a = inThePresenceOf(v, Math.max(noun, t) + 1); // "ministers of the two countries", the two never named
      }
      if (Parties.partyCount(a) < 2) {
        return signedAbroad(v, f, signer, Math.max(noun, t) + 1);
      }
      f.sideA.addAll(a);
    }
    return f;
  }

  /**
   * "Denmark is expected to sign its agreement in Washington later this week": one signer, in a place of
   * another country, signs with that country.
   */
  private static Finding signedAbroad(SentenceView v, Finding f, List<ActorRef> signer, int from) {
    ActorRef one = signer.size() == 1 ? signer.get(0) : null;
    if (one == null || one.country == null || one.kind != ActorRef.Kind.STATE && one.kind != ActorRef.Kind.PERSON
        || f.trigger - one.end > 4) {
      return null; // not "Turkey dropped its objection after the three countries signed a memorandum in Madrid"
    }
    for (int k = from; k < Math.min(v.to, from + 4); k++) {
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';') || v.tok(k).has(Token.TRIGGER)) {
        return null;
      }
      PlaceRef place = v.is(k, "in") ? v.placeAt(k + 1) : null;
      if (place != null && place.start() == k + 1 && !place.code().equals(one.country)) {
        f.symmetric = false;
        f.sideA.addAll(signer);
        f.destinations.add(place);
        return f;
      }
    }
    return null;
  }

  /** Things exchanged that are no agreement: "exchanged views", "exchanged greetings". */
  private static final Set<String> EXCHANGED = Set.of("views", "opinions", "ideas", "greetings", "letters", "notes",
      "gifts", "fire", "messages", "pleasantries", "information", "experiences");

  /**
   * "ministers of the two countries signed five agreements in the presence of Anwar and Li Qiang": with
   * no signing parties read, the leaders of two countries the signing was done before.
   */
  private static List<ActorRef> inThePresenceOf(SentenceView v, int from) {
    for (int k = from; k < Math.min(v.to, from + 12); k++) {
      if (v.tok(k).isPunct(';') || v.tok(k).has(Token.TRIGGER)) {
        break;
      }
      if (v.is(k, "presence") && v.is(k + 1, "of")) {
        ActorRef first = v.actorAt(k + 2) != null ? v.actorAt(k + 2) : v.actorAt(k - 1);
        List<ActorRef> named = first == null ? List.of() : Parties.rightChain(v, first.start, false);
        return distinctCountries(named) == 2 ? named : List.of();
      }
    }
    return List.of();
  }

  /** "... with Armenia on energy, and a charter on partnership with Azerbaijan": the party of a further deal. */
  private List<ActorRef> nextDealWith(SentenceView v, int from) {
    for (int k = from; k < v.to; k++) {
      if (v.tok(k).isPunct(';') || lex.triggers(v.norm(k)) != null) {
        return List.of();
      }
      if (lex.agreementNouns.contains(v.norm(k)) && (v.is(k - 2, "and") || v.is(k - 3, "and"))) {
        for (int w = k + 1; w < Math.min(v.to, k + 8); w++) {
          if (v.is(w, "with")) {
            return Parties.rightChain(v, w + 1, true);
          }
        }
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * ", with Anwar Ibrahim and Donald Trump standing behind them", "with X looking on": people present
   * at a signing, not its other side.
   */
  private static boolean witnesses(SentenceView v, int with, List<ActorRef> named) {
    if (named.isEmpty()) {
      return false;
    }
    int end = named.get(named.size() - 1).end;
    String next = v.norm(end);
    boolean attending = v.inside(end) && v.tok(end).lowercase() && (next.endsWith("ing") || next.equals("present")
        || next.equals("in") && v.is(end + 1, "attendance"));
    return attending || v.inside(with - 1) && v.tok(with - 1).isPunct(',') && named.size() > 1;
  }

  // ---- parties ----

  private boolean orgBefore(SentenceView v, int t) {
    for (int k = Math.max(v.from, t - 3); k < t; k++) {
      Mention m = v.mention(k);
      if (m != null && m.kind() == Kind.ORG) {
        return true;
      }
    }
    return false;
  }

  /**
   * "negotiations on a peace treaty between the two countries": the "between" or "with" after a short
   * topic, or -1.
   */
  private static int partyAfterTopic(SentenceView v, int p) {
    for (int k = p; k < Math.min(v.to, p + 6); k++) {
      if ((v.is(k, "between") || v.is(k, "with")) && v.actorAt(k + 1) != null) {
        return k;
      }
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';') || v.tok(k).has(Token.TRIGGER) || v.actorAt(k) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "sat down together in Paris, at a summit hosted by Emmanuel Macron": a gathering a third party hosted or
   * mediated for the two, not a many-sided one they attended.
   */
  private static boolean hostedGathering(SentenceView v, int p) {
    for (int k = Math.max(v.from, p - 6); k < Math.min(v.to, p + 6); k++) {
      if (MULTILATERAL.contains(v.norm(k)) && MEDIATED.contains(v.norm(k + 1)) && v.is(k + 2, "by")
          || v.is(k, "auspices") || v.is(k, "mediation")) {
        return true; // "will meet in Brussels on Thursday under EU auspices"
      }
    }
    return false;
  }

  /** "arrived in Asmara for a tripartite summit hosted by Eritrean President Isaias Afwerki": the host's guests. */
  private static boolean hostedThere(SentenceView v, PlaceRef place) {
    for (int k = place.end(); k < Math.min(v.to, place.end() + 12) && !v.tok(k).isPunct(','); k++) {
      if (MEDIATED.contains(v.norm(k)) && v.is(k + 1, "by")) {
        ActorRef host = v.actorAt(k + 2);
        return host != null && host.official && place.code().equals(host.country);
      }
    }
    return false;
  }

  private boolean isMultilateralNear(SentenceView v, int p) {
    if (Circumstances.onSidelines(v, p)) {
      return false;
    }
    for (int k = Math.max(v.from, p - 6); k < Math.min(v.to, p + 6); k++) {
      if (MULTILATERAL.contains(v.norm(k))) {
        return true;
      }
      Mention m = v.mention(k);
      if (m != null && m.kind() == Kind.ORG) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the latest meeting of the Bilateral Consultation Mechanism", "a meeting of the Joint Commission": a body of
   * two states, whose meeting is of the two named as its subjects.
   */
  private static boolean bilateralBody(SentenceView v, int p) {
    int k = v.is(p, "the") ? p + 1 : p;
    for (int end = Math.min(v.to, k + 5); k < end && v.tok(k).capitalized(); k++) {
      if (v.is(k, "bilateral") || v.is(k, "joint")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> HOSTED_IT = Set.of("hosted", "hosts", "host", "hosting", "convened", "chaired");

  /**
   * "The Amir hosted a tripartite meeting in Doha on Tuesday with Tshisekedi and Kagame": the host's three-way
   * meeting is the meeting of the two guests.
   */
  private static Finding hostedForTwo(SentenceView v, int t) {
    boolean hosted = false;
    for (int k = t - 1; k >= Math.max(v.from, t - 6) && !hosted; k--) {
      hosted = HOSTED_IT.contains(v.norm(k));
    }
    int k = t + 1;
    while (hosted && v.inside(k) && k < t + 12 && !v.is(k, "with") && v.actorAt(k) == null
        && !v.tok(k).isPunct(',')) {
      k++; // "in Doha on Tuesday"
    }
    if (!hosted || !v.is(k, "with")) {
      return null;
    }
    Finding f = new Finding(Frame.MEET_NOUN, t, EventType.MEETING);
    f.nominal = true;
    f.symmetric = true;
    f.sideA.addAll(Parties.rightChain(v, k + 1, true));
    return Parties.partyCount(f.sideA) == 2 && distinctCountries(f.sideA) == 2 ? f : null;
  }

  /**
   * "a trilateral summit with South Korea", "three-way talks with Japan", "six-party talks": more than two at
   * the table. (A hyphen is a token of its own.)
   */
  private static boolean manySided(SentenceView v, int t) {
    for (int k = t - 1; k >= Math.max(v.from, t - 4) && (v.tok(k).lowercase() || v.tok(k).isPunct('-')); k--) {
      if (MANY_SIDED.contains(v.norm(k))
          || (v.is(k, "way") || v.is(k, "party")) && v.is(k - 1, "-") && MANY.contains(v.norm(k - 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "an early resumption of talks between X and Y", "agreed to restart trade negotiations", "the stalled
   * negotiations with North Korea": talks as a process, to take up again or stuck, not a meeting.
   */
  private static boolean resumedProcess(SentenceView v, int t) {
    for (int k = t - 1; k >= Math.max(v.from, t - 3); k--) {
      if (STALLED.contains(v.norm(k))) {
        return true; // "the stalled nuclear negotiations with North Korea": a process, not a meeting
      }
      if (v.is(k, "resumption") && v.is(k + 1, "of")
          || (v.is(k, "resume") || v.is(k, "restart")) && v.is(k - 1, "to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "... to attend the G20 summit", "for the World Economic Forum", "to New York, where he will attend the
   * UN General Assembly": a trip to a multilateral event.
   */
  private boolean multilateralPurpose(SentenceView v, int p) {
    for (int k = p; k < Math.min(v.to, p + 12); k++) {
      String n = v.norm(k);
      if (v.tok(k).isPunct(',') && v.is(k + 1, "where")) {
        continue; // "to New York, where he will attend the UN General Assembly"
      }
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';')) {
        return false;
      }
      if ((n.equals("attend") || n.equals("for") || n.equals("participate") || n.equals("part"))
          && multilateralNoun(v, k + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the next session of the High-Level Cooperation Council", "of the Joint Commission": bodies of two
   * states; "a US-Nordic leaders' summit", "the ASEAN-Japan summit": one state's summit with a group.
   */
  private static boolean bilateralMarker(SentenceView v, int k) {
    return v.is(k, "bilateral") || v.is(k, "informal") || v.is(k, "visit") || v.is(k, "joint")
        || v.is(k, "intergovernmental") || v.is(k, "high") && v.is(k + 2, "level")
        || v.tok(k).isPunct('-') && (v.placeAt(k - 1) != null || v.placeAt(k + 1) != null);
  }

  private boolean multilateralNoun(SentenceView v, int p) {
    boolean bilateral = false;
    for (int k = p; k < Math.min(v.to, p + 10); k++) {
      bilateral |= bilateralMarker(v, k);
      ActorRef a = v.actorAt(k);
      if (a != null && a.official && !a.org && a.kind != ActorRef.Kind.STATE && (a.role != null || a.country != null)) {
        return false; // "for talks with Putin on the UN resolution"
      }
      if (MULTILATERAL.contains(v.norm(k))) {
        if (v.is(k + 1, "of")) {
          for (int j = k + 2; j < Math.min(v.to, k + 9) && !v.tok(j).isPunct(','); j++) {
            bilateral |= bilateralMarker(v, j);
          }
        }
        return !bilateral && !v.is(k + 1, "with");
      }
      Mention m = v.mention(k);
      if (m != null && m.kind() == Kind.ORG) {
        return !bilateral;
      }
      if (v.tok(k).isPunct(',')) {
        return false;
      }
    }
    return false;
  }
}
