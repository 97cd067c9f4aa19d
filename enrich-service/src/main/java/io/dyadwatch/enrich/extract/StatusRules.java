package io.dyadwatch.enrich.extract;

import io.dyadwatch.enrich.extract.Finding.Decision;
import io.dyadwatch.enrich.extract.Lexicon.Frame;
import io.dyadwatch.enrich.extract.Lexicon.Tense;
import io.dyadwatch.enrich.extract.Lexicon.TriggerWord;
import io.dyadwatch.schemas.avro.EventType;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a contact happened, is planned, or is no event at all: cancelled, denied, negated
 * or hypothetical ("if", "whether") contacts are dropped; "will", "is due to", "plans to" make it
 * planned; past tense makes it occurred. A contact noun ("his visit") needs a word that places it in
 * time ("upcoming", "made a trip", "after"), else it is left out. Stateless.
 */
final class StatusRules {
  private static final Set<String> CANCEL = Set.of("cancel", "cancels", "canceled", "cancelled", "cancelling",
      "canceling", "cancellation", "postpone", "postpones", "postponed", "postponement", "scrapped", "shelved",
      "rescheduled", "reschedule", "denied", "denies", "deny", "refused", "refuses", "declined", "declines",
      "rejected", "rejects", "suspended", "halted", "aborted", "abandoned", "scuttled", "nixed");
  private static final Set<String> SUGGEST = Set.of("suggested", "suggests", "suggest", "proposed", "proposes",
      "propose", "recommended", "recommends", "urged", "urges", "demanded", "demands", "insisted", "insists");
  /** Words of a delay, not a cancellation, when a new date follows. */
  private static final Set<String> DELAY = Set.of("postpone", "postpones", "postponed", "rescheduled",
      "reschedule");
  /** "pulls out of talks with Pashinyan": a cancellation. */
  private static final Set<String> PULL = Set.of("pull", "pulls", "pulled", "pulling");
  /** "his schedule includes talks with": the nouns of a plan. */
  private static final Set<String> SCHEDULES = Set.of("schedule", "itinerary", "agenda", "programme", "program");
  /** "pushed back", "put back": a delay too. */
  private static final Set<String> PUSH = Set.of("pushed", "push", "pushes", "put");
  private static final Set<String> DENIAL = Set.of("denied", "denies", "deny", "denying", "dismissed",
      "dismisses", "refuted", "refutes", "rejected", "rejects", "debunked");
  private static final Set<String> NOT_CANCEL_AFTER = Set.of("comment", "confirm", "say", "elaborate", "give",
      "disclose", "specify", "provide", "answer", "discuss", "name", "reveal", "respond");
  /** What talks yield: "no headway", "no progress", "no breakthrough" say nothing against the talks. */
  private static final Set<String> OUTCOMES = Set.of("headway", "progress", "breakthrough", "agreement", "deal",
      "results", "consensus");
  private static final Set<String> NEGATION = Set.of("not", "never", "no", "without", "neither", "nor", "cannot");
  private static final Set<String> NO_PLANS = Set.of("plans", "plan", "planning", "planned", "intention",
      "intentions", "intend", "intends", "scheduled", "expected", "going", "indication", "sign", "suggestion");
  private static final Set<String> CONDITIONAL = Set.of("if", "unless", "whether");
  private static final Set<String> WILL = Set.of("will", "'ll", "shall");
  private static final Set<String> HEDGE_MODALS = Set.of("could", "may", "might", "can");
  private static final Set<String> PAST_PLAN = Set.of("due", "scheduled", "supposed", "set", "expected", "slated",
      "planned", "planning", "going", "meant", "to", "intended", "hoping");
  private static final Set<String> PLAN = Set.of("due", "expected", "expect", "expects", "set", "scheduled",
      "slated", "plans", "plan", "planned", "planning", "intends", "intend", "intended", "aims", "aim", "aiming",
      "preparing", "prepares", "prepare", "hopes", "hope", "hoping", "wants", "want", "agreed", "agree", "agrees",
      "invitation", "poised", "likely", "going", "about", "decided",
      "decides", "promised", "promises", "vowed", "vows", "arranged", "arranging", "announced", "confirmed",
      "accepted", "accepts", "is", "are", "will", "would", "scheduling", "speculation", "reports");
  /** "invited X to visit": a plan only when the invitation is accepted. */
  private static final Set<String> INVITED = Set.of("invited", "invite", "invites", "inviting");
  private static final Set<String> ACCEPTED = Set.of("accepted", "accepts", "accept");
  /** Verbs that close a visit under way: "will end his trip", "wrapping up her tour". */
  private static final Set<String> ENDS = Set.of("end", "ends", "ending", "conclude", "concludes", "concluding",
      "wrap", "wraps", "wrapping", "finish", "finishes", "finishing");
  /** Requests, refusals and mere wishes: "urged X to visit", "is ready to hold talks" are no contacts. */
  private static final Set<String> REQUEST = Set.of("urged", "urges", "urging", "asked", "asks", "calls", "called",
      "pressed", "demanded", "demands", "refused", "refuses", "declined", "declines", "failed", "fails", "forced",
      "allowed", "permitted", "barred", "banned", "prevented", "ready", "eager", "keen", "willing", "prepared",
      "wants", "want", "wanted", "hopes", "hope", "hoping", "hoped", "wishes", "wish", "seeks", "seeking", "sought",
      "offered", "offers", "proposed", "proposes", "mulling", "considering", "open", "unwilling", "reluctant",
      "encouraged", "encourages", "encouraging", "advised", "advises", "tipped");
  /** "phoned Albanese to explain why he had cancelled his visit": the cancelling is another contact's. */
  private static final Set<String> REASON_CLAUSE = Set.of("why", "because", "explain", "explaining", "after",
      "since", "over", "about", "for", "apologise", "apologize", "apologising", "apologizing");
  /** "talks with Putin were impossible", "a meeting is unlikely": a contact said not to happen. */
  private static final Set<String> RULED_OUT = Set.of("impossible", "unlikely", "off", "out", "pointless",
      "premature", "excluded");
  /** Words that open another clause after a contact noun: "a visit to Iran during which he will ...". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("during", "where", "which", "when", "who", "whom");
  /** "the first Indian prime minister to visit Iran in 15 years": a record set by the visit told. */
  private static final Set<String> FIRST_TO = Set.of("first", "second", "third", "fourth", "only", "latest", "last",
      "highest");
  private static final Set<String> LIGHT_VERBS = Set.of("make", "pay", "hold", "have", "conduct", "undertake",
      "begin", "start", "embark", "attend");
  private static final Set<String> NOUN_PLANNED = Set.of("upcoming", "planned", "proposed", "forthcoming",
      "expected", "scheduled", "prospective", "future", "next", "agenda", "ahead", "pending", "preparations",
      "preparing", "invitation", "invited", "will", "would", "due", "awaited", "anticipated", "coming");
  /** Verbs of setting off: the journey has begun, the visit not yet. */
  private static final Set<String> SET_OFF = Set.of("left", "departed", "headed", "set");
  /** Words that open a new clause after a comma: ", as Raisi began a visit". */
  private static final Set<String> CLAUSE_JOINS = Set.of("as", "while", "whereas", "but");
  private static final Set<String> NOUN_HEDGED = Set.of("possible", "potential", "likely", "rumoured", "rumored",
      "speculated", "hopeful", "hypothetical", "eventual", "considering", "mulling", "weighing", "contemplating");
  private static final Set<String> NOUN_OCCURRED = Set.of("made", "paid", "held", "had", "concluded", "wrapped",
      "ended", "began", "started", "completed", "undertook", "conducted", "cut", "having", "follows", "followed",
      "following", "after", "since", "results", "outcome", "recent", "previous", "earlier", "last", "went",
      "returned", "took", "during", "was", "were", "came", "marked", "marks", "makes", "pays", "holds", "begins",
      "starts", "wrapping", "concluding", "received", "got", "sat", "welcomed", "hailed", "arrived", "landed",
      "arrives", "lands", "presented", "presenting", "presents", "ahead", "hosted", "hosts", "hosting", "brokered",
      "mediated", "facilitated", "convened", "chaired");
  /** After the noun phrase: "the meeting was held between ...", "the call took place". */
  private static final Set<String> NOUN_HELD = Set.of("held", "took", "happened", "ended", "lasted", "concluded",
      "was", "were", "occurred", "went", "broke", "collapsed", "opened", "began", "started", "produced",
      "yielded", "focused", "covered", "drew", "sparked", "prompted", "angered", "triggered", "caused", "followed");
  /** Words between a subject and its verb: "Ali and Maduro yesterday committed". */
  private static final Set<String> SUBJECT_SKIPS = Set.of("on", "yesterday", "today", "also", "jointly", "then");
  /** Verbs that report a contact rather than take part in it. */
  private static final Set<String> REPORTED_VERBS = Set.of("said", "told", "announced", "confirmed", "reported",
      "stated", "added", "noted", "hoped", "planned", "expected", "wanted", "proposed", "suggested", "offered");
  private static final Set<String> BE_PRESENT = Set.of("is", "are", "am", "'re");
  private static final Set<String> BE_ANY = Set.of("is", "are", "am", "'re", "was", "were", "be", "been", "being",
      "not", "also");
  private static final Set<String> PAST_OWNERS = Set.of("held", "made", "paid", "conducted", "undertook", "began",
      "started", "concluded");
  private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "having");

  private static final Set<String> PLAN_WORDS = Set.of("scheduled", "due", "expected", "planned", "set", "slated",
      "supposed");
  private static final Set<String> PAST_FORMS = Set.of("was", "were", "had", "did", "met", "held", "flew", "spoke",
      "went", "came", "left", "sent", "made", "paid", "began", "said", "told", "sat", "took", "saw", "announced",
      "signed", "stressed", "thanked", "discussed", "reviewed", "pledged", "praised");

  private final Lexicon lex;

  StatusRules(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * For a contact that takes its time from the sentence ("... before heading to the palace for
   * talks") when nothing before it was read as a contact: a verb in the past before it says occurred.
   */
  static Decision sentenceTense(SentenceView v, int t) {
    for (int k = v.from; k < t; k++) {
      Token tok = v.tok(k);
      if (WILL.contains(tok.norm) || PLAN_WORDS.contains(tok.norm) && !compared(v, k) || hedgeModal(v, k)) {
        return Decision.PLANNED;
      }
    }
    for (int k = v.from; k < t; k++) {
      Token tok = v.tok(k);
      if (tok.lowercase() && (PAST_FORMS.contains(tok.norm) || tok.has(Token.TRIGGER) && tok.norm.endsWith("ed"))) {
        return Decision.OCCURRED;
      }
    }
    // "Before arriving in Ankara, Niinisto on Thursday visited Kahramanmaras": the main verb comes after
    for (int k = t + 1; k < v.to; k++) {
      Token tok = v.tok(k);
      if (WILL.contains(tok.norm) || PLAN_WORDS.contains(tok.norm) || hedgeModal(v, k)) {
        return Decision.PLANNED;
      }
      if (tok.lowercase() && (PAST_FORMS.contains(tok.norm) || tok.has(Token.TRIGGER) && tok.norm.endsWith("ed"))) {
        return Decision.OCCURRED;
      }
    }
    return Decision.PLANNED;
  }

  /**
   * "Zelensky, who said Ukraine would not recognise it, was in Ankara for talks": where the scan for a
   * negation from "from" to t starts, past a ", who ... ," aside that closes inside it.
   */
  private static int afterAside(SentenceView v, int from, int t) {
    for (int k = Math.max(from - 12, v.from); k < t; k++) {
      int close = Parties.relativeClauseEnd(v, k, "who", "which");
      if (close >= 0) {
        return close < t && close >= from ? close + 1 : from;
      }
    }
    return from;
  }

  void decide(SentenceView v, Finding f, List<DateResolver.Expr> sentenceDates, PubDate published) {
    int t = f.trigger;
    int clauseEnd = Circumstances.relativeEnd(v, t);
    // "Ramaphosa, who is visiting Washington, met Trump on Wednesday": the main clause's date is not the stay's
    List<DateResolver.Expr> dates = clauseEnd == v.to ? sentenceDates
        : sentenceDates.stream().filter(e -> e.start() < clauseEnd).toList();
    int cancel = cancelled(v, f);
    if (cancel >= 0) {
      // "postponed until Friday", "pushed back to March 17": planned for the new date
      f.decision = newDate(v, cancel, dates) ? Decision.PLANNED : Decision.DROP;
      return;
    }
    int lb = f.nominal ? Math.max(v.from, ownerStart(f) - 6) : subjectEnd(v, f);
    int from = Math.max(lb, t - 10);
    from = afterAside(v, from, t);
    for (int k = from; k < t; k++) {
      Token tok = v.tok(k);
      if ((NEGATION.contains(tok.norm) || tok.norm.endsWith("n't") || tok.norm.endsWith("n’t"))
          && !(tok.is("no") && OUTCOMES.contains(v.norm(k + 1)))) {
        f.decision = Decision.DROP; // but "made no headway at talks in Turkey": the talks were held
        return;
      }
      if (tok.is("reportedly") || tok.is("allegedly") || tok.is("reported")) {
        f.hedge = Math.min(f.hedge, 0.9);
      }
    }
    if (f.nominal && heldWhat(v, ownerStart(f))) {
      f.pastTense = true;
      f.decision = Decision.OCCURRED; // "held what is likely to be their last meeting": held; the rest a guess
      return;
    }
    if (!f.nominal && (v.is(t + 1, "no") || v.is(t + 1, "nothing") || v.is(t + 1, "neither"))
        || v.is(t - 1, "to") && v.is(t - 2, "yet")) {
      f.decision = Decision.DROP;
      return;
    }
    for (int k = Math.max(v.from, t - 12); k < t; k++) {
      if ((v.is(k, "no") || v.is(k, "not") || v.is(k, "never")) && (NO_PLANS.contains(v.norm(k + 1))
          || v.is(k + 1, "immediate") && NO_PLANS.contains(v.norm(k + 2)))) {
        f.decision = Decision.DROP;
        return;
      }
    }
    for (int k = Math.max(v.from, t - 15); k < t; k++) {
      if (CONDITIONAL.contains(v.norm(k)) && !(v.is(k, "whether") && commaBetween(v, k, t))) {
        // but "Asked whether he would be back, he said he would return": the question is closed
        f.decision = Decision.DROP;
        return;
      }
    }
    if (deniedReport(v, t) || conditionAfter(v, from, t) || suggestion(v, f)) {
      f.decision = Decision.DROP;
      return;
    }
    int owner = ownerStart(f);
    int during = -1;
    for (int k = owner - 1; k >= Math.max(v.from, owner - 3) && during < 0; k--) {
      if (v.is(k, "during")) {
        during = k; // "extended during a phone call", "signed during the visit"
      } else if (!v.tok(k).lowercase()) {
        break;
      }
    }
    if (f.nominal && during > v.from && v.tok(during - 1).lowercase()
        && (v.norm(during - 1).endsWith("ed") || PAST_FORMS.contains(v.norm(during - 1)))) {
      // "would continue the agenda signed during Erdogan's visit in December": a visit of the past
      f.pastTense = true;
      f.decision = Decision.OCCURRED;
      return;
    }
    int closing = v.is(ownerStart(f) - 1, "up") ? ownerStart(f) - 2 : ownerStart(f) - 1;
    int ender = t - 1;
    while (ender > v.from && v.tok(ender).has(Token.DETERMINER | Token.POSSESSIVE_PRONOUN)) {
      ender--;
    }
    if (f.nominal && f.type == EventType.VISIT && ENDS.contains(v.norm(ender)) && v.is(t + 1, "in")
        && v.norm(ender).endsWith("s")
        && (dates.isEmpty()
        || dates.stream().anyMatch(e -> !e.reported() && DateResolver.otherWeekday(e, published)))) {
      // "flies to Yerevan on Friday ... and ends the tour in Baku on Saturday", "He ends his tour in Eritrea":
      // the last stop, told ahead
      f.decision = Decision.PLANNED;
      return;
    }
    if (f.nominal && f.type == EventType.VISIT && ENDS.contains(v.norm(closing)) && !v.is(t + 1, "in")) {
      // "will end his China trip on Saturday": a visit under way, not "ending his trip in Italy"
      f.decision = Decision.OCCURRED;
      return;
    }
    if (f.nominal && (v.is(t - 1, "after") || v.is(t - 1, "following"))) {
      // "said he would ask parliament to ratify ..., after talks in Ankara with X": what came before
      f.decision = Decision.OCCURRED;
      return;
    }
    if (f.nominal && onSchedule(v, t)) {
      f.decision = Decision.PLANNED; // "Xi's schedule on Thursday includes talks with Kishida"
      return;
    }
    if (toFollow(v, f)) {
      f.decision = Decision.PLANNED; // "with stops in Benin and Guinea-Bissau to follow", "with Guatemala to follow"
      return;
    }
    if (f.nominal && calledFor(v, t)) {
      f.decision = Decision.DROP;
      return;
    }
    if ((f.frame == Frame.MEET_NOUN || f.frame == Frame.TALK) && purposeOfTrip(v, t)) {
      f.decision = Decision.INHERIT;
      return;
    }
    for (int k = from; k < t; k++) {
      if ((v.is(k, "was") || v.is(k, "were") || v.is(k, "had")) && (PAST_PLAN.contains(v.norm(k + 1))
          || v.is(k + 1, "been") && PAST_PLAN.contains(v.norm(k + 2)))) {
        // "was due to fly on to Qatar later on Sunday", "was to travel on Tuesday to Qatar", written on
        // that day: still to come
        boolean pluperfect = v.is(k, "had");
        f.decision = futureTime(dates) || laterToday(v, t) || !pluperfect && (reportedBefore(v, k)
            || dates.isEmpty() && f.type == EventType.VISIT && !f.nominal && !v.norm(t).startsWith("return")
            && !contrastAfter(v, k)
            || dates.stream().anyMatch(e -> !e.reported() && (DateResolver.sameDay(e, published)
                || DateResolver.nextDay(e, published))))
            ? Decision.PLANNED : Decision.DROP;
        return;
      }
    }
    if (f.frame == Frame.INVITE && tenseOf(v, f) == Tense.PAST && pastEventAfter(v, t)) {
      // "invited delegations ... to a military parade in Pyongyang where he rolled out his weapons"
      f.pastTense = true;
      f.decision = Decision.OCCURRED;
      return;
    }
    if (f.frame == Frame.INVITE) {
      f.decision = invitationTakenUp(v, t) ? Decision.PLANNED : Decision.DROP;
      return;
    }
    if (tenseOf(v, f) == Tense.PLAN) {
      f.decision = Decision.PLANNED;
      return;
    }
    if (!f.nominal && v.is(t - 1, "after") && v.norm(t).endsWith("ing")
        && (pastVerbBefore(v, t - 1) || pastVerbInClause(v, t - 1))) {
      // "Trump announced on Tuesday after meeting Akazawa", "agreed a partnership with Qatar after meeting the Emir"
      f.pastTense = true;
      f.decision = Decision.OCCURRED;
      return;
    }
    if (!f.nominal && v.is(t - 1, "after") && v.norm(t).endsWith("ing") && pastEventAfter(v, t)) {
      f.pastTense = true; // "set to arrive on Sunday after stopping in Tokyo, where he held a summit"
      f.decision = Decision.OCCURRED;
      return;
    }
    for (int k = from; k < t; k++) {
      if (WILL.contains(v.norm(k)) && !pastOwnerBetween(v, k, t)) {
        f.decision = Decision.PLANNED;
        return;
      }
    }
    int and = (v.is(t - 1, "then") || v.is(t - 1, "later")) && v.is(t - 2, "and") ? t - 2 : t - 1;
    boolean listed = v.is(and, "and") || v.inside(and) && v.tok(and).isPunct(',') && v.tok(t).lowercase();
    if (!f.nominal && listed && tenseOf(v, f) == Tense.BASE && willBefore(v, and)) {
      // "He will end his China trip on Saturday and fly to Abu Dhabi", "will visit Japan ... and then travel"
      f.decision = Decision.PLANNED;
      return;
    }
    if (!f.nominal && v.is(t - 1, "before") && v.norm(t).endsWith("ing") && firstToBefore(v, t - 1)) {
      f.decision = Decision.DROP; // "the first Chinese leader to travel to Seoul before visiting Pyongyang"
      return;
    }
    int to = infinitiveTo(v, from, t);
    if (to >= 0 && f.nominal && otherPhraseBetween(v, to + 2, t)) {
      to = -1; // "agreed to start talks during Kishida's visit": the infinitive governs the talks
    }
    if (to >= 0) {
      f.decision = governedTo(v, to, f);
      return;
    }
    for (int k = from; k < t; k++) {
      if (pastOwnerBetween(v, k, t)) {
        break; // "Vucic, who came despite warnings that it would be viewed badly, held talks with Putin"
      }
      if (v.is(k, "would")) {
        if (v.is(k + 1, "have")) {
          f.decision = Decision.DROP;
          return;
        }
        f.decision = Decision.PLANNED;
        f.hedge = Math.min(f.hedge, 0.85);
        return;
      }
      if (hedgeModal(v, k)) {
        // "may visit Russia later this year" is a trip in view; "could later travel there" a mere possibility
        f.decision = futureTime(dates) || dates.stream().anyMatch(e -> v.is(e.start(), "later"))
            ? Decision.PLANNED : Decision.DROP;
        f.hedge = Math.min(f.hedge, 0.6);
        return;
      }
    }
    if (f.nominal && laterThanToday(v, f, dates, published)) {
      f.decision = Decision.PLANNED;
      return;
    }
    if (f.nominal && f.type != EventType.CALL && presentItinerary(v, f) && !earlierMonthNamed(dates, published)) {
      f.decision = Decision.PLANNED;
      return;
    }
    // "is expected to witness the signing of a peace agreement": a gerund after "the" may be planned as a noun is;
    // "oversaw the signing" is dated by its verb
    if (!f.nominal && v.is(t - 1, "the") && v.norm(t).endsWith("ing") && plannedAsNoun(v, f, dates)) {
      f.decision = Decision.PLANNED;
      return;
    }
    f.decision = f.nominal ? nounDecision(v, f, dates) : verbDecision(v, f, from, dates, published);
  }

  /**
   * "After the summit, he goes on to Brazil for the BRICS summit and a state visit to Brasília, and ends the
   * tour in Windhoek": outside a headline, a trip told after a move in the present simple is an itinerary; so
   * are the talks on it ("moves on to Guatemala ..., and wraps up the trip in Santo Domingo on Thursday with talks").
   */
  private boolean presentItinerary(SentenceView v, Finding f) {
    if (v.headline) {
      return false;
    }
    boolean moved = false;
    for (int k = v.from; k < f.trigger; k++) {
      if (moved && (v.is(k, "after") || v.is(k, "following") || v.is(k, "since"))) {
        return false; // "travels on to Turkey after a whirlwind swing through Israel and Jordan"
      }
      List<TriggerWord> words = v.tok(k).lowercase() ? lex.triggers(v.norm(k)) : null;
      int subject = v.is(k - 1, "then") || v.is(k - 1, "also") ? k - 2 : k - 1;
      if (words != null && words.stream().anyMatch(w -> w.frame() == Frame.MOVE_TO && w.tense() == Tense.S)
          && v.inside(subject) && v.actorAt(subject) != null) {
        moved = true; // a traveller moving, not "the visit comes after ..."
      }
    }
    return moved;
  }

  /** "denied a newspaper report that X would travel to Y": the contact is what was denied. */
  private static boolean deniedReport(SentenceView v, int t) {
    for (int k = t - 1; k >= Math.max(v.from, t - 20); k--) {
      if (v.is(k, "that")) {
        for (int j = k - 1; j >= Math.max(v.from, k - 8); j--) {
          if (DENIAL.contains(v.norm(j))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * A future or hedged contact with a condition after it: "could meet X only after Y changes its
   * constitution", "will travel provided that ...". A past contact "met only after" keeps its status.
   */
  private static boolean conditionAfter(SentenceView v, int from, int t) {
    boolean modal = false;
    boolean hedged = false;
    for (int k = from; k < t && !modal; k++) {
      hedged = hedgeModal(v, k) || v.is(k, "would");
      modal = WILL.contains(v.norm(k)) || hedged;
    }
    if (!modal) {
      return false;
    }
    for (int k = t + 1; hedged && k < Math.min(v.to, t + 8); k++) {
      if (v.is(k, "if") || v.is(k, "unless")) {
        return true; // "Kishida could visit Pyongyang if Tokyo dropped the issue"
      }
    }
    for (int k = t + 1; k < Math.min(v.to, t + 15); k++) {
      if (v.is(k, "only") && (v.is(k + 1, "after") || v.is(k + 1, "if") || v.is(k + 1, "when")
          || v.is(k + 1, "once")) || (v.is(k, "provided") || v.is(k, "providing")) && v.is(k + 1, "that")
          || v.is(k, "on") && v.is(k + 1, "condition")) {
        return true;
      }
      if (v.tok(k).isPunct(';')) {
        return false;
      }
    }
    return false;
  }

  /**
   * A cancelling word near the contact: from just before its subject to a few words after its
   * parties ("A planned meeting between X and Y was canceled"), not in another clause far away.
   */
  private static int cancelled(SentenceView v, Finding f) {
    int start = f.trigger;
    int end = f.trigger + 1;
    for (List<ActorRef> side : List.of(f.sideA, f.sideB)) {
      for (ActorRef a : side) {
        start = Math.min(start, a.start);
        end = Math.max(end, a.end);
      }
    }
    for (PlaceRef p : f.destinations) {
      end = Math.max(end, p.end());
    }
    int reach = f.nominal ? 18 : 10;
    for (int k = Math.max(v.from, start - 4); k < Math.min(v.to, end + reach); k++) {
      String n = v.norm(k);
      if (v.tok(k).isPunct(';') || k >= end && !f.nominal && REASON_CLAUSE.contains(n)) {
        break;
      }
      if (k >= end && n.equals("and") && v.inside(k + 1) && v.tok(k + 1).lowercase()
          && (v.norm(k + 1).endsWith("ed") || PAST_FORMS.contains(v.norm(k + 1)))) {
        break; // "spoke by phone and agreed to reschedule": the next verb's object is not this contact
      }
      if (CANCEL.contains(n) && !(v.is(k + 1, "to") && NOT_CANCEL_AFTER.contains(v.norm(k + 2)))
          && !otherObject(v, f, k + 1)) {
        return k;
      }
      if (((n.equals("called") || n.equals("call") || n.equals("put")) && v.is(k + 1, "off")
          || PULL.contains(n) && v.is(k + 1, "out") && v.is(k + 2, "of")
          || n.equals("ruled") && v.is(k + 1, "out") || PUSH.contains(n) && v.is(k + 1, "back"))
          && !otherObject(v, f, k + 2)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "a visit to Washington on 30 June, rescheduled after she called off a state visit in 2013": a
   * cancelling verb whose object is another contact noun after this one cancels that one.
   */
  private static boolean otherObject(SentenceView v, Finding f, int p) {
    for (int k = p; k < Math.min(v.to, p + 4); k++) {
      if (v.tok(k).has(Token.TRIGGER_NOUN)) {
        return k > f.trigger;
      }
      if (!v.tok(k).isWord() || v.tok(k).has(Token.TRIGGER)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Macron suggested that he and Scholz travel to Beijing together": a verb in the base form after
   * "suggested that" is a proposal, not a plan.
   */
  private boolean suggestion(SentenceView v, Finding f) {
    if (f.nominal || tenseOf(v, f) != Tense.BASE) {
      return false;
    }
    for (int k = f.trigger - 1; k > Math.max(v.from, f.trigger - 12); k--) {
      if (WILL.contains(v.norm(k)) || v.is(k, "to") || v.tok(k).isPunct(',') || v.tok(k).isPunct(';')) {
        return false;
      }
      if (v.is(k, "that")) {
        return SUGGEST.contains(v.norm(k - 1)) || v.is(k - 2, "suggested") || v.is(k - 2, "proposed");
      }
    }
    return false;
  }

  /** A delay with the new date: "postponed until Friday", "pushed back to March 17", "rescheduled for May". */
  private static boolean newDate(SentenceView v, int cancel, List<DateResolver.Expr> dates) {
    if (!DELAY.contains(v.norm(cancel)) && !PUSH.contains(v.norm(cancel))) {
      return false;
    }
    for (DateResolver.Expr e : dates) {
      if (v.tok(cancel - 1).isPunct(',') && e.end() == cancel - 1 && !e.reported()) {
        return true; // "an official visit to Washington on 30 June, rescheduled after ..."
      }
    }
    for (int k = cancel + 1; k < Math.min(v.to, cancel + 4); k++) {
      if (v.is(k, "to") || v.is(k, "until") || v.is(k, "till") || v.is(k, "for")) {
        for (DateResolver.Expr e : dates) {
          if (e.start() > k && e.start() <= k + 2 && !e.reported()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static int subjectEnd(SentenceView v, Finding f) {
    int lb = Math.max(v.from, f.trigger - 10);
    for (ActorRef a : f.sideA) {
      if (a.end <= f.trigger) {
        lb = Math.max(lb, a.end);
      }
    }
    if (f.hostIsB) {
      for (ActorRef a : f.sideB) {
        if (a.end <= f.trigger) {
          lb = Math.max(lb, a.end);
        }
      }
    }
    return lb;
  }

  private static int ownerStart(Finding f) {
    int s = f.trigger;
    for (ActorRef a : f.sideA) {
      if (a.end <= f.trigger) {
        s = Math.min(s, a.start);
      }
    }
    return s;
  }

  /** The "to" of an infinitive before the contact word: "to visit", "to make a trip", "to hold talks". */
  private int infinitiveTo(SentenceView v, int from, int t) {
    for (int k = t - 1; k >= from; k--) {
      if (!v.is(k, "to")) {
        continue;
      }
      if (k + 1 == t || k + 3 == t && v.is(k + 1, "co") && v.is(k + 2, "-")) {
        return k; // "to meet", "to co-chair"
      }
      String next = v.norm(k + 1);
      if (LIGHT_VERBS.contains(next) || k + 2 == t && (next.equals("also") || next.equals("formally"))) {
        return k;
      }
      List<TriggerWord> w = v.tok(k + 1).has(Token.TRIGGER) ? lex.triggers(next) : null;
      if (w != null && w.stream().anyMatch(x -> x.tense() == Tense.BASE)) {
        return k;
      }
    }
    return -1;
  }

  /** "held what is likely to be", "had what was billed as": a past light verb before "what" and the noun. */
  private static boolean heldWhat(SentenceView v, int owner) {
    for (int k = owner - 1; k > Math.max(v.from, owner - 7); k--) {
      if (v.is(k, "what")) {
        return NOUN_OCCURRED.contains(v.norm(k - 1)) && v.tok(k - 1).lowercase() && !BE_ANY.contains(v.norm(k - 1));
      }
    }
    return false;
  }

  /**
   * "Xi invited Putin to visit China this year, and the Russian leader accepted": an invitation plans a visit
   * only once it is taken up. "Putin invited the prime minister to Moscow" alone schedules nothing.
   */
  private static boolean invitationTakenUp(SentenceView v, int t) {
    for (int k = t + 1; k < v.to; k++) {
      if (ACCEPTED.contains(v.norm(k)) && !NEGATION.contains(v.norm(k - 1)) && !NEGATION.contains(v.norm(k - 2))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> GO_AHEAD = Set.of("take", "go", "happen", "proceed");

  /** "planned meetings with Zelenskyy and Sheinbaum will not take place", "the talks did not go ahead". */
  private static boolean notGoingAhead(SentenceView v, Finding f) {
    int after = f.partiesEnd();
    for (int k = after; k < Math.min(v.to - 2, after + 3); k++) {
      if ((WILL.contains(v.norm(k)) || v.is(k, "would") || v.is(k, "did") || v.is(k, "does"))
          && v.is(k + 1, "not") && GO_AHEAD.contains(v.norm(k + 2))) {
        return true;
      }
    }
    return false;
  }

  /** "his schedule includes talks with", "the itinerary will include a meeting with": the contact is ahead. */
  private static boolean onSchedule(SentenceView v, int t) {
    int k = t - 1;
    while (k > Math.max(v.from, t - 4) && !v.is(k, "includes") && !v.is(k, "include") && v.tok(k).lowercase()) {
      k--; // "includes a bilateral meeting", "includes separate talks"
    }
    if (!(v.is(k, "includes") || v.is(k, "include") && (v.is(k - 1, "will") || v.is(k - 1, "to")))) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(v.from, k - 6); j--) {
      if (SCHEDULES.contains(v.norm(j))) {
        return true;
      }
    }
    return false;
  }

  /** "to follow" right after the contact's places: legs still ahead. */
  private static boolean toFollow(SentenceView v, Finding f) {
    int end = f.trigger + 1;
    for (PlaceRef p : f.destinations) {
      end = Math.max(end, p.end());
    }
    return v.is(end, "to") && v.is(end + 1, "follow");
  }

  /**
   * "Macron has called for an emergency meeting with Sarraj", "called for conditions to be created for talks
   * between Russia and Ukraine": asked for, not held nor yet set.
   */
  private static boolean calledFor(SentenceView v, int t) {
    for (int k = t - 1; k >= Math.max(v.from + 1, t - 9) && !v.tok(k).isPunct(','); k--) {
      if (v.is(k, "for") && v.norm(k - 1).startsWith("call") && v.tok(k - 1).lowercase()) {
        return true;
      }
    }
    return false;
  }

  private static Decision governedTo(SentenceView v, int to, Finding f) {
    for (int k = to - 1; k >= Math.max(v.from, to - 7); k--) {
      String n = v.norm(k);
      if (recordWord(v, k) && !yetToCome(v, k)) {
        f.pastTense = true;
        return Decision.OCCURRED;
      }
      if (n.equals("prepared") && !BE_ANY.contains(v.norm(k - 1))) {
        return Decision.PLANNED; // "Blinken prepared to travel", not "is prepared to travel"
      }
      if (REQUEST.contains(n)) {
        return Decision.DROP;
      }
      if (INVITED.contains(n)) {
        return invitationTakenUp(v, to) ? Decision.PLANNED : Decision.DROP;
      }
      if (PLAN.contains(n)) {
        if (n.equals("reports") || n.equals("speculation") || n.equals("expected") || n.equals("expects")
            || n.equals("expect") || n.equals("likely")) {
          f.hedge = Math.min(f.hedge, 0.85);
        }
        return Decision.PLANNED;
      }
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';')) {
        break;
      }
    }
    return v.headline ? Decision.PLANNED : Decision.INHERIT;
  }

  private Decision verbDecision(SentenceView v, Finding f, int from, List<DateResolver.Expr> dates,
      PubDate published) {
    Tense tense = tenseOf(v, f);
    boolean bePresent = false;
    boolean bePast = false;
    for (int k = from; k < f.trigger; k++) {
      String n = v.norm(k);
      if (BE_PRESENT.contains(n)) {
        bePresent = true;
      }
      if (n.equals("was") || n.equals("were")) {
        bePast = true;
      }
      if (HAVE.contains(n)) {
        f.pastTense = true;
        return Decision.OCCURRED;
      }
    }
    boolean motion = f.frame == Frame.SEND || f.frame == Frame.MOVE_TO;
    switch (tense) {
      case PAST -> {
        if (f.frame == Frame.MOVE_TO && SET_OFF.contains(v.norm(f.trigger)) && plannedWhere(v, f)) {
          return Decision.PLANNED; // "left for Hanoi late Wednesday, where he is due to meet To Lam"
        }
        f.pastTense = true;
        return Decision.OCCURRED;
      }
      case ING -> {
        if (bePast && f.type == EventType.VISIT && willAfter(v, f.trigger)) {
          return Decision.PLANNED;
        }
        if (bePast) {
          f.pastTense = true;
          return Decision.OCCURRED;
        }
        String before = v.norm(f.trigger - 1);
        if (!bePresent && v.headline && before.equals("before") && !pastVerbInClause(v, f.trigger - 1)) {
          return Decision.PLANNED; // "Lula meets Meloni in Rome before heading to Paris": the headline's next leg
        }
        if (!bePresent && (before.equals("before") || before.equals("after") || before.equals("then")
            || before.equals("while") || before.equals("when"))) {
          return mainClausePlan(v, f.trigger - 1) ? Decision.PLANNED : Decision.INHERIT;
        }
        if (motion && (bePresent || v.headline) || bePresent && comingDay(dates, published)) {
          // "is leaving for New Delhi on Wednesday", written on the Monday: the present of a plan
          return Decision.PLANNED;
        }
        return Decision.OCCURRED;
      }
      default -> {
        if (tense == Tense.S && earlierMonthNamed(dates, published)) {
          f.pastTense = true;
          return Decision.OCCURRED; // "June 2022: Iraqi Prime Minister al-Kadhimi travels to Jeddah and Tehran"
        }
        f.presentSimple = tense == Tense.S && !bePresent && !v.headline;
        if (f.presentSimple && (v.is(f.trigger - 1, "then") || v.is(f.trigger - 1, "next") || willAfter(v, f.trigger)
            || laterToday(v, f.trigger) || f.frame == Frame.MOVE_TO)
            || tense == Tense.S && (nextAfterDestination(v, f) || v.is(f.trigger - 1, "then")
            || f.frame == Frame.MOVE_TO && (v.is(f.trigger + 1, "on") || v.headline))
            || tense == Tense.BASE && f.frame == Frame.MOVE_TO && !v.is(f.trigger - 1, "to")
            && (v.is(f.trigger - 1, "then") || v.is(f.trigger + 1, "on") || !dates.isEmpty())) {
          // "The leaders travel on to St Petersburg on Saturday", "he and Austin head to Manila on Tuesday": the
          // plural of the same itinerary
          // "From Belgrade, Xi travels to Budapest": outside a headline, the present of a move is an itinerary;
          // "travels on to Turkey", "then heads to Doha", even in one, the next leg
          return Decision.PLANNED;
        }
        return Decision.OCCURRED;
      }
    }
  }

  /** "told Tokayev in a phone call that Russia would help": from "that" on, what was said, not when. */
  private static boolean saidInCall(SentenceView v, Finding f, int k) {
    return f.type == EventType.CALL && v.is(k, "that");
  }

  /** A month named with its year before the article's month: the present tells history, as in a timeline. */
  private static boolean earlierMonthNamed(List<DateResolver.Expr> dates, PubDate published) {
    if (!published.hasMonth()) {
      return false;
    }
    for (DateResolver.Expr e : dates) {
      boolean named = e.kind() == DateResolver.Kind.MONTH || e.kind() == DateResolver.Kind.MONTH_DAY;
      if (named && !e.reported() && e.year() > 0 && e.month() > 0
          && e.year() * 12 + e.month() < published.year() * 12 + published.month()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "flies this afternoon to Boa Vista", "travels tomorrow", "leaves for Seoul later on Saturday": the
   * present of a timetable for today or later.
   */
  private static boolean laterToday(SentenceView v, int t) {
    for (int k = t + 1; k < Math.min(v.to, t + 6); k++) {
      if (v.is(k, "tomorrow") || v.is(k, "tonight") || v.is(k, "later") && !v.is(k + 1, "that")
          || v.is(k, "this") && (v.is(k + 1, "afternoon") || v.is(k + 1, "evening"))) {
        return true;
      }
    }
    return false;
  }

  /** "heads to Seoul next", "travels to Tokyo next week": the next leg of a trip. */
  private static boolean nextAfterDestination(SentenceView v, Finding f) {
    if (f.destinations.isEmpty()) {
      return false;
    }
    int end = f.destinations.get(f.destinations.size() - 1).end();
    return v.is(end, "next") && !v.is(end + 1, "to");
  }

  /**
   * "Misri told reporters that Modi was expected to hold meetings": a plan in reported speech, its tense
   * moved back by the verb of saying, not a plan that lapsed.
   */
  /** "was due to visit Cairo, but the trip was called off": a plan the sentence goes on to undo. */
  private static boolean contrastAfter(SentenceView v, int k) {
    for (int j = k + 1; j < v.to; j++) {
      if (v.is(j, "but") || v.is(j, "however") || v.is(j, "instead") || v.is(j, "until")) {
        return true;
      }
    }
    return false;
  }

  private static boolean reportedBefore(SentenceView v, int k) {
    for (int j = k - 1; j >= v.from; j--) {
      if (v.is(j, "that") && j > v.from && (ContactFinder.SPEECH.contains(v.norm(j - 1))
          || v.is(j - 2, "told") || v.is(j - 3, "told"))) {
        return true;
      }
      if (v.tok(j).isPunct(';')) {
        return false;
      }
    }
    return false;
  }

  /** "the first", "the most senior": a record that a trip told after "to" sets. */
  private static boolean recordWord(SentenceView v, int k) {
    return !v.tok(k).capitalized() && (FIRST_TO.contains(v.norm(k)) || v.is(k, "senior") && v.is(k - 1, "most"));
  }

  /** A record told with "the first ... to" before k: what comes "before" it is the order of trips, not a trip. */
  private static boolean firstToBefore(SentenceView v, int k) {
    for (int j = k - 1; j >= Math.max(v.from, k - 15); j--) {
      if (v.tok(j).isPunct(',') || v.tok(j).isPunct(';')) {
        return false;
      }
      if (recordWord(v, j)) {
        for (int m = j + 1; m < k; m++) {
          if (v.is(m, "to")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * "will inaugurate the temple in Abu Dhabi and address a summit before travelling to Doha", "was to see
   * Berri again before travelling on to Israel": the main clause's plan governs the trip after "before",
   * not a contact told in an aside ("Modi, on his seventh visit to the UAE, ...").
   */
  private static boolean mainClausePlan(SentenceView v, int end) {
    for (int k = v.from; k < end; k++) {
      boolean plan = WILL.contains(v.norm(k)) || PLAN_WORDS.contains(v.norm(k)) && !compared(v, k)
          || (v.is(k, "was") || v.is(k, "were") || v.is(k, "is") || v.is(k, "are")) && v.is(k + 1, "to")
          && v.inside(k + 2) && v.tok(k + 2).lowercase(); // "he is to visit Kibbutz Nir Oz before flying to Rome"
      if (plan && !pastOwnerBetween(v, k, end)) {
        return true;
      }
    }
    return false;
  }

  /** Having set off for a place, "where" the traveller is still to do something: the visit is to come. */
  private static boolean plannedWhere(SentenceView v, Finding f) {
    if (f.destinations.isEmpty()) {
      return false;
    }
    int end = f.destinations.get(f.destinations.size() - 1).end();
    for (int k = end; k < Math.min(v.to, end + 20); k++) {
      if (v.is(k, "where") && v.tok(k - 1).isPunct(',')) {
        return willAfter(v, k); // "left for Harare later on Thursday, the last leg of the tour, where he is to"
      }
      if (v.tok(k).isPunct(';') || v.actorAt(k) != null) {
        return false;
      }
    }
    return false;
  }

  /**
   * "He then flies to Argentina, where he will meet Macri", "was flying on to Vietnam, where he is
   * due to meet": a movement told among plans.
   */
  private static boolean willAfter(SentenceView v, int t) {
    int end = Circumstances.relativeEnd(v, t); // "To Lam, who is in Russia, will hold talks": not his stay's "will"
    for (int k = t + 1; k < end; k++) {
      if (WILL.contains(v.norm(k)) || (v.is(k, "due") || v.is(k, "scheduled") || v.is(k, "expected"))
          && v.is(k + 1, "to")) {
        return true;
      }
    }
    return false;
  }

  private Tense tenseOf(SentenceView v, Finding f) {
    List<TriggerWord> words = lex.triggers(v.norm(f.trigger));
    if (words != null) {
      for (TriggerWord w : words) {
        if (w.frame() == f.frame && w.tense() != Tense.NOUN) {
          return w.tense();
        }
      }
      for (TriggerWord w : words) {
        if (w.tense() != Tense.NOUN) {
          return w.tense();
        }
      }
    }
    return Tense.BASE;
  }

  /**
   * "met the Swiss president on Tuesday, the day before his summit with Putin", written on the Tuesday: a
   * contact after "before" that follows something dated today or later is still to come.
   */
  private static boolean laterThanToday(SentenceView v, Finding f, List<DateResolver.Expr> dates,
      PubDate published) {
    int owner = ownerStart(f);
    boolean before = false;
    for (int k = owner - 1; k >= Math.max(v.from, owner - 3) && !before; k--) {
      before = v.is(k, "before") && !v.is(k - 1, "just");
    }
    return before && dates.stream().anyMatch(e -> e.start() < owner && !e.reported()
        && (DateResolver.sameDay(e, published) || DateResolver.future(e)));
  }

  /** The noun reading plans it; what else that reading would note of the finding is left as it was. */
  private static boolean plannedAsNoun(SentenceView v, Finding f, List<DateResolver.Expr> dates) {
    boolean pastTense = f.pastTense;
    double hedge = f.hedge;
    boolean planned = nounDecision(v, f, dates) == Decision.PLANNED;
    f.pastTense = pastTense;
    f.hedge = planned ? f.hedge : hedge;
    return planned;
  }

  private static Decision nounDecision(SentenceView v, Finding f, List<DateResolver.Expr> dates) {
    int t = f.trigger;
    int owner = ownerStart(f);
    for (int k = owner - 1; k >= Math.max(v.from, owner - 2); k--) {
      if (v.is(k, "after") || v.is(k, "since") || v.is(k, "following")) {
        f.pastTense = true;
        return Decision.OCCURRED;
      }
    }
    if (v.is(t, "conference")) {
      for (int k = t - 1; k >= Math.max(v.from, t - 6); k--) {
        String n = v.norm(k);
        if (v.tok(k).lowercase() && (n.endsWith("ed") || n.equals("spoke") || n.equals("said") || n.equals("told"))) {
          f.pastTense = true;
          return Decision.OCCURRED;
        }
      }
    }
    if (f.frame == Frame.PHONE_ADVERB) {
      int verb = v.is(t - 1, "the") ? t - 3 : t - 2;
      String n = v.norm(verb);
      if (v.inside(verb) && v.tok(verb).lowercase() && (n.endsWith("ed") || n.equals("spoke") || n.equals("held"))) {
        f.pastTense = true;
        return Decision.OCCURRED;
      }
    }
    if (f.symmetric && f.sideA.size() == 2 && f.sideA.get(1).start < t && f.sideA.get(0).end < f.sideA.get(1).start
        && (f.frame == Frame.PHONE_ADVERB || f.frame == Frame.CALL_NOUN)) {
      int verb = f.sideA.get(1).start - 1; // "Pashinyan had briefed Putin on the meeting in a phone call"
      if (verb >= f.sideA.get(0).end && v.tok(verb).lowercase() && (v.norm(verb).endsWith("ed")
          || v.is(verb, "told"))) {
        f.pastTense = true;
        return Decision.OCCURRED;
      }
    }
    if (notGoingAhead(v, f)) {
      return Decision.DROP;
    }
    if (f.type == EventType.VISIT && (v.is(owner + 1, "was") || v.is(owner + 1, "were")) && v.is(owner + 2, "on")
        && owner + 2 < t) {
      f.pastTense = true;
      return Decision.OCCURRED; // "supplies to Turkey, where he was on a one-day state visit"
    }
    int from = clauseStart(v, Math.max(v.from, ownerStart(f) - 8), ownerStart(f));
    for (int k = Math.max(from, t - 3); k < t; k++) {
      if (v.is(k, "during")) {
        from = k; // "The invitation had been delivered by Kamel during a visit": the words before tell the clause
      }
    }
    int to = Math.min(v.to, t + 4);
    boolean during = false;
    for (int k = from; k < to; k++) {
      String n = v.norm(k);
      if (k > t && saidInCall(v, f, k)) {
        break;
      }
      if (NOUN_HEDGED.contains(n)) {
        if (k < t && k >= t - 3 && !v.is(k + 1, "to")) {
          return Decision.DROP; // "a possible meeting with Xi", "hopeful of a meeting": not planned yet
        }
        f.hedge = Math.min(f.hedge, 0.7); // "likely to overshadow Tillerson's trip next week"
        return Decision.PLANNED;
      }
      boolean runUp = n.equals("up") && v.is(k - 2, "run") && v.tok(k - 1).isPunct('-'); // "in the run-up to"
      boolean groundwork = k < t && n.equals("groundwork"); // "laid the groundwork for a meeting between ..."
      if ((NOUN_PLANNED.contains(n) || n.equals("ahead") && v.is(k + 1, "of") || runUp || groundwork)
          && !byInvitation(v, k)
          && !(k < t && pastOwnerBetween(v, k, t))) {
        return Decision.PLANNED;
      }
      if (n.equals("during") && k < t) {
        during = true;
      }
    }
    int after = f.partiesEnd();
    for (int k = after; k < Math.min(v.to, after + 6); k++) {
      String n = v.norm(k);
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';') || CLAUSE_OPENERS.contains(n) || saidInCall(v, f, k)) {
        break;
      }
      int said = v.inside(k + 1) && v.tok(k + 1).isPunct('"') ? k + 2 : k + 1;
      if (ContactFinder.BE.contains(n) && RULED_OUT.contains(v.norm(said))
          || HEDGE_MODALS.contains(n) && v.tok(k).lowercase()) {
        return Decision.DROP; // "a meeting is unlikely", "a visit by Xi could follow": not set
      }
      if (n.equals("ahead") || n.equals("before")) {
        break; // "held talks with Scholz on Monday ahead of consultations on Tuesday": what follows is later
      }
      if (n.equals("and") && (WILL.contains(v.norm(k + 1)) || v.is(k + 1, "would"))) {
        break; // "is paying a state visit to China and will attend the summit": the plan is the summit's
      }
      if (NOUN_PLANNED.contains(n) && !byInvitation(v, k)) {
        return Decision.PLANNED; // but "on a state visit to India at the invitation of President Murmu"
      }
      if (NOUN_HELD.contains(n)) {
        f.pastTense = true;
        return Decision.OCCURRED;
      }
    }
    if (during) {
      for (int k = v.from; k < v.to; k++) {
        if (WILL.contains(v.norm(k))) {
          return Decision.PLANNED;
        }
      }
    }
    for (int k = t + 1; k < Math.min(v.to, t + 4); k++) {
      if (NOUN_HELD.contains(v.norm(k)) && !BE_PRESENT.contains(v.norm(k))) {
        f.pastTense = true;
        return Decision.OCCURRED;
      }
    }
    if (underWay(v, f)) {
      // "is paying an official visit to Mongolia on September 2-3", written on the 3rd: under way
      for (DateResolver.Expr e : dates) {
        if (!e.reported() && DateResolver.future(e)) {
          return Decision.PLANNED;
        }
      }
      return Decision.OCCURRED;
    }
    for (int k = from; k < t; k++) {
      String n = v.norm(k);
      if (BE_PRESENT.contains(n) && v.is(k + 1, "the") && FIRST_TO.contains(v.norm(k + 2)) && k + 6 > t) {
        return Decision.OCCURRED;
      }
      boolean headlineHold = v.headline && n.equals("hold") && !v.is(k - 1, "to"); // "Biden and Xi hold talks"
      if (NOUN_OCCURRED.contains(n) || BE_PRESENT.contains(n) && v.is(k + 1, "on") || headlineHold) {
        f.pastTense = !BE_PRESENT.contains(n);
        return Decision.OCCURRED;
      }
      if (n.equals("on") && k > v.from && v.tok(k - 1).isPunct(',') && v.actorAt(k - 2) != null && k + 6 > t) {
        return Decision.OCCURRED; // "Albanese, on a four-day visit to India, joined his host": under way
      }
    }
    for (DateResolver.Expr e : dates) {
      if (!e.reported() && Math.abs(e.start() - t) < 8) {
        return DateResolver.future(e) ? Decision.PLANNED : Decision.OCCURRED;
      }
    }
    Decision main = openingPhrase(v, f);
    if (main != null) {
      return main;
    }
    if (subjectActedIn(v, f)) {
      f.pastTense = true;
      return Decision.OCCURRED;
    }
    return f.type == EventType.CALL ? Decision.OCCURRED : Decision.UNKNOWN;
  }

  /**
   * "Kishida and Xi reaffirmed on Thursday a 'strategic relationship' in their first talks in a year": the
   * sentence's subjects did something in the past, and the contact noun is where they did it.
   */
  private static boolean subjectActedIn(SentenceView v, Finding f) {
    ActorRef first = f.sideA.isEmpty() ? null : f.sideA.get(0);
    if (first == null || first.start != v.from || f.sideA.stream().anyMatch(a -> a.end > f.trigger)) {
      return false;
    }
    int end = f.sideA.stream().mapToInt(a -> a.end).max().getAsInt();
    int verb = -1;
    for (int k = end; k < Math.min(f.trigger, end + 4) && verb < 0; k++) {
      String n = v.norm(k);
      if (!(v.tok(k).lowercase() && v.actorAt(k) == null)) {
        continue; // "agreed Friday", an actor's apposition
      }
      if (!SUBJECT_SKIPS.contains(n)) {
        verb = k;
      }
    }
    if (verb < 0 || REPORTED_VERBS.contains(v.norm(verb))
        || !(PAST_FORMS.contains(v.norm(verb)) || v.norm(verb).endsWith("ed") && v.norm(verb).length() > 4)) {
      return false;
    }
    for (int k = f.trigger - 1; k > Math.max(verb, f.trigger - 10); k--) {
      if (v.is(k, "in") || v.is(k, "during") || v.is(k, "at")) {
        return true;
      }
      if (v.is(k, "to") && v.tok(k + 1).lowercase()) {
        return false; // "agreed to hold talks": not yet
      }
    }
    return false;
  }

  /**
   * "In a meeting with Belarus Prime Minister Roman Golovchenko, the two sides agreed ...": a contact
   * noun in a phrase opening the sentence takes the tense of the main clause after its comma.
   */
  private static Decision openingPhrase(SentenceView v, Finding f) {
    if (!(v.is(v.from, "in") || v.is(v.from, "at") || v.is(v.from, "during")) || f.trigger - v.from > 4) {
      return null;
    }
    int comma = -1;
    for (int k = f.trigger + 1; k < Math.min(v.to, f.trigger + 14) && comma < 0; k++) {
      comma = v.tok(k).isPunct(',') ? k : -1;
    }
    for (int k = comma + 1; comma >= 0 && k < Math.min(v.to, comma + 8); k++) {
      String n = v.norm(k);
      if (WILL.contains(n)) {
        return Decision.PLANNED;
      }
      boolean verb = v.tok(k).lowercase() && v.actorAt(k) == null && !v.is(k - 1, "the") && !v.is(k - 1, "a");
      if (verb && (PAST_FORMS.contains(n) || n.endsWith("ed") && n.length() > 4)) {
        return Decision.OCCURRED;
      }
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';')) {
        return null;
      }
    }
    return null;
  }

  /**
   * The first word of the clause holding {@code owner}, no earlier than {@code from}: "agreed to raise trade
   * over the next five years, as Raisi began a visit" reads the visit from "as" on.
   */
  private static int clauseStart(SentenceView v, int from, int owner) {
    for (int k = owner - 1; k > from; k--) {
      if (v.tok(k).isPunct(';') || v.tok(k - 1).isPunct(',') && CLAUSE_JOINS.contains(v.norm(k))) {
        return k;
      }
    }
    return from;
  }

  /**
   * "At the invitation of President X, Y is paying a visit": who invited says nothing of when, unlike
   * "an invitation to visit".
   */
  private static boolean byInvitation(SentenceView v, int k) {
    if (!v.is(k, "invitation")) {
      return false;
    }
    int before = v.inside(k - 1) && (v.tok(k - 1).has(Token.DETERMINER) || v.tok(k - 1).has(Token.POSSESSIVE_PRONOUN))
        ? k - 2 : k - 1;
    return v.is(before, "at") || v.is(before, "on") || v.is(before, "upon");
  }

  /**
   * A light verb in the present progressive before the contact noun: "is paying a visit", "are holding
   * talks", "is hosting negotiations".
   */
  private static boolean underWay(SentenceView v, Finding f) {
    for (int k = f.trigger - 1; k > Math.max(v.from, f.trigger - 5); k--) {
      String n = v.norm(k);
      if (n.endsWith("ing") && (ContactFinder.LIGHT_VERBS.contains(n) || n.equals("hosting"))) {
        return BE_PRESENT.contains(v.norm(k - 1)); // also "Almaty is hosting negotiations"
      }
    }
    return false;
  }

  /** A weekday other than the article's own ("on Wednesday" in a Monday's story) or a later time. */
  private static boolean comingDay(List<DateResolver.Expr> dates, PubDate published) {
    for (DateResolver.Expr e : dates) {
      if (!e.reported() && (DateResolver.future(e) || DateResolver.otherWeekday(e, published))) {
        return true;
      }
    }
    return false;
  }

  private static boolean futureTime(List<DateResolver.Expr> dates) {
    for (DateResolver.Expr e : dates) {
      if (DateResolver.future(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean otherPhraseBetween(SentenceView v, int from, int t) {
    for (int k = from; k < t; k++) {
      String n = v.norm(k);
      if (v.tok(k).has(Token.TRIGGER) || n.equals("during") || n.equals("on") || n.equals("in") || n.equals("at")
          || n.equals("after") || n.equals("before") || n.equals("for")) {
        return true;
      }
    }
    return false;
  }

  /** "where he rolled out ...", "at which they signed ...": the event invited to is told as past. */
  private static boolean pastEventAfter(SentenceView v, int t) {
    for (int k = t + 1; k < v.to - 2; k++) {
      if (v.is(k, "where") || v.is(k, "which") && v.is(k - 1, "at")) {
        for (int j = k + 1; j < Math.min(v.to, k + 4); j++) {
          String n = v.norm(j);
          if (v.tok(j).lowercase() && (PAST_FORMS.contains(n) || n.endsWith("ed") && !n.equals("need"))) {
            return true;
          }
          if (WILL.contains(n) || v.is(j, "would")) {
            return false;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** A verb in the past right before k, past a time of day or week: "announced on Tuesday| after". */
  private static boolean pastVerbBefore(SentenceView v, int k) {
    int j = k - 1;
    while (j > v.from && j > k - 4 && (v.is(j, "on") || Circumstances.timeWord(v, j))) {
      j--;
    }
    return v.inside(j) && v.tok(j).lowercase() && (v.norm(j).endsWith("ed") || PAST_FORMS.contains(v.norm(j)))
        && !v.is(j - 1, "be") && !v.is(j - 1, "will");
  }

  /** A verb in the past before k in its clause, the clause's own: "Habeck agreed a partnership with Qatar after". */
  private static boolean pastVerbInClause(SentenceView v, int k) {
    for (int j = k - 1; j > Math.max(v.from, k - 12); j--) {
      if (v.tok(j).isPunct(',') || v.tok(j).isPunct(';') || CLAUSE_OPENERS.contains(v.norm(j))) {
        return false;
      }
      if (v.tok(j).lowercase() && v.actorAt(j) == null && PAST_FORMS.contains(v.norm(j))
          || v.tok(j).lowercase() && v.norm(j).endsWith("ed") && (v.actorAt(j - 1) != null
          || Circumstances.timeWord(v, j - 1) || v.is(j - 1, "has") || v.is(j - 1, "have") || v.is(j - 1, "had"))) {
        return !v.is(j - 1, "be") && !v.is(j - 1, "will");
      }
    }
    return false;
  }

  /** "hours later than expected", "as planned": a plan word in a comparison tells of no plan. */
  private static boolean compared(SentenceView v, int k) {
    return v.is(k - 1, "than") || v.is(k - 1, "as");
  }

  /**
   * A "will" (or "is to", "is set to") that a bare verb after "and" or a comma at k shares: the nearest verb
   * group before it in the clause.
   */
  private static boolean willBefore(SentenceView v, int k) {
    for (int j = k - 1; j >= v.from; j--) {
      boolean isTo = v.is(j, "to") && j > v.from && (BE_ANY.contains(v.norm(j - 1))
          || PLAN_WORDS.contains(v.norm(j - 1)) && (BE_PRESENT.contains(v.norm(j - 2))
          || v.is(j - 2, "also") && BE_PRESENT.contains(v.norm(j - 3))));
      if (WILL.contains(v.norm(j)) || v.is(j, "would") || isTo) {
        // "said the two leaders would discuss ... and sign documents", "is to attend ... and meet", "is set to stop
        // in Hanoi ..., and later visit Singapore"
        return true;
      }
      if (v.tok(j).isPunct(',') && v.inside(j + 1) && v.tok(j + 1).lowercase()
          && !CLAUSE_OPENERS.contains(v.norm(j + 1)) && !CLAUSE_JOINS.contains(v.norm(j + 1))) {
        continue; // "will hold talks with Modi, deliver an address and visit Mumbai": a list of verbs
      }
      if (v.tok(j).isPunct(';') || v.tok(j).isPunct(',') || PAST_FORMS.contains(v.norm(j))) {
        return false;
      }
    }
    return false;
  }

  /**
   * A light verb in the past ("held", "paid") after k and before the contact word t, not after "have":
   * the contact's own verb, which a "would" before it in another clause does not govern.
   */
  private static boolean pastOwnerBetween(SentenceView v, int k, int t) {
    for (int j = k + 1; j < t; j++) {
      if (PAST_OWNERS.contains(v.norm(j)) && !HAVE.contains(v.norm(j - 1)) && !BE_ANY.contains(v.norm(j - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean commaBetween(SentenceView v, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (v.tok(k).isPunct(',')) {
        return true;
      }
    }
    return false;
  }

  /** "could", "may", "might", "can" as a verb: not the month "May". */
  private static boolean hedgeModal(SentenceView v, int k) {
    return HEDGE_MODALS.contains(v.norm(k)) && v.tok(k).lowercase();
  }

  /**
   * "will become the first ... to visit", "is expected to be the first ... to visit": a record to come. So is
   * one told by "becoming" or "making him" after the main clause: "will travel to Dili on Saturday, becoming
   * the first Indian head of state to visit Timor-Leste".
   */
  private static boolean yetToCome(SentenceView v, int k) {
    boolean participle = v.is(k - 2, "becoming") || v.is(k - 3, "making");
    for (int j = participle ? v.from : Math.max(v.from, k - 8); j < k; j++) {
      String n = v.norm(j);
      if (WILL.contains(n) || hedgeModal(v, j) || n.equals("would") || n.equals("become")
          || n.equals("expected") || n.equals("due") || n.equals("set") || n.equals("scheduled")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "scheduled to arrive in Kuala Lumpur for the summit and talks with Najib": talks that are the
   * purpose of a trip told before them share its status.
   */
  private static boolean purposeOfTrip(SentenceView v, int t) {
    for (int k = t - 1; k >= Math.max(v.from, t - 8); k--) {
      if (v.is(k, "for")) {
        for (int j = k - 1; j >= Math.max(v.from, k - 8); j--) {
          if (v.tok(j).has(Token.TRIGGER) && !v.tok(j).has(Token.TRIGGER_NOUN)
              && !ContactFinder.BE.contains(v.norm(j))) {
            return true;
          }
        }
        return false;
      }
      if (v.tok(k).isPunct(',') || v.tok(k).isPunct(';') || v.tok(k).has(Token.TRIGGER)) {
        return false;
      }
    }
    return false;
  }
}
