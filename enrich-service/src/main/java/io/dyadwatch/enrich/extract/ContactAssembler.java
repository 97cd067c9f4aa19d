package io.dyadwatch.enrich.extract;

import io.dyadwatch.enrich.extract.Finding.Decision;
import io.dyadwatch.enrich.extract.Lexicon.Frame;
import io.dyadwatch.enrich.extract.Lexicon.Kind;
import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.EventType;
import io.dyadwatch.schemas.avro.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the findings of a sentence into contacts: pairs the countries of the two sides (a traveller
 * and each destination; the two parties of "X and Y met"), drops pairs of one country, decides type,
 * initiator and host, resolves the date and scores confidence.
 */
final class ContactAssembler {
  /**
   * A contact with what merging needs to know of where it came from. distant: planned for a time no
   * nearer than a month ("later this year", "next month") or as a further round ("would meet again",
   * "the next round of talks"), so no part of a visit under way; town: a visit to a town of the host that is
   * not its capital ("will travel to Karachi later in the day") or to a place seen "before returning home",
   * which may be a leg of a visit under way.
   */
  record Draft(Contact contact, boolean nominal, int sentence, boolean fromMeeting, boolean distant, boolean town,
      boolean cameFrom) {}

  private record Party(String country, double certainty, ActorRef actor) {}

  private static final double FALLBACK = 0.7;
  private static final Set<String> HOSTING = Set.of("hosted", "host", "hosts", "hosting", "presiding", "presided",
      "chaired", "chairing", "invitation", "invited", "mediated", "mediating", "brokered", "mediation", "auspices",
      "brought");
  /** Just before talks with no place: "after hosting talks between the two sides". */
  private static final Set<String> HOSTED_HERE = Set.of("hosted", "hosting", "hosts");

  private final DateResolver dates;

  ContactAssembler(DateResolver dates) {
    this.dates = dates;
  }

  List<Draft> assemble(SentenceView v, List<Finding> findings, DocContext doc, List<DateResolver.Expr> exprs) {
    List<Draft> out = new ArrayList<>(findings.size());
    Decision previous = null;
    int previousTrigger = -1;
    for (Finding f : findings) {
      Decision d = f.decision == Decision.INHERIT
          ? (previous != null ? previous : StatusRules.sentenceTense(v, f.trigger))
          : f.decision;
      if (d == Decision.UNKNOWN && previous != null && verbAfterAnd(v, previousTrigger, f.trigger)) {
        d = previous; // "before traveling to Bahrain and ending his trip in Egypt"
      }
      previousTrigger = f.trigger;
      if (d == Decision.OCCURRED || d == Decision.PLANNED || d == Decision.DROP && f.decision == Decision.DROP) {
        previous = d; // "had been due to arrive ... for talks with X": the talks go with the arrival
      }
      if (d != Decision.OCCURRED && d != Decision.PLANNED) {
        notePairOfDropped(v, f, doc);
        continue;
      }
      pairOfThisSentence(v, f, doc);
      assemble(v, f, d == Decision.OCCURRED ? EventStatus.OCCURRED : EventStatus.PLANNED, doc, exprs, out);
    }
    return out;
  }

  /**
   * "talks between Iran and the United States ... and the two sides agreed to continue negotiations next
   * Saturday": an unplaced "the two sides" after a contact of two countries in the same sentence is that pair.
   */
  private static void pairOfThisSentence(SentenceView v, Finding f, DocContext doc) {
    if (doc.lastPair == null || doc.lastPairSentence != v.index) {
      return;
    }
    for (ActorRef r : f.sideA) {
      if (r.kind == ActorRef.Kind.PAIR && r.country == null) {
        r.country = doc.lastPair[0];
        r.secondCountry = doc.lastPair[1];
        r.certainty = ActorResolver.BY_REFERENCE;
      }
    }
  }

  /**
   * "During the meeting with Aliyev, the two leaders reviewed ...": "the two" owning a meeting with a third
   * party is a pair read wrongly, not a contact of each of them with it; "the two ministers were received
   * by Trump" is.
   */
  private static boolean pairApart(List<ActorRef> sideA, List<Party> b) {
    for (ActorRef r : sideA) {
      if (r.kind == ActorRef.Kind.PAIR && r.country != null
          && b.stream().noneMatch(p -> p.country.equals(r.country) || p.country.equals(r.secondCountry))) {
        return true;
      }
    }
    return false;
  }

  /** "and" with a verb after it between two contact words: "before traveling to X and ending his trip in Y". */
  private static boolean verbAfterAnd(SentenceView v, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String next = v.norm(k + 1);
      if (v.is(k, "and") && v.inside(k + 1) && v.tok(k + 1).lowercase()
          && (next.endsWith("ing") || next.endsWith("ed"))) {
        return true;
      }
      if (v.tok(k).isPunct(';') || v.tok(k).isPunct('.')) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> FOLLOWED = Set.of("followed", "lasted", "ended", "came", "took", "went");

  /**
   * "A half-hour meeting with X followed": a contact noun opens the sentence, with no owner, and a verb of
   * its happening comes right after its party.
   */
  private static boolean nounOpens(SentenceView v, Finding f) {
    if (!f.nominal || f.frame != Frame.MEET_NOUN || !v.is(v.from, "a") && !v.is(v.from, "an")) {
      return false;
    }
    for (int k = v.from + 1; k < f.trigger; k++) {
      if (!v.tok(k).lowercase() && !v.tok(k).isPunct('-') && v.tok(k).kind != Token.Kind.NUMBER) {
        return false;
      }
    }
    return f.trigger - v.from <= 5 && FOLLOWED.contains(v.norm(f.partiesEnd()));
  }

  /**
   * "Merkel had been due to hold talks with Trump ... The two leaders spoke by phone": a contact left
   * out (cancelled, denied) still names the pair that "the two leaders" refers to next.
   */
  private static void notePairOfDropped(SentenceView v, Finding f, DocContext doc) {
    List<Party> a = parties(f.sideA);
    List<Party> b = f.symmetric ? List.of() : parties(f.sideB);
    Set<String> countries = new LinkedHashSet<>();
    a.forEach(p -> countries.add(p.country));
    b.forEach(p -> countries.add(p.country));
    if (countries.size() == 2 && (f.symmetric || a.size() == 1 && b.size() == 1)) {
      doc.lastPair = countries.toArray(String[]::new);
      doc.lastPairSentence = v.index;
    }
  }

  private void assemble(SentenceView v, Finding f, EventStatus status, DocContext doc,
      List<DateResolver.Expr> exprs, List<Draft> out) {
    boolean visitFrame = f.frame == Frame.VISIT_VERB || f.frame == Frame.MOVE_TO || f.frame == Frame.ARRIVE
        || f.frame == Frame.VISIT_NOUN || f.frame == Frame.SEND;
    List<Party> a = parties(f.sideA);
    if (f.frame == Frame.SEND && f.envoy != null) {
      a = sent(f.envoy, a, doc);
    }
    List<Party> b;
    boolean signedOrInvited = (f.frame == Frame.INVITE || f.frame == Frame.SIGN) && !f.destinations.isEmpty();
    if (visitFrame || signedOrInvited) {
      b = new ArrayList<>();
      for (PlaceRef p : f.destinations) {
        b.add(new Party(p.code(), 1, null));
      }
      invitationHost(v, b, doc);
    } else {
      b = parties(f.sideB);
    }
    if (!f.symmetric && f.nominal && !b.isEmpty() && pairApart(f.sideA, b)) {
      return;
    }
    if (!f.symmetric && f.sideA.isEmpty() && nounOpens(v, f) && doc.lastSubject != null
        && doc.lastSubject.country != null && doc.lastSubject.official) {
      // "Trump met Carney ... A half-hour meeting with Ishiba followed": the one the story follows met him
      a = List.of(new Party(doc.lastSubject.country, doc.lastSubject.certainty, null));
    }
    if (!f.symmetric) {
      if (a.isEmpty() && unknownOfficial(f.frame == Frame.SEND && f.envoy != null ? List.of(f.envoy) : f.sideA)) {
        a = fallback(doc, b, f.frame == Frame.SEND ? f.envoy : firstUnknown(f.sideA));
      }
      if (b.isEmpty() && !visitFrame && unknownOfficial(f.sideB)) {
        b = counterpart(f, a);
        if (b.isEmpty()) {
          b = fallback(doc, a, firstUnknown(f.sideB));
        }
      }
    }
    if (f.symmetric && distinctCountries(a) == 1 && unknownOfficial(f.sideA)) {
      List<Party> placed = fallback(doc, a, firstUnknown(f.sideA));
      if (!placed.isEmpty()) {
        a = new ArrayList<>(a);
        a.addAll(placed);
      }
    }
    Set<List<String>> pairs = new LinkedHashSet<>();
    List<Party[]> sides = new ArrayList<>();
    if (f.symmetric) {
      List<Party> all = a;
      Set<String> distinct = new LinkedHashSet<>();
      for (Party p : all) {
        distinct.add(p.country);
      }
      if (distinct.size() == 3) {
        tripartiteHosted(v, f, status, all, new ArrayList<>(distinct), doc, exprs, out);
        return;
      }
      if (distinct.size() != 2) {
        return;
      }
      List<String> two = new ArrayList<>(distinct);
      Party x = first(all, two.get(0));
      Party y = first(all, two.get(1));
      if (pairs.add(sorted(x.country, y.country))) {
        sides.add(new Party[] {x, y});
      }
    } else {
      for (Party x : a) {
        for (Party y : b) {
          if (!x.country.equals(y.country) && pairs.add(sorted(x.country, y.country))) {
            sides.add(new Party[] {x, y});
          }
        }
      }
    }
    if (sides.isEmpty()) {
      return;
    }
    int partiesEnd = f.partiesEnd();
    for (PlaceRef p : f.destinations) {
      partiesEnd = Math.max(partiesEnd, p.end());
    }
    int measured = Circumstances.measuredFrom(v, f.trigger, f.nominal);
    int until = Math.min(Circumstances.relativeEnd(v, f.trigger), relativeAfter(v, partiesEnd));
    DateResolver.Expr expr = nearest(v, exprs, f.trigger, partiesEnd, measured, until);
    for (Party[] pair : sides) {
      DateResolver.Expr leg = f.destinations.size() > 1 && !f.symmetric ? legDate(exprs, f, pair[1].country) : null;
      out.add(draft(v, f, status, pair[0], pair[1], a, b, leg != null ? leg : expr, doc));
    }
    if (f.symmetric && sides.size() == 1) {
      hostedVisits(v, f, status, sides.get(0), a, expr, doc, out);
    }
    if (sides.size() == 1 && sides.get(0)[0].certainty > FALLBACK && sides.get(0)[1].certainty > FALLBACK) {
      // a pair guessed from the story's country is no referent for "the two ministers"
      doc.lastPair = new String[] {sides.get(0)[0].country, sides.get(0)[1].country};
      doc.lastPairSentence = v.index;
      doc.pairContacts.merge(String.join("-", sorted(doc.lastPair[0], doc.lastPair[1])), 1, Integer::sum);
    }
  }

  /**
   * "The ministers of Egypt, Ethiopia and Sudan agreed in Washington after three days of talks hosted by US
   * Treasury Secretary Mnuchin": three parties make no bilateral meeting, but each has come to the host.
   */
  private void tripartiteHosted(SentenceView v, Finding f, EventStatus status, List<Party> all, List<String> three,
      DocContext doc, List<DateResolver.Expr> exprs, List<Draft> out) {
    int measured = Circumstances.measuredFrom(v, f.trigger, f.nominal);
    DateResolver.Expr expr = nearest(v, exprs, f.trigger, f.partiesEnd(), measured,
        Math.min(Circumstances.relativeEnd(v, f.trigger), relativeAfter(v, f.partiesEnd())));
    Party x = first(all, three.get(0));
    Party y = first(all, three.get(1));
    Party z = first(all, three.get(2));
    hostedVisits(v, f, status, new Party[] {x, y}, all, expr, doc, out);
    hostedVisits(v, f, status, new Party[] {y, z}, all, expr, doc, out);
  }

  /**
   * "Their leaders held talks in the Turkish capital hosted by President Erdogan", "talks in Ankara mediated by
   * Erdogan", "signed a declaration at the White House, with President Trump presiding": two states meeting in a
   * third whose official hosts them have each come to it. Officials only looking on ("with Anwar standing
   * behind them") host nothing.
   */
  private void hostedVisits(SentenceView v, Finding f, EventStatus status, Party[] pair, List<Party> a,
      DateResolver.Expr expr, DocContext doc, List<Draft> out) {
    String c = f.location == null ? null : f.location.code();
    // "Anwar announced after hosting talks between the two sides": with no place, the host's own country
    boolean hostedHere = c == null && f.nominal && hostedBefore(v, f.trigger);
    ActorRef hostAfter = c == null && !hostedHere ? hostRightAfter(v, f.trigger) : null;
    if (hostAfter != null) {
      c = hostAfter.country; // "after three days of talks hosted by US Treasury Secretary Steven Mnuchin"
    }
    if (c == null && !hostedHere || c != null && (c.equals(pair[0].country) || c.equals(pair[1].country))
        || v.is(f.trigger - 1, "of") && v.is(f.trigger - 2, "rounds")) {
      return; // "five rounds of talks in Baghdad, hosted by Iraq": a series told as background
    }
    ActorRef hostActor = null;
    for (ActorRef r : v.actors) {
      boolean eligible = r.official && r.certainty > FALLBACK && !f.sideA.contains(r)
          && (r.kind == ActorRef.Kind.PERSON || r.kind == ActorRef.Kind.GROUP);
      boolean state = r.kind == ActorRef.Kind.STATE && !r.org && r.certainty > FALLBACK && !f.sideA.contains(r)
          && !v.is(r.end, "and") && !v.is(r.start - 1, "and"); // "Iraq and Oman hosted": no one host
      if (hostedHere && (eligible || state) && r.end < f.trigger && r.country != null) {
        hostActor = r; // the nearest official (or state) before "hosting talks" is who hosts them
      } else if (!hostedHere && (eligible || r.kind == ActorRef.Kind.STATE && !r.org && r.certainty > FALLBACK)
          && c.equals(r.country) && hosting(v, r)) {
        hostActor = r;
        break;
      }
    }
    if (hostActor == null && !hostedHere) {
      hostActor = hostAfter != null ? hostAfter : unnamedHost(v, c);
    }
    if (hostActor == null || hostActor.country.equals(pair[0].country) || hostActor.country.equals(pair[1].country)) {
      return;
    }
    c = hostActor.country;
    Finding visit = new Finding(Frame.VISITING, f.trigger, EventType.VISIT);
    visit.location = f.location;
    visit.nominal = f.nominal;
    visit.hedge = f.hedge;
    visit.pastTense = f.pastTense;
    visit.presentSimple = f.presentSimple;
    Party host = new Party(c, hostActor.certainty, hostActor);
    for (Party guest : pair) {
      out.add(draft(v, visit, status, guest, host, a, List.of(host), expr, doc));
    }
  }

  /** "talks hosted by US Treasury Secretary Steven Mnuchin": the official named as host just after the noun. */
  private static ActorRef hostRightAfter(SentenceView v, int t) {
    for (ActorRef r : v.actors) {
      if (r.start > t && r.start - t <= 8 && r.official && r.country != null && r.certainty > FALLBACK
          && (r.kind == ActorRef.Kind.PERSON || r.kind == ActorRef.Kind.GROUP) && hostedBy(v, r.start)) {
        return r;
      }
    }
    return null;
  }

  /**
   * "hosted talks", "hosted on Saturday talks", "hosted indirect talks": a hosting verb just before the noun, with no
   * article (but "a tripartite meeting") or "of" between ("hosted a dinner", "hosted several rounds of talks" tell
   * of something else).
   */
  private static boolean hostedBefore(SentenceView v, int t) {
    // "hosted on Tuesday a tripartite meeting": a meeting of three, which no other host's dinner is
    boolean threeWay = v.is(t - 1, "tripartite") || v.is(t - 1, "trilateral");
    for (int k = t - 1; k >= Math.max(v.from, t - 6)
        && (v.tok(k).lowercase() || Circumstances.WEEKDAYS.contains(v.norm(k))) && v.tok(k).isWord()
        && (threeWay && k == t - 2 || !v.tok(k).has(Token.DETERMINER | Token.POSSESSIVE_PRONOUN)) && !v.is(k, "of");
        k--) {
      if (HOSTED_HERE.contains(v.norm(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A host of the place c told otherwise than as an official of c: "talks in Doha mediated by Qatar" (the state
   * read as a place), "talks hosted by the Gulf state's emir" (an official of no stated country); or null.
   */
  private static ActorRef unnamedHost(SentenceView v, String c) {
    for (PlaceRef p : v.places) {
      int by = v.is(p.start() - 1, "the") ? p.start() - 2 : p.start() - 1;
      if (c.equals(p.code()) && v.is(by, "by") && HOSTING.contains(v.norm(by - 1))) {
        return Parties.stateAt(p);
      }
    }
    for (ActorRef r : v.actors) {
      if (r.kind == ActorRef.Kind.PERSON && r.official && r.country == null && !r.org && hostedBy(v, r.start)) {
        ActorRef host = new ActorRef(r.start, r.end, ActorRef.Kind.PERSON);
        host.country = c;
        host.certainty = FALLBACK;
        return host;
      }
    }
    return null;
  }

  /** "hosted by the Gulf state's emir": a hosting word and "by" a few words before p. */
  private static boolean hostedBy(SentenceView v, int p) {
    for (int k = p - 1; k > Math.max(v.from, p - 7) && v.actorAt(k) == null; k--) {
      if (v.is(k, "by")) {
        return HOSTING.contains(v.norm(k - 1));
      }
    }
    return false;
  }

  private static final Set<String> HOMEWARD = Set.of("returning", "heading", "flying", "going", "travelling",
      "traveling");

  /** "Scholz in Berlin": the place told right after a partner, with a country. */
  private static PlaceRef placeRightAfter(SentenceView v, ActorRef partner) {
    if (partner == null || !v.is(partner.end, "in")) {
      return null;
    }
    PlaceRef p = v.placeAt(partner.end + 1);
    return p != null && p.start() == partner.end + 1 && p.code() != null ? p : null;
  }

  /** "would also visit Beijing before returning home": a stop told as the last of the trip under way. */
  private static boolean beforeGoingHome(SentenceView v, int trigger) {
    for (int k = trigger + 1; k + 2 < v.to; k++) {
      if (v.is(k, "before") && HOMEWARD.contains(v.norm(k + 1)) && v.is(k + 2, "home")) {
        return true;
      }
    }
    return false;
  }

  /** "hosted by President Erdogan", "with President Trump presiding": an official acting as host. */
  private static boolean hosting(SentenceView v, ActorRef r) {
    for (int k = Math.max(v.from, r.start - 3); k < Math.min(v.to, r.end + 3); k++) {
      if (HOSTING.contains(v.norm(k))) {
        return true;
      }
    }
    return false;
  }

  private Draft draft(SentenceView v, Finding f, EventStatus status, Party x, Party y, List<Party> a, List<Party> b,
      DateResolver.Expr expr, DocContext doc) {
    EventType type = f.type;
    String initiator = null;
    String host = null;
    Place location = null;
    boolean town = false;
    switch (f.frame) {
      case VISIT_VERB, MOVE_TO, ARRIVE, VISIT_NOUN, SEND -> {
        initiator = x.country;
        host = y.country;
        PlaceRef dest = destinationOf(f, y.country);
        if (dest != null) {
          location = new Place(dest.text(), dest.code());
          Mention m = v.mention(dest.start());
          town = m != null && m.kind() == Kind.PLACE;
        }
        town |= beforeGoingHome(v, f.trigger);
      }
      case INVITE -> {
        initiator = x.country;
        host = y.country;
        PlaceRef dest = destinationOf(f, y.country);
        if (dest != null) {
          location = new Place(dest.text(), dest.code());
        }
      }
      case HOST -> {
        boolean resident = anyPosting(f.hostIsB ? f.sideA : f.sideB);
        type = resident ? EventType.MEETING : EventType.VISIT;
        if (!resident) {
          initiator = f.hostIsB ? x.country : y.country;
          host = f.hostIsB ? y.country : x.country;
        }
      }
      case VISITING -> {
        initiator = x.country;
        host = y.country;
      }
      case CALL_VERB -> initiator = x.country;
      case CALL_NOUN -> initiator = f.callerIsB ? y.country : null;
      default -> { }
    }
    PlaceRef own = f.frame == Frame.MEET_VERB || f.frame == Frame.MEET_NOUN ? placeRightAfter(v, y.actor) : null;
    if (own != null && location == null) {
      location = new Place(own.text(), own.code()); // "talks with Macron in Paris and Scholz in Berlin"
    } else if (f.location != null && location == null) {
      location = new Place(f.location.text(), f.location.code());
    }
    if (type == EventType.MEETING && !resident(f)) {
      String visitor = visitingCountry(f, x, y);
      if (visitor == null && location != null && location.country() != null) {
        if (location.country().equals(y.country) && !location.country().equals(x.country)) {
          visitor = x.country;
        } else if (location.country().equals(x.country) && !location.country().equals(y.country)) {
          visitor = y.country;
        }
      }
      if (visitor != null) {
        type = EventType.VISIT;
        initiator = visitor;
        host = visitor.equals(x.country) ? y.country : x.country;
      }
    }
    if (type == EventType.AGREEMENT && location != null && (location.country().equals(x.country)
        || location.country().equals(y.country))) {
      host = location.country();
    }
    LocalDate date = null;
    String dateText = null;
    if (expr != null) {
      dateText = v.text(expr.start(), expr.end());
      date = dates.resolve(expr, status, doc.published);
      boolean later = date != null && doc.published.hasDay() && date.isAfter(doc.published.date())
          || DateResolver.future(expr) || timetable(f, expr, doc.published);
      if (status == EventStatus.OCCURRED && !f.pastTense && later) {
        status = EventStatus.PLANNED;
        date = dates.resolve(expr, status, doc.published);
      }
    }
    List<Actor> participants = new ArrayList<>();
    Level level = Level.UNKNOWN;
    for (Party p : a) {
      level = add(participants, p, v, level, x.country, y.country);
    }
    for (Party p : b) {
      level = add(participants, p, v, level, x.country, y.country);
    }
    double confidence = (f.nominal && !lightVerbBefore(v, f.trigger) ? 0.75 : 0.9) * (v.headline ? 0.9 : 1) * f.hedge
        * Math.min(x.certainty, y.certainty);
    confidence = Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100.0;
    Sentence evidence = new Sentence(v.source.substring(v.charStart(), v.charEnd()), v.charStart(), v.charEnd());
    Contact c = new Contact(sorted(x.country, y.country), type, status, initiator, host, List.copyOf(participants),
        level, location, date, dateText, evidence, confidence);
    boolean fromMeeting = f.frame == Frame.MEET_VERB || f.frame == Frame.MEET_NOUN || f.frame == Frame.TALK
        || f.frame == Frame.HOST;
    boolean distant = status == EventStatus.PLANNED && (expr != null && (expr.kind() == DateResolver.Kind.YEAR_PERIOD
        || expr.kind() == DateResolver.Kind.MONTH_PERIOD && expr.offset() > 0) || furtherRound(v, f));
    boolean cameFrom = f.cameFrom != null && f.cameFrom.code().equals(host);
    return new Draft(c, f.nominal, v.index, fromMeeting, distant, town, cameFrom);
  }

  /**
   * "the two sides would meet again", "the next round of talks", "their next meeting", "agreed that the
   * foreign secretaries of the two countries would meet": a round after this one ("Maduro will meet him
   * again on Thursday", on a visit under way, may be of this one).
   */
  private static boolean furtherRound(SentenceView v, Finding f) {
    if (f.nominal) {
      int k = f.trigger - 1;
      k = v.is(k, "of") && v.is(k - 1, "round") ? k - 2 : k;
      return v.is(k, "next");
    }
    if (f.sideA.stream().noneMatch(a -> a.kind == ActorRef.Kind.PAIR)) {
      return false;
    }
    int end = Math.min(v.to, f.partiesEnd() + 2);
    for (int k = f.trigger + 1; k < end; k++) {
      if (v.is(k, "again")) {
        return true;
      }
    }
    for (int k = Math.max(v.from, f.trigger - 20); k < f.trigger; k++) {
      if (v.is(k, "agreed") || v.is(k, "agree")) {
        return true; // "agreed that the foreign secretaries of the two countries would meet": a round to come
      }
    }
    return false;
  }

  /**
   * "The delegation flies to Seoul on Wednesday", written on a Monday: the present of a timetable; but not
   * "Sharif welcomes Raisi in Islamabad on Monday" under Tuesday's date, a caption's present of yesterday.
   */
  private static boolean timetable(Finding f, DateResolver.Expr expr, PubDate published) {
    return f.presentSimple && DateResolver.otherWeekday(expr, published) && !DateResolver.dayBefore(expr, published);
  }

  private static final Set<String> LIGHT_VERBS = Set.of("pay", "pays", "paid", "paying", "make", "makes", "made",
      "making", "hold", "holds", "held", "holding", "have", "has", "had", "having", "begin", "began", "begins",
      "start", "started", "conduct", "conducted");

  /** "will pay a visit", "held talks": a contact noun with a verb that states it. */
  private static boolean lightVerbBefore(SentenceView v, int t) {
    for (int k = t - 1; k >= Math.max(v.from, t - 6); k--) {
      if (LIGHT_VERBS.contains(v.norm(k))) {
        return true;
      }
    }
    return false;
  }

  private static Level add(List<Actor> participants, Party p, SentenceView v, Level level, String c1, String c2) {
    if (p.actor == null || !(p.country.equals(c1) || p.country.equals(c2))) {
      return level;
    }
    ActorRef r = p.actor;
    int end = r.end > r.start + 1 && v.tok(r.end - 1).isPossessive() ? r.end - 1 : r.end;
    String name = r.name != null ? r.name : v.text(r.start, end);
    String role = r.role;
    if (r.kind == ActorRef.Kind.STATE) {
      role = role == null ? "state" : role;
    }
    Actor actor = new Actor(name.strip(), role, p.country, r.level);
    if (!participants.contains(actor)) {
      participants.add(actor);
    }
    return r.level.ordinal() > level.ordinal() ? r.level : level;
  }

  private static List<Party> parties(List<ActorRef> actors) {
    List<Party> out = new ArrayList<>(actors.size());
    Set<String> seen = new HashSet<>();
    for (ActorRef r : actors) {
      if (!r.official || !r.hasCountry()) {
        continue;
      }
      if (r.kind == ActorRef.Kind.PERSON && r.role == null && r.certainty < 0.9) {
        continue;
      }
      if (seen.add(r.country)) {
        out.add(new Party(r.country, r.certainty == 0 ? 1 : r.certainty, r));
      }
      if (r.secondCountry != null && seen.add(r.secondCountry)) {
        out.add(new Party(r.secondCountry, r.certainty == 0 ? 1 : r.certainty, r));
      }
    }
    return out;
  }

  /** The envoy travels: his country when the sentence or article gives it, else the sender's. */
  private static List<Party> sent(ActorRef envoy, List<Party> senders, DocContext doc) {
    if (envoy.official && envoy.hasCountry()) {
      return List.of(new Party(envoy.country, envoy.certainty == 0 ? 1 : envoy.certainty, envoy));
    }
    if (senders.size() == 1 && !envoy.org) {
      Party s = senders.get(0);
      if (envoy.name != null) {
        doc.memory.learn(envoy.name, s.country, envoy.role, envoy.roleHead, envoy.level, 0.85);
      }
      envoy.country = s.country;
      envoy.certainty = s.certainty;
      return List.of(new Party(s.country, s.certainty, envoy));
    }
    return senders;
  }

  /** "At the invitation of Foreign Minister Wang Yi, ... will visit China": Wang Yi is of China. */
  private static void invitationHost(SentenceView v, List<Party> hosts, DocContext doc) {
    if (hosts.size() != 1) {
      return;
    }
    for (int k = v.from; k + 2 < v.to; k++) {
      if (v.is(k, "invitation") && (v.is(k + 1, "of") || v.is(k + 1, "from"))) {
        ActorRef inviter = v.actorAt(k + 2);
        if (inviter != null && inviter.country == null && !inviter.org && inviter.official) {
          inviter.country = hosts.get(0).country;
          inviter.certainty = 0.85;
          if (inviter.name != null) {
            doc.memory.learn(inviter.name, inviter.country, inviter.role, inviter.roleHead, inviter.level, 0.85);
          }
        }
      }
    }
  }

  private static int distinctCountries(List<Party> parties) {
    Set<String> countries = new HashSet<>();
    for (Party p : parties) {
      countries.add(p.country);
    }
    return countries.size();
  }

  private static boolean unknownOfficial(List<ActorRef> actors) {
    return firstUnknown(actors) != null;
  }

  /**
   * The first official on a side whose country is unknown. Leaders in the plural ("hosts the presidents of
   * South America", "would host both heads of state") are several, of no one country, so none of them.
   */
  private static ActorRef firstUnknown(List<ActorRef> actors) {
    for (ActorRef r : actors) {
      boolean leaders = r.kind == ActorRef.Kind.GROUP && r.level == Level.HEAD_OF_STATE_OR_GOVERNMENT;
      if (r.official && !r.org && r.country == null && r.role != null && !leaders
          && (r.kind == ActorRef.Kind.PERSON || r.kind == ActorRef.Kind.GROUP || r.kind == ActorRef.Kind.STATE)) {
        return r;
      }
    }
    return null;
  }

  /**
   * An official the article never places ("Secretary Marcelo Ebrard") belongs to the one other
   * country whose officials the article names, if there is exactly one; among several, to the
   * country of the outlet's national web domain, whose own officials news leaves unplaced ("the Party
   * chief" in a Vietnamese paper, datelined Ulaanbaatar), or, when that is the other side's or
   * unknown, of the dateline ("NEW DELHI (PTI) - Prime Minister Narendra Modi will visit Japan"); with
   * neither, a named official belongs to the country the story is about, when it names one clearly
   * more often than any other. Never to the other side's country. A governor or chief minister is
   * placed only by other officials, the dateline or the outlet: a state merely named is no sign. On a
   * government's own site ("spa.gov.sa") an unplaced official is that government's.
   */
  private static List<Party> fallback(DocContext doc, List<Party> other, ActorRef unknown) {
    if (unknown == null || other.isEmpty()) {
      return List.of();
    }
    Set<String> others = new HashSet<>();
    for (Party p : other) {
      others.add(p.country);
    }
    boolean subnational = unknown.level == Level.SUBNATIONAL;
    Set<String> candidates = new HashSet<>(subnational ? doc.officialCountries : doc.actorCountries);
    candidates.removeAll(others);
    String country = candidates.size() == 1 ? candidates.iterator().next() : null;
    if (doc.governmentOutlet && doc.outletCountry != null && !others.contains(doc.outletCountry)) {
      country = doc.outletCountry;
    }
    boolean home = false;
    for (String h : new String[] {doc.outletCountry, doc.dateline != null ? doc.dateline.code() : null}) {
      if (country == null && !home && h != null && !others.contains(h)) {
        home = true;
        if (candidates.isEmpty() || candidates.contains(h)) {
          country = h;
        }
      }
    }
    if (country == null && !home && unknown.name != null && !subnational) {
      country = storyCountry(doc, candidates.isEmpty() ? doc.countryMentions.keySet() : candidates, others);
    }
    if (country == null && !home && subnational) {
      // "Gov. Ron DeSantis ... companies with operations in Florida", the United States never named
      Set<String> regions = new HashSet<>(doc.placeCountries);
      regions.removeAll(doc.countriesByName);
      regions.removeAll(others);
      country = regions.size() == 1 ? regions.iterator().next() : null;
    }
    if (country == null) {
      return List.of();
    }
    unknown.country = country;
    unknown.certainty = FALLBACK;
    if (unknown.name != null) {
      doc.memory.learn(unknown.name, country, unknown.role, unknown.roleHead, unknown.level, FALLBACK);
    }
    return List.of(new Party(country, FALLBACK, unknown));
  }

  /** Of the given countries, the one the story names most, if at least twice and more than any other. */
  private static String storyCountry(DocContext doc, Set<String> among, Set<String> excluded) {
    String best = null;
    int bestCount = 0;
    int runnerUp = 0;
    for (String c : among) {
      int n = doc.countryMentions.getOrDefault(c, 0);
      if (excluded.contains(c)) {
        continue;
      }
      if (n > bestCount) {
        runnerUp = bestCount;
        best = c;
        bestCount = n;
      } else if (n > runnerUp) {
        runnerUp = n;
      }
    }
    return bestCount >= 2 && bestCount > runnerUp ? best : null;
  }

  /**
   * "met his counterpart in Beijing", "will meet President Shavkat Mirziyoyev in Samarkand": an
   * official met without a nationality is of the place, when that is not the subject's country.
   */
  private static List<Party> counterpart(Finding f, List<Party> a) {
    if (f.location == null || a.isEmpty()) {
      return List.of();
    }
    String c = f.location.code();
    if (a.stream().anyMatch(p -> p.country.equals(c))) {
      return List.of();
    }
    for (ActorRef r : f.sideB) {
      if (r.country == null && r.official && !r.org && r.role != null) {
        double certainty = "counterpart".equals(r.roleHead) ? 0.85 : 0.75;
        r.country = c;
        r.certainty = certainty;
        return List.of(new Party(c, certainty, r));
      }
    }
    return List.of();
  }

  private static String visitingCountry(Finding f, Party x, Party y) {
    for (ActorRef r : f.sideB) {
      if (r.visiting && y.country.equals(r.country)) {
        return y.country;
      }
    }
    for (ActorRef r : f.sideA) {
      if (r.visiting && x.country.equals(r.country)) {
        return x.country;
      }
    }
    return null;
  }

  /** An ambassador meeting officials where he is posted is not on a visit. */
  private static boolean resident(Finding f) {
    for (List<ActorRef> side : List.of(f.sideA, f.sideB)) {
      for (ActorRef r : side) {
        if (r.posting && !"envoy".equals(r.roleHead) && !"representative".equals(r.roleHead)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean anyPosting(List<ActorRef> actors) {
    for (ActorRef r : actors) {
      if (r.posting) {
        return true;
      }
    }
    return false;
  }

  private static PlaceRef destinationOf(Finding f, String country) {
    for (PlaceRef p : f.destinations) {
      if (p.code().equals(country)) {
        return p;
      }
    }
    return null;
  }

  /** "to Costa Rica on Tuesday, Guatemala on Wednesday": on an itinerary, the date told right after a leg. */
  private static DateResolver.Expr legDate(List<DateResolver.Expr> exprs, Finding f, String country) {
    PlaceRef place = destinationOf(f, country);
    if (place == null) {
      return null;
    }
    for (DateResolver.Expr e : exprs) {
      if (!e.reported() && e.start() >= place.end() && e.start() - place.end() <= 2) {
        return e;
      }
    }
    return null;
  }

  private static Party first(List<Party> parties, String country) {
    for (Party p : parties) {
      if (p.country.equals(country)) {
        return p;
      }
    }
    throw new IllegalStateException("no party of " + country);
  }

  /**
   * The date words nearest the contact word, not those of the report ("KCNA said on Friday") nor, for a
   * contact that measures the clause's time, those before "after" ("on Monday, weeks after a trip"), nor
   * those after the relative clause it is told in, nor those of a relative clause closed before it.
   */
  private static DateResolver.Expr nearest(SentenceView v, List<DateResolver.Expr> exprs, int t, int partiesEnd,
      int after, int until) {
    DateResolver.Expr best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateResolver.Expr e : exprs) {
      if (e.reported() || e.start() < after || e.start() >= until || e.end() <= t && inClauseClosedBefore(v, e, t)) {
        continue;
      }
      int d = e.start() >= partiesEnd ? e.start() - partiesEnd : e.start() >= t ? 0 : t - e.end() + 2;
      if (d <= 16 && d < bestDistance) {
        best = e;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * "The Prime Minister, who arrived in Beijing on Sunday, will also meet Li": the date words sit in a
   * relative clause opened by a comma and closed by another before the contact word.
   */
  private static boolean inClauseClosedBefore(SentenceView v, DateResolver.Expr e, int t) {
    boolean opened = false;
    for (int k = e.start() - 1; k > v.from && !opened && !v.tok(k).isPunct(','); k--) {
      opened = (v.is(k, "who") || v.is(k, "which")) && v.tok(k - 1).isPunct(',');
    }
    if (!opened) {
      return false;
    }
    for (int k = e.end(); k < t; k++) {
      if (v.tok(k).isPunct(',')) {
        return true;
      }
    }
    return false;
  }

  /**
   * "is paying a state visit to China and will attend the summit, which is scheduled for May 18-19": where
   * a relative clause about something named after the contact opens, or the sentence's end. One right after
   * the contact is its own: "Mr Trump's Saudi visit, which began on Tuesday".
   */
  private static int relativeAfter(SentenceView v, int from) {
    for (int k = from + 2; k < v.to; k++) {
      if ((v.is(k, "which") || v.is(k, "who")) && v.tok(k - 1).isPunct(',')) {
        return k;
      }
    }
    return v.to;
  }

  static List<String> sorted(String a, String b) {
    return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
  }
}
