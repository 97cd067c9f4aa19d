package io.dyadwatch.enrich.extract;

import io.dyadwatch.schemas.avro.Level;

/**
 * Someone who can take part in a contact, as a sentence names them: an official ("Russian Foreign
 * Minister Sergei Lavrov"), a delegation, a state itself ("North Korea has sent"), a pronoun or "the
 * two sides". Country and certainty are filled in when the article tells.
 */
final class ActorRef {
  enum Kind { PERSON, GROUP, STATE, PRONOUN, PAIR }

  /** The pronoun of "His Majesty", "His Highness": a ruler named before. */
  static final String ROYAL = "his majesty";

  final int start;
  final int end;
  final Kind kind;
  String country;
  /** 1 when the sentence states the country; lower when it comes from earlier mentions or the article. */
  double certainty;
  String name;
  String role;
  String roleHead;
  Level level = Level.UNKNOWN;
  boolean official = true;
  boolean org;
  boolean visiting;
  boolean posting;
  /** "the foreign minister": a role without name or country that refers back. */
  boolean definite;
  /** "then-President Battulga": an office held when something told happened, not now. */
  boolean past;
  String leaderName;
  String pronoun;
  /** The other country of "the two sides", when resolved. */
  String secondCountry;

  ActorRef(int start, int end, Kind kind) {
    this.start = start;
    this.end = end;
    this.kind = kind;
  }

  /** The same actor with words before it taken in: "Mr Netanyahu" for "Netanyahu". */
  ActorRef from(int newStart) {
    ActorRef a = new ActorRef(newStart, end, kind);
    a.country = country;
    a.certainty = certainty;
    a.name = name;
    a.role = role;
    a.roleHead = roleHead;
    a.level = level;
    a.official = official;
    a.org = org;
    a.visiting = visiting;
    a.posting = posting;
    a.definite = definite;
    a.past = past;
    a.leaderName = leaderName;
    a.pronoun = pronoun;
    a.secondCountry = secondCountry;
    return a;
  }

  boolean hasCountry() {
    return country != null && !org;
  }
}
