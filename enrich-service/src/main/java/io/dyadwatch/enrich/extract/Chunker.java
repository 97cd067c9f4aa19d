package io.dyadwatch.enrich.extract;

import io.dyadwatch.enrich.extract.Lexicon.Kind;
import io.dyadwatch.enrich.extract.Lexicon.RoleKind;
import io.dyadwatch.schemas.avro.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds in one sentence the gazetteer phrases, then the actors ("Pakistan's new Foreign Minister
 * Bilawal Bhutto Zardari", "a delegation from Russia's Military Academy", "North Korea" as the
 * subject of a verb) and the places. Stateless; one instance serves all threads.
 */
final class Chunker {
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> FLY_FORMS = Set.of("flew", "flown", "fly", "flies", "flying", "jetted");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
  /** Pronouns that stand for an actor; "him" only as an object ("had called him"). */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "it", "we", "they", "i", "him");
  private static final Set<String> PAIR_NOUNS = Set.of("sides", "countries", "leaders", "nations", "governments",
      "ministers", "presidents", "delegations", "states", "neighbours", "neighbors", "allies", "capitals", "men",
      "women", "officials", "diplomats", "premiers", "chancellors", "counterparts", "parties");
  /** Officials in the plural who, opening a sentence, are the two just named: "The leaders signed ...". */
  private static final Set<String> LEADER_PLURALS = Set.of("leaders", "presidents", "premiers", "ministers",
      "secretaries", "envoys", "negotiators");
  /** Words after which a reported clause opens: "He said the foreign secretaries would meet". */
  private static final Set<String> REPORTING = Set.of("said", "says", "added", "announced", "that");
  /** "The leaders will meet again with Macron": what they will do may take in others. */
  private static final Set<String> FUTURE_OR_PERFECT = Set.of("will", "would", "have", "had", "are", "were");
  private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "al", "el", "de", "da", "di", "van", "von",
      "der", "den", "la", "le", "du", "dos", "das", "del", "ibn", "abu", "ould", "ben");
  private static final Set<String> SURNAME_ROLES = Set.of("bishop", "king", "mayor", "judge", "marshal", "dean",
      "prince", "pope");
  /** Words before "mission" that make it an operation, not a delegation. */
  private static final Set<String> OPERATIONS = Set.of("security", "peacekeeping", "multinational", "police",
      "rescue", "medical", "humanitarian", "relief", "observer", "monitoring", "military", "training", "space",
      "evacuation", "combat", "stabilisation", "stabilization", "naval", "lunar");
  /** Months that are also surnames: "Theresa May", "Mrs May"; not "May 5". */
  private static final Set<String> SURNAME_MONTHS = Set.of("may", "june", "april", "august");
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "mr.", "mrs.", "ms.", "dr", "dr.", "h.e.",
      "h.h.", "h.r.h.", "h.m.", "professor", "prof", "prof.", "mawlawi", "mullah", "maulana", "sayyid", "sayed",
      "samdech");
  private static final Set<String> BARE_TWO_NEXT = Set.of("also", "then", "later", "have", "had", "will", "would",
      "were", "are", "met", "held", "spoke", "signed", "shook", "jointly", "both", "last", "first", "discussed",
      "agreed", "exchanged", "witnessed", "reviewed");
  /** Last words of a body's name, which no person's name ends with. */
  private static final Set<String> BODY_HEADS = Set.of("party", "front", "movement", "congress", "council",
      "committee", "league", "alliance", "union", "assembly", "parliament", "ministry", "government");
  private static final Set<String> TITLE_WORDS = Set.of("new", "special", "senior", "deputy", "vice", "first",
      "acting", "top", "chief", "foreign", "defence", "defense", "prime", "interim", "executive", "supreme",
      "state", "party", "military", "permanent", "principal", "assistant", "under", "second", "former", "caretaker",
      "transitional");
  private static final Set<String> COMPLEMENT_STOP = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
      "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did",
      "who", "whom", "whose", "which", "that", "where", "when", "but", "while", "as", "because", "although",
      "though", "if", "or", "nor", "so", "with", "by", "on", "to", "into", "during", "after", "before", "since",
      "amid", "over", "about", "against", "between", "via", "through", "without", "within", "under", "at", "said",
      "says", "told", "met", "visited", "signed", "sent", "led", "held", "made", "also", "not", "then", "than",
      "this", "these", "those", "his", "her", "their", "its", "he", "she", "they", "it", "we", "last", "next");
  private static final Set<String> ING_ADJECTIVES = Set.of("ruling", "governing", "visiting", "incoming",
      "outgoing", "acting", "founding", "leading", "reigning", "standing", "neighbouring", "neighboring");
  private static final Set<String> SUBJECT_OPENERS = Set.of("that", "and", "but", "while", "as", "when", "after",
      "before", "since", "because", "although", "though", "where", "whereas", "then", "so", "also", "meanwhile",
      "now", "today", "yesterday", "earlier", "later",
      // reported speech: "Marcos said the Philippines and Vietnam would sign agreements"
      "said", "says", "saying", "announced", "stated", "noted", "added", "confirmed", "stressed", "insisted");
  private static final Set<String> NON_VERBS = Set.of("of", "in", "on", "at", "for", "to", "with", "from", "by",
      "into", "about", "the", "a", "an", "and", "or", "nor", "than", "which", "who", "whose", "its", "their", "his",
      "her", "this", "that", "these", "those", "as", "amid", "after", "before", "during", "since", "against",
      "between", "per", "via", "including", "plus", "vs", "versus", "over", "under", "through", "within", "without",
      "relations", "ties", "border", "embassy", "policy", "economy", "trade", "exports", "imports", "military",
      "troops", "forces", "officials", "government", "people", "news", "media", "time", "visit", "trip", "talks");
  private static final Set<String> ADVERBS = Set.of("also", "reportedly", "now", "recently", "still", "jointly",
      "officially", "formally", "finally", "already", "again", "later", "earlier", "previously", "today",
      "yesterday", "just", "then", "first", "once", "subsequently", "separately");
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
      "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does", "do", "wants", "plans");
  private static final Set<String> COMMON_VERBS = Set.of("say", "said", "agree", "sign", "hold", "held", "want",
      "plan", "seek", "vow", "urge", "ask", "reject", "deny", "accuse", "warn", "condemn", "back", "support",
      "oppose", "launch", "open", "close", "begin", "began", "end", "told", "made", "took", "gave", "sent", "led",
      "met", "won", "lost", "left", "kept", "sought", "hope", "intend", "decide", "approve", "ratify", "expect",
      "fear", "need", "face", "push", "press", "pledge", "boost", "strengthen", "deepen", "expand", "resume");
  /** "Russia's Far East", "China's Yunnan Province": a possessive country before a region, not a person. */
  private static final Set<String> GEOGRAPHIC = Set.of("east", "west", "north", "south", "far", "central",
      "region", "province", "coast", "island", "islands", "sea", "peninsula", "city", "valley", "mountains",
      "territory", "territories", "republic", "state", "county", "district", "oblast", "krai", "prefecture",
      "strait", "gulf", "border", "capital");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  private final Lexicon lex;
  private final MentionFinder mentions;
  private final Map<String, Integer> classes = new HashMap<>();

  Chunker(Lexicon lex) {
    this.lex = lex;
    this.mentions = new MentionFinder(lex);
    mark(DETERMINERS, Token.DETERMINER);
    mark(POSSESSIVE_PRONOUNS, Token.POSSESSIVE_PRONOUN);
    mark(TITLE_WORDS, Token.TITLE);
    mark(lex.notOfficial, Token.NOT_OFFICIAL);
    mark(lex.portfolio, Token.PORTFOLIO);
    mark(COMPLEMENT_STOP, Token.STOP);
    mark(lex.commonWords, Token.COMMON);
    mark(ING_ADJECTIVES, Token.ING_ADJECTIVE);
    mark(lex.sportWords, Token.SPORT);
    mark(PERSONAL_PRONOUNS, Token.PRONOUN);
    for (String form : lex.triggerForms()) {
      boolean noun = lex.triggers(form).stream().anyMatch(w -> w.tense() == Lexicon.Tense.NOUN);
      classes.merge(form, Token.TRIGGER | (noun ? Token.TRIGGER_NOUN : 0), (a, b) -> a | b);
    }
  }

  private void mark(Set<String> words, int flag) {
    for (String w : words) {
      classes.merge(w, flag, (a, b) -> a | b);
    }
  }

  private void classify(SentenceView v) {
    for (int i = v.from; i < v.to; i++) {
      Token t = v.tok(i);
      Integer c = t.kind == Token.Kind.WORD ? classes.get(t.norm) : null;
      t.flags = c == null ? 0 : c;
    }
  }

  /** Verbs that announce a trip only with a place after "to": "continues to Costa Rica", "proceeds on to Hue". */
  private static final Set<String> ONWARD = Set.of("continue", "continues", "continued", "continuing", "proceed",
      "proceeds", "proceeded", "proceeding");

  /** Clears the trigger mark of an onward verb with no place after it ("agreed to continue negotiations"). */
  private static void onwardOnly(SentenceView v) {
    for (int i = v.from; i < v.to; i++) {
      if (ONWARD.contains(v.norm(i))) {
        int p = v.is(i + 1, "on") ? i + 2 : i + 1;
        Mention m = v.is(p, "to") ? v.mention(v.is(p + 1, "the") ? p + 2 : p + 1) : null;
        if (m == null || !MentionFinder.isPlace(m.kind())) {
          v.tok(i).flags &= ~(Token.TRIGGER | Token.TRIGGER_NOUN);
        }
      }
    }
  }

  SentenceView analyse(String text, List<Token> toks, Segmenter.Span span, int index, DocContext doc) {
    SentenceView v = new SentenceView(text, toks, span.from(), span.to(), span.headline(), index);
    classify(v);
    mentions.find(v, doc);
    onwardOnly(v);
    int next = v.to;
    v.nextRole[v.to - v.from] = next;
    for (int i = v.to - 1; i >= v.from; i--) {
      Mention m = v.mention(i);
      if (m != null && m.kind() == Kind.ROLE) {
        next = i;
      }
      v.nextRole[i - v.from] = next;
    }
    if (doc.dateline == null && index < 3) {
      doc.dateline = MentionFinder.dateline(v);
    }
    int i = v.from;
    while (i < v.to) {
      if (datelineCapital(v, i, doc)) {
        PlaceRef named = v.places.isEmpty() ? null : v.places.get(v.places.size() - 1);
        // "will travel to China ..., the highest-level visit to the country": the country just named
        PlaceRef meant = named != null && v.is(i + 1, "country") ? named : doc.dateline;
        v.addPlace(new PlaceRef(i, i + 2, meant.code(), meant.text()));
        i += 2;
        continue;
      }
      Mention demonym = v.mention(i);
      if (demonym != null && demonym.kind() == Kind.DEMONYM && demonym.code() != null
          && v.is(demonym.end(), "capital") && v.is(i - 1, "the")) {
        // "arrived in the Saudi capital": the capital of the demonym's country
        v.addPlace(new PlaceRef(i, demonym.end() + 1, demonym.code(), v.text(i, demonym.end() + 1)));
        i = demonym.end() + 1;
        continue;
      }
      ActorRef a = pairPhrase(v, i);
      if (a == null) {
        a = actor(v, i, doc);
        if (a != null && v.is(a.start, "then") && v.inside(a.start + 1) && v.tok(a.start + 1).isPunct('-')) {
          a.past = true;
        }
      }
      if (a == null && surnameRole(v, i) && !(v.inside(i + 1) && v.tok(i + 1).capitalized())
          && doc.memory.lookup(v.tok(i).text) != null) {
        a = new ActorRef(i, v.inside(i + 1) && v.tok(i + 1).isPossessive() ? i + 2 : i + 1, ActorRef.Kind.PERSON);
        a.name = v.tok(i).text;
      }
      if (a == null && particleSurname(v, i)) {
        // "talks with el-Sisi": the particle is part of the name
        a = new ActorRef(i, v.inside(i + 3) && v.tok(i + 3).isPossessive() ? i + 4 : i + 3, ActorRef.Kind.PERSON);
        a.name = v.text(i, i + 3);
      }
      if (a != null && a.end == i + 1 && a.role == null && HONORIFICS.contains(v.norm(i))) {
        a = null; // "H.E. Mr. LEE Jae-myung": a style, not a name
      }
      int after = i + 1;
      while (HONORIFICS.contains(v.norm(i)) && v.inside(after) && (HONORIFICS.contains(v.norm(after))
          || v.tok(after).isPunct('.') && v.tok(after).start == v.tok(after - 1).end)) {
        after++; // "H.E. Mr. LEE Jae-myung"
      }
      if (a == null && (HONORIFICS.contains(v.norm(i)) || styleBeforeRole(v, i)) && v.inside(after)
          && v.tok(after).capitalized() || a != null && a.role == null && styleBeforeRole(v, i)) {
        ActorRef named = actor(v, after, doc);
        a = named != null && named.kind == ActorRef.Kind.PERSON && named.start == after ? named.from(i) : named;
      }
      if (a == null) {
        a = pronoun(v, i);
      }
      if (a != null) {
        if (a.kind != null) {
          v.addActor(a);
        }
        i = Math.max(a.end, i + 1);
        continue;
      }
      Mention m = v.mention(i);
      if (m != null) {
        i = placeOrState(v, m);
        continue;
      }
      Token t = v.tok(i);
      if ((t.is("here") && t.lowercase() || flewIn(v, i)) && doc.dateline != null) {
        v.addPlace(new PlaceRef(i, i + 1, doc.dateline.code(), doc.dateline.text()));
      }

      if (t.has(Token.SPORT)) {
        v.sportWords++;
      }
      i++;
    }
    doc.sportWords += v.sportWords;
    return v;
  }

  /** "PUTRAJAYA: ... flew in for the talks": a flight "in" with no place after it ends at the dateline's place. */
  private static boolean flewIn(SentenceView v, int i) {
    if (!v.is(i, "in") || v.from == i || !FLY_FORMS.contains(v.norm(i - 1))) {
      return false;
    }
    return !v.inside(i + 1) || v.tok(i + 1).isPunct(',') || v.tok(i + 1).isPunct('.') || v.is(i + 1, "for")
        || v.is(i + 1, "on") || v.is(i + 1, "to") && v.inside(i + 2) && !v.tok(i + 2).capitalized();
  }

  /** "the two sides", "both countries": the pair of the contact the article is about. */
  private ActorRef pairPhrase(SentenceView v, int i) {
    int r = v.is(i, "the") ? i + 1 : i;
    while (r < i + 3 && v.inside(r) && v.mention(r) == null
        && (v.tok(r).lowercase() && v.tok(r).has(Token.TITLE) || v.tok(r).has(Token.PORTFOLIO))) {
      r++;
    }
    Mention role = v.mention(r);
    if (role != null && role.isRole(RoleKind.GROUP)
        && (v.is(role.end(), "of") || v.is(role.end(), "from") && !v.is(i - 1, "with"))) {
      // "the leaders of the two countries", "army commanders from both countries will meet"; not the company
      // one keeps: "talks with ministers from both countries"
      int q = role.end() + 1;
      int end = v.is(q, "both") && PAIR_NOUNS.contains(v.norm(q + 1)) ? q + 2
          : v.is(q, "the") && v.is(q + 1, "two") && PAIR_NOUNS.contains(v.norm(q + 2)) ? q + 3 : -1;
      if (end > 0) {
        return new ActorRef(i, end, ActorRef.Kind.PAIR);
      }
    }
    int own = i + 1;
    while (v.is(i, "their") && own < i + 3 && v.inside(own) && v.mention(own) == null && v.tok(own).lowercase()
        && v.tok(own).has(Token.PORTFOLIO | Token.TITLE)) {
      own++; // "their foreign ministers"
    }
    Mention theirs = v.is(i, "their") ? v.mention(own) : null;
    if (theirs != null && (theirs.isRole(RoleKind.GROUP) || theirs.kind() == Kind.ROLE
        && PAIR_NOUNS.contains(v.norm(theirs.end() - 1))) && !v.is(theirs.end(), "of")) {
      // "Thailand and Cambodia agreed ... after their leaders met": the two just named
      ActorRef a = new ActorRef(i, theirs.end(), ActorRef.Kind.PAIR);
      a.pronoun = "their";
      return a;
    }
    int end = v.is(i, "the") && v.is(i + 1, "two") && PAIR_NOUNS.contains(v.norm(i + 2)) ? i + 3
        : v.is(i, "both") && PAIR_NOUNS.contains(v.norm(i + 1)) ? i + 2 : -1;
    int head = v.is(i, "the") && v.is(i + 1, "two") ? i + 2 : v.is(i, "both") ? i + 1 : -1;
    while (head > 0 && head < i + 4 && v.inside(head) && v.mention(head) == null && v.tok(head).lowercase()
        && v.tok(head).has(Token.PORTFOLIO | Token.TITLE)) {
      head++; // "the two foreign ministers"
    }
    Mention plural = head > 0 ? v.mention(head) : null;
    if (end < 0 && plural != null && plural.kind() == Kind.ROLE
        && (PAIR_NOUNS.contains(v.norm(plural.end() - 1)) || plural.isRole(RoleKind.GROUP) && v.is(i, "the"))) {
      end = plural.end(); // "the two prime ministers", "both foreign ministers", "the two envoys"
    }
    if (end < 0 && head == i + 2 && v.is(i, "the") && bareTwo(v, head)) {
      end = head; // "The two also signed a memorandum"
    }
    if (end < 0 && v.is(i, "the") && (v.is(i + 1, "parties") || v.is(i + 1, "sides")) && bareTwo(v, i + 2)) {
      end = i + 2; // "In a telephone conversation with Erdogan, the parties exchanged views"
    }
    int leaders = i + 1;
    while (end < 0 && leaders < i + 3 && v.inside(leaders) && v.tok(leaders).lowercase()
        && v.tok(leaders).has(Token.PORTFOLIO)) {
      leaders++; // "The foreign secretaries"
    }
    if (end < 0 && v.is(i, "the") && LEADER_PLURALS.contains(v.norm(leaders))
        && (i == v.from || v.tok(i - 1).lowercase() && REPORTING.contains(v.norm(i - 1)))
        && bareTwo(v, leaders + 1) && (!FUTURE_OR_PERFECT.contains(v.norm(leaders + 1)) || !withAfter(v, leaders))) {
      // "Albanese and Natano put their signatures to a treaty. The leaders signed it on Thursday": like "they"
      ActorRef a = new ActorRef(i, leaders + 1, ActorRef.Kind.PAIR);
      a.pronoun = "they";
      return a;
    }
    if (end < 0) {
      return null;
    }
    // "the two countries' foreign ministers": the officials of the pair
    int q = end;
    if (v.inside(q) && v.tok(q).isPossessive()) {
      q++;
      while (q < end + 4 && v.inside(q) && v.mention(q) == null && v.tok(q).lowercase() && v.tok(q).has(Token.TITLE)) {
        q++;
      }
      Mention office = v.mention(q);
      if (office != null && office.kind() == Kind.ROLE) {
        end = office.end();
      }
    }
    return new ActorRef(i, end, ActorRef.Kind.PAIR);
  }

  /** "The leaders will meet again with Macron": what they will do takes in another. */
  private static boolean withAfter(SentenceView v, int from) {
    for (int k = from; k < v.to; k++) {
      if (v.is(k, "with")) {
        return true;
      }
    }
    return false;
  }

  /** "the two" as a subject: a verb or an adverb follows ("The two also signed", "the two met"). */
  private static boolean bareTwo(SentenceView v, int next) {
    if (!v.inside(next) || !v.tok(next).lowercase() || v.mention(next) != null) {
      return false;
    }
    String n = v.norm(next);
    return BARE_TWO_NEXT.contains(n) || n.endsWith("ed") && n.length() > 4;
  }

  private ActorRef pronoun(SentenceView v, int i) {
    Token t = v.tok(i);
    if (!t.has(Token.PRONOUN | Token.POSSESSIVE_PRONOUN)) {
      return null;
    }
    int style = royalStyleEnd(v, i);
    if (style > i) {
      ActorRef a = new ActorRef(i, style, ActorRef.Kind.PRONOUN);
      a.pronoun = ActorRef.ROYAL; // "His Highness also received a phone call": the ruler named before
      return a;
    }
    if (t.has(Token.PRONOUN)) {
      ActorRef a = new ActorRef(i, i + 1, ActorRef.Kind.PRONOUN);
      a.pronoun = t.norm;
      return a;
    }
    if (t.has(Token.POSSESSIVE_PRONOUN)) {
      for (int k = i + 1; k < Math.min(v.to, i + 7); k++) {
        if (v.tok(k).has(Token.TRIGGER_NOUN)) {
          ActorRef a = new ActorRef(i, i + 1, ActorRef.Kind.PRONOUN);
          a.pronoun = t.norm;
          return a;
        }
      }
    }
    return null;
  }

  /** A country word that governs a verb ("North Korea has sent") is a state actor; otherwise a place. */
  private int placeOrState(SentenceView v, Mention m) {
    Kind k = m.kind();
    if (k != Kind.COUNTRY && k != Kind.SEAT && k != Kind.PLACE && k != Kind.INSTITUTION) {
      return m.end();
    }
    if (k != Kind.PLACE && subjectOpening(v, m.start())) {
      int end = m.end();
      int listEnd = end;
      boolean list = false;
      while (v.inside(listEnd) && (v.tok(listEnd).isPunct(',') || v.is(listEnd, "and"))) {
        int at = v.is(listEnd + 1, "the") ? listEnd + 2 : listEnd + 1;
        Mention next = v.mention(at);
        if (next == null || !(next.kind() == Kind.COUNTRY || next.kind() == Kind.SEAT)) {
          break;
        }
        listEnd = next.end();
        list = true;
      }
      if (verbFollows(v, listEnd)) {
        addState(v, m);
        if (list) {
          for (int i = end; i < listEnd; i++) {
            Mention next = v.mention(i);
            if (next != null) {
              addState(v, next);
            }
          }
        }
        return listEnd;
      }
    }
    if (k != Kind.INSTITUTION || v.is(m.start() - 1, "the")) {
      v.addPlace(new PlaceRef(m.start(), m.end(), m.code(), v.text(m.start(), m.end())));
    }
    return m.end();
  }

  private static void addState(SentenceView v, Mention m) {
    ActorRef a = new ActorRef(m.start(), m.end(), ActorRef.Kind.STATE);
    a.country = m.code();
    a.certainty = 1;
    a.name = v.text(m.start(), m.end());
    v.addActor(a);
  }

  private boolean subjectOpening(SentenceView v, int start) {
    int p = start - 1;
    if (v.is(p, "the")) {
      p--;
    }
    if (p < v.from) {
      return true;
    }
    Token t = v.tok(p);
    if ((t.isPunct(',') || t.is("and")) && v.placeAt(p - 1) != null) {
      return false;
    }
    if (t.isPunct('-') && p > v.from && v.tok(p - 1).isPunct('-')) {
      return true; // "Jeddah, March 11, 2025, SPA -- Saudi Arabia today hosted"
    }
    if (t.kind == Token.Kind.PUNCT) {
      return ",;:—–\"“‘'(".indexOf(t.text.charAt(0)) >= 0;
    }
    return SUBJECT_OPENERS.contains(t.norm);
  }

  private boolean verbFollows(SentenceView v, int p) {
    int guard = 0;
    while (v.inside(p) && guard++ < 4) {
      Token t = v.tok(p);
      if (t.isWord() && (ADVERBS.contains(t.norm) || (t.norm.endsWith("ly") && t.lowercase()))) {
        p++;
      } else if (v.is(p, "on") && WEEKDAYS.contains(v.norm(p + 1))) {
        p += 2;
      } else if (t.isWord() && WEEKDAYS.contains(t.norm)) {
        p++;
      } else {
        break;
      }
    }
    if (!v.inside(p)) {
      return false;
    }
    Token t = v.tok(p);
    if (!t.lowercase() || NON_VERBS.contains(t.norm) || v.mention(p) != null) {
      return false;
    }
    String n = t.norm;
    return AUXILIARIES.contains(n) || COMMON_VERBS.contains(n) || lex.triggers(n) != null || n.endsWith("ed")
        || n.endsWith("ing") || n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("us");
  }

  /** An actor starting at token i, a source to skip (an ActorRef without kind), or null. */
  private ActorRef actor(SentenceView v, int i, DocContext doc) {
    Token first = v.tok(i);
    if (first.lowercase() && !first.has(Token.DETERMINER | Token.POSSESSIVE_PRONOUN | Token.TITLE
        | Token.NOT_OFFICIAL) && v.mention(i) == null) {
      return null;
    }
    int p = i;
    boolean definite = false;
    if (first.has(Token.DETERMINER) && v.mention(i) == null) {
      definite = v.is(p, "the");
      p++;
    } else if (first.has(Token.DETERMINER)) {
      definite = v.is(p, "the"); // "The Gambia", "The Hague": the article belongs to the name
    } else if (first.has(Token.POSSESSIVE_PRONOUN)) {
      p++;
    }
    String country = null;
    String second = null;
    boolean org = false;
    Mention cm = v.mention(p);
    int afterCm = p;
    if (cm != null) {
      switch (cm.kind()) {
        case SOURCE -> {
          return skip(i, sourceEnd(v, cm.end()));
        }
        case BLOCKED -> {
          return skip(i, cm.end());
        }
        case DEMONYM -> {
          country = cm.code();
          afterCm = cm.end();
          Mention other = v.is(afterCm, "and") || v.inside(afterCm) && v.tok(afterCm).isPunct(',')
              ? v.mention(afterCm + 1) : null;
          if (other != null && (other.kind() == Kind.DEMONYM || other.kind() == Kind.COUNTRY
              && roleAhead(v, other.end())) && other.code() != null && !other.code().equals(country)) {
            second = other.code();
            afterCm = other.end();
          }
        }
        case COUNTRY, SEAT, INSTITUTION -> {
          if (v.inside(cm.end()) && v.tok(cm.end()).isPossessive()) {
            country = cm.code();
            afterCm = cm.end() + 1;
            ActorRef person = possessedPerson(v, i, afterCm, country);
            if (person != null) {
              return person;
            }
          } else if (roleAhead(v, cm.end()) && !(p == i && (v.is(i - 1, "in") || v.is(i - 1, "at")))) {
            // "Chinese President", "Beijing envoy"; not the place of "received in Abu Dhabi President Tinubu"
            country = cm.code();
            afterCm = cm.end();
          } else if (cm.kind() == Kind.COUNTRY && v.is(cm.end(), "and") && v.mention(cm.end() + 1) != null
              && v.mention(cm.end() + 1).kind() == Kind.DEMONYM && roleAhead(v, v.mention(cm.end() + 1).end())) {
            country = cm.code();
            second = v.mention(cm.end() + 1).code();
            afterCm = v.mention(cm.end() + 1).end();
          } else {
            return null;
          }
        }
        case ORG -> {
          org = true;
          afterCm = cm.end();
          if (v.inside(afterCm) && v.tok(afterCm).isPossessive()) {
            afterCm++;
          }
        }
        default -> {
          afterCm = p;
        }
      }
      Mention next = v.mention(afterCm);
      if (next != null && next.kind() == Kind.SOURCE) {
        return skip(i, sourceEnd(v, next.end()));
      }
    } else {
      ActorRef titled = p == i ? roleActor(v, i, p, null, false, false, false, false) : null;
      if (titled != null) {
        return titled;
      }
      int nameEnd = nameEnd(v, p);
      if (nameEnd > p && v.inside(nameEnd) && v.tok(nameEnd).isPossessive()) {
        return possessorName(v, i, p, nameEnd);
      }
      if (nameEnd > p) {
        return nameFirst(v, i, p, nameEnd);
      }
    }
    boolean anchored = p > i || cm != null && cm.kind() != Kind.ROLE;
    ActorRef a = roleActor(v, i, afterCm, country, org, definite, cm != null && cm.kind() == Kind.DEMONYM, anchored);
    if (a != null && a.kind != null) {
      if (second != null) {
        a.secondCountry = second;
      }
      if (notOfficialBefore(v, i)) {
        a.official = false;
      }
      if (v.is(i - 1, "visiting") || v.is(i - 2, "visiting") && DETERMINERS.contains(v.norm(i - 1))) {
        a.visiting = true;
      }
    }
    return a;
  }

  /** "former U.S. President", "Venezuelan opposition leader": the word before the actor's country. */
  private boolean notOfficialBefore(SentenceView v, int i) {
    for (int k = i - 1; k >= Math.max(v.from, i - 2); k--) {
      if (lex.notOfficial.contains(v.norm(k))) {
        return true;
      }
      if (!v.tok(k).isWord() && !v.tok(k).isPunct('-')) {
        return false;
      }
    }
    return false;
  }

  private static ActorRef skip(int start, int end) {
    return new ActorRef(start, end, null);
  }

  private int sourceEnd(SentenceView v, int p) {
    while (v.inside(p)) {
      Mention m = v.mention(p);
      if (m != null && m.kind() == Kind.SOURCE) {
        p = m.end();
      } else if (v.tok(p).isPossessive()) {
        p++;
      } else {
        break;
      }
    }
    return p;
  }

  /** Within three words there is a role: "Iran Foreign Minister", "Kremlin spokesman". */
  private boolean roleAhead(SentenceView v, int p) {
    for (int k = p; k < Math.min(v.to, p + 3); k++) {
      Mention m = v.mention(k);
      if (m != null) {
        return m.kind() == Kind.ROLE || (m.kind() == Kind.INSTITUTION && k == p);
      }
      if (!v.tok(k).isWord() && !v.tok(k).isPunct('-')) {
        return false;
      }
    }
    return false;
  }

  /** "Russia's Lavrov", "North Korea's Kim Jong Un". */
  private ActorRef possessedPerson(SentenceView v, int start, int p, String country) {
    if (v.mention(p) != null) {
      return null;
    }
    int nameEnd = nameEnd(v, p);
    if (nameEnd == p) {
      return null;
    }
    for (int k = p; k < nameEnd; k++) {
      if (GEOGRAPHIC.contains(v.norm(k))) {
        return null;
      }
    }
    int end = nameEnd;
    if (v.inside(end) && v.tok(end).isPossessive()) {
      end++;
    }
    ActorRef a = new ActorRef(start, end, ActorRef.Kind.PERSON);
    a.name = v.text(p, nameEnd);
    a.country = country;
    a.certainty = 1;
    return a;
  }

  /** "Liu's delegation", "Lavrov's two-day visit". */
  private ActorRef possessorName(SentenceView v, int start, int p, int nameEnd) {
    String name = v.text(p, nameEnd);
    int q = nameEnd + 1;
    int k = q;
    while (k < Math.min(v.to, q + 3) && v.mention(k) == null && v.tok(k).lowercase()) {
      k++;
    }
    Mention m = v.mention(k);
    if (m != null && m.isRole(RoleKind.GROUP)) {
      ActorRef group = new ActorRef(start, m.end(), ActorRef.Kind.GROUP);
      group.leaderName = name;
      group.name = v.text(start, m.end());
      group.role = v.text(m.start(), m.end());
      group.roleHead = v.norm(m.end() - 1);
      group.level = m.entry().level;
      return group;
    }
    ActorRef a = new ActorRef(start, q, ActorRef.Kind.PERSON);
    a.name = name;
    return a;
  }

  /** "Wang Huning, the fourth-ranked leader in China's Communist Party", or a bare name. */
  private ActorRef nameFirst(SentenceView v, int start, int p, int nameEnd) {
    Mention of = v.is(nameEnd, "of") ? v.mention(nameEnd + 1) : null;
    if (of != null && of.kind() == Kind.COUNTRY && of.start() == nameEnd + 1) {
      ActorRef placed = new ActorRef(start, of.end(), ActorRef.Kind.PERSON); // "Sayyid Badr Albusaidi of Oman"
      placed.name = v.text(p, nameEnd);
      placed.country = of.code();
      placed.certainty = 1;
      return placed;
    }
    ActorRef a = new ActorRef(start, nameEnd, ActorRef.Kind.PERSON);
    a.name = v.text(p, nameEnd);
    if (v.inside(nameEnd) && v.tok(nameEnd).isPunct(',')) {
      int q = nameEnd + 1;
      if (DETERMINERS.contains(v.norm(q))) {
        q++;
      }
      Mention cm = v.mention(q);
      String country = null;
      if (cm != null && cm.kind() == Kind.DEMONYM) {
        country = cm.code();
        q = cm.end();
      }
      ActorRef role = roleActor(v, q, q, country, false, false, country != null, q > nameEnd + 1);
      int end = role == null ? -1 : bodyNameEnd(v, role.end);
      if (role != null && v.is(end, "and")) {
        // "Aso Taro, Vice President of Japan's ruling Liberal Democratic Party and a former prime minister,"
        int r = DETERMINERS.contains(v.norm(end + 1)) ? end + 2 : end + 1;
        ActorRef second = roleActor(v, r, r, null, false, false, false, r > end + 1);
        end = second != null && second.kind == ActorRef.Kind.PERSON && second.name == null ? second.end : end;
      }
      if (role != null && role.kind == ActorRef.Kind.PERSON && role.name == null
          && (!v.inside(end) || ",;.)".indexOf(v.tok(end).text.charAt(0)) >= 0)) {
        ActorRef b = new ActorRef(start, end, ActorRef.Kind.PERSON);
        b.name = a.name;
        b.role = role.role;
        b.roleHead = role.roleHead;
        b.level = role.level;
        b.country = role.country;
        b.certainty = role.country == null ? 0 : 1;
        b.official = role.official;
        b.posting = role.posting;
        return b;
      }
    }
    return a;
  }

  /** After "of Japan's ruling", the end of a body's capitalised name ("Liberal Democratic Party"), or p. */
  private static int bodyNameEnd(SentenceView v, int p) {
    int k = p;
    while (v.inside(k) && v.tok(k).capitalized() && k - p < 6) {
      k++;
    }
    return k > p && BODY_HEADS.contains(v.norm(k - 1)) ? k : p;
  }

  /**
   * "The Ukrainian and Russian delegations meeting in Istanbul agreed": "meeting" after a plural office is a
   * participle, not a "delegations meeting" compound.
   */
  private static boolean meetingAsVerb(SentenceView v, Mention role) {
    int m = role.end();
    return v.is(m, "meeting") && v.tok(m).lowercase() && v.norm(m - 1).endsWith("s")
        && (v.is(m + 1, "in") || v.is(m + 1, "at") || v.is(m + 1, "with") || v.is(m + 1, "on"));
  }

  /**
   * [modifiers] ROLE [complements] [NAME] [of COUNTRY] [led by NAME], with the country already read
   * before it (a demonym, "Pakistan's", "Iran") or null.
   */
  private ActorRef roleActor(SentenceView v, int start, int p, String country, boolean org, boolean definite,
      boolean demonym, boolean anchored) {
    if (!v.roleWithin(p, 7)) {
      return null;
    }
    boolean official = true;
    /** "Industry Minister" is an office, "industry leaders" are not officials. */
    boolean portfolioOrNot = false;
    boolean visiting = false;
    int q = p;
    int words = 0;
    while (v.inside(q) && words < 5) {
      Mention m = v.mention(q);
      if (m != null) {
        if (m.kind() == Kind.ROLE) {
          break;
        }
        if ((m.kind() == Kind.INSTITUTION || m.kind() == Kind.DEMONYM || m.kind() == Kind.PLACE && q == p)
            && country == null && m.code() != null) {
          country = m.code();
          q = m.end();
          words++;
          continue;
        }
        return null;
      }
      Token t = v.tok(q);
      if (t.isPunct('-') && q > p) {
        q++;
        continue;
      }
      if (t.is("then") && v.inside(q + 1) && v.tok(q + 1).isPunct('-')) {
        q += 2;
        words++;
        continue;
      }
      boolean titleWord = t.has(Token.TITLE | Token.NOT_OFFICIAL) || t.capitalized() && t.has(Token.PORTFOLIO);
      boolean freeWord = anchored && t.lowercase() && !t.has(Token.STOP | Token.DETERMINER)
          && (t.has(Token.ING_ADJECTIVE)
              || !t.norm.endsWith("ed") && !t.norm.endsWith("ing") && !t.has(Token.TRIGGER));
      if (t.isWord() && (titleWord || freeWord)
          || anchored && t.kind == Token.Kind.NUMBER && t.norm.matches("\\d+(st|nd|rd|th)")) {
        if (t.has(Token.NOT_OFFICIAL) && t.has(Token.PORTFOLIO)) {
          portfolioOrNot = true;
        } else if (t.has(Token.NOT_OFFICIAL)) {
          official = false;
        }
        if (t.norm.equals("visiting")) {
          visiting = true;
        }
        q++;
        words++;
        continue;
      }
      return null;
    }
    Mention role = v.mention(q);
    if (role == null || role.kind() != Kind.ROLE || !roleFlagFits(v, role, country)
        || v.inside(role.end()) && v.tok(role.end()).has(Token.TRIGGER_NOUN) && !meetingAsVerb(v, role)) {
      return null;
    }
    Level level = role.entry().level;
    RoleKind roleKind = role.entry().roleKind;
    if (portfolioOrNot && level != Level.MINISTER) {
      official = false;
    }
    if (role.end() == role.start() + 1 && (v.is(role.start(), "mission") || v.is(role.start(), "missions"))
        && operationalMission(v, role.start())) {
      official = false;
    }
    int roleStart = role.start();
    String roleHead = roleHead(v, role);
    int r = role.end();
    boolean posting = roleKind == RoleKind.POSTING;
    String complementCountry = null;
    boolean complementOrg = false;
    int guard = 0;
    while (v.inside(r) && guard++ < 6) {
      String prep = v.norm(r);
      if (prep.equals("of") || prep.equals("in") || prep.equals("at") || prep.equals("from") || prep.equals("for")
          || prep.equals("to")) {
        if (prep.equals("to") && !posting) {
          break;
        }
        int[] comp = new int[3];
        String code = complement(v, r + 1, comp);
        // "spoke to his counterparts in Romania, Hungary and Poland": whose, not where
        boolean counterpartsIn = prep.equals("in") && country == null && r == role.end()
            && v.is(role.end() - 1, "counterparts") && v.mention(r + 1) != null
            && v.mention(r + 1).kind() == Kind.COUNTRY;
        if (comp[0] <= r + 1 || (prep.equals("in") || prep.equals("at")) && comp[2] == 0 && !counterpartsIn) {
          break;
        }
        boolean assigns = switch (prep) {
          case "of", "from" -> true;
          case "in", "at" -> !posting;
          // "Minister for Foreign Affairs of Pakistan": a portfolio, then whose
          case "for" -> !posting && (comp[1] == 2 || v.tok(r + 1).has(Token.PORTFOLIO));
          default -> false;
        };
        if (assigns && complementCountry == null && code != null) {
          complementCountry = code;
        }
        if (assigns && comp[1] == 1) {
          complementOrg = true;
        }
        for (int k = r + 1; k < comp[0]; k++) {
          if (v.tok(k).has(Token.NOT_OFFICIAL) && !(level == Level.MINISTER && v.tok(k).has(Token.PORTFOLIO))) {
            official = false;
          }
        }
        r = comp[0];
        continue;
      }
      if (prep.equals("and") && roleKind != RoleKind.GROUP) {
        Mention next = v.mention(r + 1);
        if (next != null && (next.isRole(RoleKind.PERSON) || next.isRole(RoleKind.POSTING))) {
          if (next.entry().level.ordinal() > level.ordinal()) {
            level = next.entry().level;
          }
          roleHead = roleHead(v, next);
          r = next.end();
          continue;
        }
      }
      break;
    }
    String pairedCountry = roleKind == RoleKind.GROUP && country == null && complementCountry != null
        ? pairedCountry(v, role.end(), r, complementCountry) : null;
    int roleEnd = r;
    String fixed = role.entry().flag != null && role.entry().flag.startsWith("COUNTRY=")
        ? role.entry().flag.substring("COUNTRY=".length()) : null;
    if (roleKind == RoleKind.INSTITUTION) {
      String c = country != null ? country : complementCountry != null ? complementCountry : fixed;
      // "The Department of Foreign Affairs summoned ...": a named ministry of no stated country is left for
      // the dateline or the outlet to place, as an unplaced official is
      boolean unplaced = c == null && !org && v.is(start, "the") && v.tok(roleStart).capitalized()
          && roleEnd - roleStart > 1;
      if (c == null && !unplaced || org) {
        return null;
      }
      ActorRef a = new ActorRef(start, roleEnd, ActorRef.Kind.STATE);
      a.country = c;
      a.certainty = c == null ? 0 : 1;
      a.name = v.text(start, roleEnd);
      a.role = v.text(roleStart, role.end());
      return a;
    }
    String name = null;
    if (v.inside(r) && v.tok(r).isPunct(',')) {
      int ns = styleEnd(v, r + 1);
      int ne = nameEnd(v, ns);
      if (ne > ns && (!v.inside(ne) || ",;.):".indexOf(v.tok(ne).text.charAt(0)) >= 0
          && v.tok(ne).kind == Token.Kind.PUNCT)) {
        name = v.text(ns, ne);
        r = ne;
      }
    } else {
      int ns = r;
      while (HONORIFICS.contains(v.norm(ns)) && v.inside(ns + 1) && v.tok(ns + 1).capitalized()) {
        ns++; // "Chief Adviser Professor Muhammad Yunus", "President Dr. Mohamed Muizzu"
      }
      int ne = nameEnd(v, ns);
      if (ne == ns && v.inside(ns + 1) && v.tok(ns).capitalized() && v.mention(ns) == null
          && v.tok(ns).text.length() <= 3 && nameEnd(v, ns + 1) > ns + 1) {
        ne = nameEnd(v, ns + 1);
      }
      if (ne > ns && !BODY_HEADS.contains(v.norm(ne - 1))) {
        name = v.text(ns, ne);
        r = ne; // but "secretary-general of Japan's ruling Liberal Democratic Party": a body, not a name
      }
    }
    if (name != null && v.is(r, "of")) {
      Mention c = v.mention(v.is(r + 1, "the") ? r + 2 : r + 1);
      if (c != null && (c.kind() == Kind.COUNTRY || c.kind() == Kind.SEAT)) {
        if (country == null && complementCountry == null) {
          complementCountry = c.code();
        }
        r = c.end();
      }
    }
    String leader = null;
    if (roleKind == RoleKind.GROUP) {
      int k = v.inside(r) && v.tok(r).isPunct(',') ? r + 1 : r;
      if (v.is(k, "led") && v.is(k + 1, "by")) {
        int ne = nameEnd(v, k + 2);
        if (ne > k + 2) {
          leader = v.text(k + 2, ne);
          r = ne;
        }
      }
    }
    if (v.inside(r) && v.tok(r).isPossessive()) {
      r++;
      if (roleKind == RoleKind.GROUP && (country == null && complementCountry == null || afterHyphenedPlace(v, start))
          && v.inside(r) && v.tok(r).has(Token.TRIGGER_NOUN)) {
        // "the APEC leaders' meeting", "a Japan-China Foreign Ministers' Meeting": a kind of meeting, no party
        return skip(start, r);
      }
    }
    Mention after = v.mention(r);
    if (after != null && after.kind() == Kind.SOURCE) {
      return skip(start, sourceEnd(v, after.end()));
    }
    ActorRef a = new ActorRef(start, r, roleKind == RoleKind.GROUP ? ActorRef.Kind.GROUP : ActorRef.Kind.PERSON);
    a.country = country != null ? country : complementCountry;
    if (a.country == null && fixed != null) {
      a.country = fixed;
      a.certainty = 1;
    }
    a.org = org || (country == null && complementOrg);
    a.certainty = a.country == null ? 0 : 1;
    a.secondCountry = pairedCountry;
    a.name = name;
    a.role = v.text(roleStart, roleEnd).replace('\n', ' ');
    a.roleHead = roleHead;
    a.level = level;
    a.official = official;
    a.visiting = visiting;
    a.posting = posting;
    a.leaderName = leader;
    a.definite = definite && name == null && !demonym && country == null;
    return a;
  }

  /** "a Kenya-led security mission to Haiti", "a rescue mission": an operation, no delegation. */
  private static boolean operationalMission(SentenceView v, int mission) {
    for (int k = mission - 1; k >= Math.max(v.from, mission - 3); k--) {
      if (OPERATIONS.contains(v.norm(k))) {
        return true;
      }
    }
    return false;
  }

  /** "the foreign ministers of Armenia and Azerbaijan": the second country of officials of two. */
  private static String pairedCountry(SentenceView v, int from, int to, String first) {
    for (int k = from + 1; k < to; k++) {
      Mention m = v.mention(k);
      if (m != null && (m.kind() == Kind.COUNTRY || m.kind() == Kind.SEAT) && m.code() != null
          && !m.code().equals(first) && (v.is(k - 1, "and") || v.is(k - 1, "the") && v.is(k - 2, "and"))) {
        return m.code();
      }
    }
    return null;
  }

  private static boolean roleFlagFits(SentenceView v, Mention role, String country) {
    String flag = role.entry().flag;
    if (flag == null || flag.startsWith("COUNTRY=")) {
      return true;
    }
    return switch (flag) {
      // "PM Modi", not the hour of "at 5 PM"
      case "CAP" -> v.tok(role.start()).capitalized()
          && !(v.inside(role.start() - 1) && v.tok(role.start() - 1).kind == Token.Kind.NUMBER);
      case "COUNTRY" -> true;
      case "OF" -> v.is(role.end(), "of") || v.is(role.end(), "from") || v.is(role.end(), "led");
      case "AFTER_COUNTRY" -> country != null;
      default -> true;
    };
  }

  /**
   * "His Majesty", "His Royal Highness", "Her Highness" standing alone for a ruler named before (no name
   * follows): where the style ends, or i when there is none.
   */
  private static int royalStyleEnd(SentenceView v, int i) {
    if (!v.is(i, "his") && !v.is(i, "her") || !v.tok(i).capitalized()) {
      return i;
    }
    int k = v.is(i + 1, "royal") ? i + 2 : i + 1;
    if (!v.is(k, "majesty") && !v.is(k, "highness")) {
      return i;
    }
    boolean named = v.inside(k + 1) && v.tok(k + 1).capitalized() && v.tok(k + 1).isWord();
    return named ? i : k + 1;
  }

  /** After a form of address ("His Excellency", "the Hon", "Dr."), where the name begins. */
  private static int styleEnd(SentenceView v, int k) {
    if ((v.is(k, "his") || v.is(k, "her")) && (v.is(k + 1, "excellency") || v.is(k + 1, "highness"))
        || v.is(k, "the") && (v.is(k + 1, "hon") || v.is(k + 1, "hon.") || v.is(k + 1, "honourable"))) {
      k += 2;
    }
    while (HONORIFICS.contains(v.norm(k)) && v.inside(k + 1) && v.tok(k + 1).capitalized()) {
      k++;
    }
    return k;
  }

  /** The word a role is known by: "minister" for "foreign minister" and "Minister of Foreign Affairs". */
  private static String roleHead(SentenceView v, Mention role) {
    if (v.is(role.start(), "junta")) {
      return "junta"; // "junta boss Min Aung Hlaing" ... "the junta chief"
    }
    for (int k = role.start(); k < role.end(); k++) {
      if (v.is(k, "of") && k > role.start()) {
        return head(v, k - 1);
      }
    }
    return head(v, role.end() - 1);
  }

  /**
   * "prime minister", "PM" and "premier" are one office, not any minister: "the Prime Minister" is not the
   * foreign minister, "the premier" is the prime minister named before.
   */
  private static String head(SentenceView v, int last) {
    boolean premier = v.is(last, "premier") && !v.is(last - 1, "vice") && !v.is(last - 1, "deputy")
        && !(v.inside(last - 1) && v.tok(last - 1).isPunct('-'));
    if (premier || v.is(last, "pm") || v.is(last, "minister") && v.is(last - 1, "prime")) {
      return "prime minister";
    }
    return v.norm(last);
  }

  /**
   * Reads a role's complement from p ("of Foreign Affairs", "of the Russian far eastern region of
   * Primorsky Krai", "in China's Communist Party"). Writes its end to out[0] and to out[1] 1 when it
   * names an international organisation, 2 when a state institution; out[2] 1 when it names more than
   * a place (an institution, a possessive, a demonym: "in China's Communist Party", not "at Pyongyang").
   * Returns the first country named.
   */
  private String complement(SentenceView v, int p, int[] out) {
    String code = null;
    int kind = 0;
    int affiliation = 0;
    boolean institutionName = false;
    int c = p;
    int steps = 0;
    while (v.inside(c) && steps++ < 14) {
      Mention m = v.mention(c);
      Token t = v.tok(c);
      if (m != null) {
        Kind k = m.kind();
        if (k == Kind.COUNTRY || k == Kind.SEAT || k == Kind.PLACE || k == Kind.DEMONYM || k == Kind.INSTITUTION) {
          if (code == null) {
            code = m.code();
            if (k == Kind.INSTITUTION) {
              kind = 2;
            }
          }
          if (k == Kind.INSTITUTION || k == Kind.DEMONYM) {
            affiliation = 1;
          }
          c = m.end();
          institutionName = false;
          continue;
        }
        if (k == Kind.ORG) {
          if (code == null) {
            kind = 1;
          }
          affiliation = 1;
          c = m.end();
          continue;
        }
        if (k == Kind.ROLE && m.entry().roleKind == RoleKind.INSTITUTION) {
          affiliation = 1;
          c = m.end();
          continue;
        }
        if (k == Kind.SOURCE || k == Kind.BLOCKED) {
          c = m.end();
          continue;
        }
        break;
      }
      if (t.isPossessive() || t.is("the")) {
        institutionName = true;
        if (t.isPossessive()) {
          affiliation = 1;
        }
        c++;
        continue;
      }
      if (t.is("of") || t.is("for") || t.is("in") || t.is("&") || t.isPunct('-')) {
        c++;
        continue;
      }
      if (t.isPunct(',') && c > p && portfolioListGoesOn(v, c + 1)) {
        c++; // "Minister of Foreign Affairs, Emigration and Egyptian Expatriates"
        continue;
      }
      if (t.is("and")) {
        Mention next = v.mention(c + 1);
        if (next != null && next.kind() == Kind.ROLE && next.entry().roleKind != RoleKind.INSTITUTION) {
          break;
        }
        c++;
        continue;
      }
      if (t.capitalized()) {
        if (t.has(Token.PORTFOLIO) || institutionName) {
          c++;
          continue;
        }
        break;
      }
      if (t.lowercase() && !t.has(Token.STOP | Token.TRIGGER)
          && (!t.norm.endsWith("ing") || t.has(Token.ING_ADJECTIVE)) && !t.norm.endsWith("ed")) {
        institutionName = false;
        c++;
        continue;
      }
      break;
    }
    while (c > p && (v.is(c - 1, "and") || v.is(c - 1, "of") || v.is(c - 1, "for") || v.is(c - 1, "in")
        || v.is(c - 1, "the") || v.tok(c - 1).isPunct('-') || v.is(c - 1, "&"))) {
      c--;
    }
    out[0] = c;
    out[1] = kind;
    out[2] = affiliation;
    return code;
  }

  /** Capitalised portfolio words from p up to an "and" that ends a list of portfolios ("Emigration and ..."). */
  private static boolean portfolioListGoesOn(SentenceView v, int p) {
    int k = p;
    while (v.inside(k) && v.tok(k).capitalized() && v.tok(k).has(Token.PORTFOLIO) && v.mention(k) == null) {
      k++;
    }
    return k > p && (v.is(k, "and") || v.inside(k) && v.tok(k).isPunct(',') && portfolioListGoesOn(v, k + 1));
  }

  /** "el-Sisi", "al-Sudani": a lowercase particle joined by a hyphen to a capitalised surname, nothing after. */
  private static boolean particleSurname(SentenceView v, int i) {
    return NAME_PARTICLES.contains(v.norm(i)) && v.tok(i).lowercase() && v.inside(i + 2) && v.tok(i + 1).isPunct('-')
        && v.tok(i + 2).capitalized() && v.tok(i).end == v.tok(i + 1).start
        && v.tok(i + 1).end == v.tok(i + 2).start && !(v.inside(i + 3) && v.tok(i + 3).capitalized());
  }

  /** A nickname in quotes inside a name, before the surname: Joko "Jokowi" Widodo, Ferdinand "Bongbong" Marcos. */
  private static boolean nickname(SentenceView v, int q) {
    return v.inside(q + 3) && quote(v.tok(q)) && v.tok(q + 1).capitalized() && quote(v.tok(q + 2))
        && v.tok(q + 3).capitalized() && v.tok(q + 3).isWord();
  }

  private static boolean quote(Token t) {
    return t.kind == Token.Kind.PUNCT && (t.text.equals("\"") || t.text.equals("\u201c") || t.text.equals("\u201d"));
  }

  /** End of a person's name starting at p, or p when none starts there. */
  int nameEnd(SentenceView v, int p) {
    int q = p;
    int words = 0;
    while (v.inside(q) && words < 6) {
      Token t = v.tok(q);
      if (words > 0 && nickname(v, q)) {
        q += 3; // President Joko "Jokowi" Widodo
        continue;
      }
      if (words > 0 && surnameRole(v, q) && !(v.inside(q + 1) && v.tok(q + 1).capitalized())) {
        q++;
        words++;
        continue;
      }
      if (words == 0 && t.has(Token.TITLE) && v.roleWithin(q + 1, 3)) {
        return p; // "Thailand's Acting Prime Minister Phumtham": a word of the office, no name
      }
      if (t.has(Token.TRIGGER_NOUN) && t.capitalized()) {
        return p; // "a High-Level Meeting between ...", "the Global Entrepreneurship Summit": no one's name
      }
      if (v.mention(q) != null && !(words > 0 && hyphenJoined(v, q))) {
        break;
      }
      if (words > 0 && t.text.length() == 1 && Character.isUpperCase(t.text.charAt(0)) && v.inside(q + 2)
          && v.tok(q + 1).isPunct('.') && v.tok(q + 2).capitalized() && v.mention(q + 2) == null) {
        q += 2; // "Enrique A. Manalo": a middle initial, though "A" is a word too
        continue;
      }
      if (t.capitalized() && (!t.has(Token.COMMON) || words == 0 && shortNameWord(v, q))
          || words > 0 && hyphenJoined(v, q)) {
        if (t.text.length() == 1 && v.inside(q + 1) && v.tok(q + 1).isPunct('.')) {
          q += 2;
        } else {
          q++;
        }
        words++;
        continue;
      }
      if (t.capitalized() && SURNAME_MONTHS.contains(t.norm) && (words > 0 || HONORIFICS.contains(v.norm(q - 1)))
          && !(v.inside(q + 1) && v.tok(q + 1).kind == Token.Kind.NUMBER)) {
        q++;
        words++;
        continue;
      }
      if (words > 0 && t.isPunct('-') && v.inside(q + 1) && v.tok(q + 1).isWord()
          && v.tok(q - 1).end == t.start && t.end == v.tok(q + 1).start) {
        q += 2;
        continue;
      }
      if (words > 0 && NAME_PARTICLES.contains(t.norm) && v.inside(q + 1) && v.tok(q + 1).capitalized()
          && v.mention(q + 1) == null) {
        q++;
        continue;
      }
      if (NAME_PARTICLES.contains(t.norm) && v.inside(q + 2) && v.tok(q + 1).isPunct('-')
          && v.tok(q + 2).capitalized() && t.end == v.tok(q + 1).start
          && (words > 0 || v.tok(q + 1).end == v.tok(q + 2).start)) {
        // "Abdel Fattah el-Sisi", and "el-Sisi" alone
        q += 3;
        words++;
        continue;
      }
      break;
    }
    if (words == 0) {
      return p;
    }
    if (v.tok(q - 1).isPunct('.')) {
      q--;
    }
    return q;
  }

  /**
   * "held talks with To Lam", "Do Hung": a short word capitalised in running text before another name
   * word, the first of a name (Vietnamese and Korean names), not a word of a Title-Case headline.
   */
  private static boolean shortNameWord(SentenceView v, int q) {
    return !v.headline && q > v.from && v.tok(q).text.length() <= 2 && !HONORIFICS.contains(v.norm(q))
        && v.tok(q - 1).lowercase()
        && v.inside(q + 1) && v.tok(q + 1).capitalized() && v.tok(q + 1).isWord()
        && !v.tok(q + 1).has(Token.COMMON) && v.mention(q + 1) == null;
  }

  /** "China" in "Japan-China": a place joined by a hyphen to the place before it. */
  private static boolean afterHyphenedPlace(SentenceView v, int start) {
    return start >= v.from + 2 && v.tok(start - 1).isPunct('-') && v.tok(start - 1).start == v.tok(start - 2).end
        && v.placeAt(start - 2) != null;
  }

  /** "Amir" in "Hossein Amir-Abdollahian": a capitalised word joined by a hyphen to the next, part of a name. */
  private static boolean hyphenJoined(SentenceView v, int q) {
    return v.inside(q + 2) && v.tok(q).capitalized() && v.tok(q + 1).isPunct('-') && v.tok(q + 2).capitalized()
        && v.tok(q).end == v.tok(q + 1).start && v.tok(q + 1).end == v.tok(q + 2).start;
  }

  /**
   * An abbreviation the gazetteers do not know before an office: "BJP leader Narendra Modi", "HE
   * President ...", "HH the Emir": a party or a style of address, part of the official's phrase.
   */
  private static boolean styleBeforeRole(SentenceView v, int i) {
    Token t = v.tok(i);
    if (!t.isWord() || !t.allCaps() || t.text.length() < 2 || t.text.length() > 5 || v.mention(i) != null) {
      return false;
    }
    int r = v.is(i + 1, "the") ? i + 2 : i + 1;
    Mention m = v.mention(r);
    return m != null && m.kind() == Kind.ROLE;
  }

  /**
   * "arrived in the capital", "a visit to the country": the place of the story's dateline (for "the
   * country", one named before it in the sentence).
   */
  private static boolean datelineCapital(SentenceView v, int i, DocContext doc) {
    return doc.dateline != null && v.is(i, "the") && (v.is(i + 1, "capital") || v.is(i + 1, "country"))
        && (v.is(i - 1, "in") || v.is(i - 1, "to") || v.is(i - 1, "into")) && !v.is(i + 2, "of")
        && !(v.inside(i + 2) && v.tok(i + 2).isPossessive());
  }

  /** An office that is also a surname, capitalised: "Julie Bishop", "Angus King"; then "Bishop said". */
  private static boolean surnameRole(SentenceView v, int q) {
    Mention m = v.mention(q);
    return m != null && m.kind() == Kind.ROLE && m.end() == q + 1 && v.tok(q).capitalized()
        && SURNAME_ROLES.contains(v.norm(q));
  }
}
