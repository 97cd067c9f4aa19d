package io.dyadwatch.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What extraction has learnt about one article so far: its date, its people, its countries. */
final class DocContext {
  /** A person named with a role, in article order, for "the foreign minister" to refer back to. */
  record RoleMention(int sentence, int token, ActorRef actor) {}

  final PubDate published;
  final PersonMemory memory = new PersonMemory();
  /** How often the story names each country, by any gazetteer phrase: what the story is about. */
  final Map<String, Integer> countryMentions = new HashMap<>();
  /** Countries of officials and states the article states outright. */
  final Set<String> actorCountries = new HashSet<>();
  /** Of those, the countries of officials named as people or delegations ("Bangladesh's foreign minister"). */
  final Set<String> officialCountries = new HashSet<>();
  final List<RoleMention> roleMentions = new ArrayList<>();
  /** A person named with a country but no role ("Mr Obama"), in article order, for "the president" after. */
  final List<RoleMention> namedOfficials = new ArrayList<>();
  /** Last names of people the article introduces as former or unofficial ("former US President Obama"). */
  final Set<String> formerNames = new HashSet<>();
  /** The first-named person of each sentence so far, for "he" at the start of the next. */
  ActorRef lastSubject;
  /** The pair of the latest contact, for "the two sides", and the sentence it was read in. */
  String[] lastPair;
  int lastPairSentence = -1;
  /** How many contacts of each pair ("IND-PAK") the article has told so far, in the order first told. */
  final Map<String, Integer> pairContacts = new LinkedHashMap<>();
  /**
   * The two countries of the latest sentence whose officials come from exactly two ("Biden and Xi agreed
   * ..."), for "the two leaders" after it when no contact was read there; and that sentence.
   */
  String[] namedPair;
  int namedPairSentence = -1;
  /** The country of the latest sentence's subject with one, and that sentence. */
  String subjectCountry;
  int subjectSentence = -1;
  /** Subjects of two countries in two sentences running ("Bukele offered ... Rubio called it"), and the later. */
  String[] subjectPair;
  int subjectPairSentence = -1;
  /** The place of the dateline ("PYONGYANG, Nov. 5 (KCNA) --"), which "here" refers to; or null. */
  PlaceRef dateline;
  /** The country of the outlet's national web domain ("rnz.co.nz"), or null. */
  String outletCountry;
  /** The outlet is a government's own site ("foreignminister.gov.au", "kremlin.ru", "state.gov"). */
  boolean governmentOutlet;
  /**
   * Countries of the cities and regions the article names ("Florida"), and countries it names by name:
   * a region named without its country is the home of the story's governor.
   */
  final Set<String> placeCountries = new HashSet<>();
  final Set<String> countriesByName = new HashSet<>();
  /** Countries of leaders who travel in another's delegation ("The delegation included Senegal's Sall, ..."). */
  final Set<String> delegationMembers = new LinkedHashSet<>();
  /** The country of that delegation's head, once known. */
  String delegationHead;
  /** The country of the first official the story has travel to another country, or null. */
  String firstVisitor;
  /** Words of sport reporting in the whole article. */
  int sportWords;
  /** The story names North Korea: a bare "Korea" or "Korean" could be either Korea. Null until asked. */
  Boolean northKoreaInStory;

  DocContext(PubDate published) {
    this.published = published;
  }

  void named(String code) {
    countryMentions.merge(code, 1, Integer::sum);
  }
}
