package io.dyadwatch.enrich.extract;

import io.dyadwatch.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.List;

/** A contact word of a sentence with the parties the sentence gives it, before countries are paired. */
final class Finding {
  /** How the sentence puts the contact in time; INHERIT: as the contact before it ("arrived ... to meet"). */
  enum Decision { OCCURRED, PLANNED, DROP, INHERIT, UNKNOWN }

  final Lexicon.Frame frame;
  final int trigger;
  EventType type;
  boolean nominal;
  /** The subject side: who travels, meets, calls or signs. */
  final List<ActorRef> sideA = new ArrayList<>();
  /** The other side: who is met, called, hosts or invites. */
  final List<ActorRef> sideB = new ArrayList<>();
  /** For visits: where to. */
  final List<PlaceRef> destinations = new ArrayList<>();
  /** A destination that is the leg just left ("arrived in London from Rome, where he met Meloni"). */
  PlaceRef cameFrom;
  /** The parties are all in sideA ("X and Y met", "talks between X and Y"). */
  boolean symmetric;
  /** sideB receives sideA ("was received by X") or invites it; otherwise a HOST frame's sideA receives sideB. */
  boolean hostIsB;
  /** sideB placed the call ("a call from X"). */
  boolean callerIsB;
  /** A person or delegation sent by sideA: sideB of SEND is the one who travels. */
  ActorRef envoy;
  PlaceRef location;
  Decision decision = Decision.UNKNOWN;
  /** 1, or less for hedged wording ("may visit", "reportedly"). */
  double hedge = 1;
  /** The decision came from an explicit tense or modal, not from the date. */
  boolean pastTense;
  /** A verb in the simple present ("flies to Seoul"): with a weekday other than today's, a timetable. */
  boolean presentSimple;

  Finding(Lexicon.Frame frame, int trigger, EventType type) {
    this.frame = frame;
    this.trigger = trigger;
    this.type = type;
  }

  /** Where the contact word and the parties named after it end: "talks with Ishiba| followed". */
  int partiesEnd() {
    int end = trigger + 1;
    for (ActorRef a : sideA) {
      end = Math.max(end, a.end);
    }
    for (ActorRef b : sideB) {
      end = Math.max(end, b.end);
    }
    return end;
  }
}
