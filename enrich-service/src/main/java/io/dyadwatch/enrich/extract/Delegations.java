package io.dyadwatch.enrich.extract;

import io.dyadwatch.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Leaders of several countries travelling as one delegation: "The delegation included Senegal's Macky Sall,
 * Zambia's Hakainde Hichilema and ...", "Ramaphosa was joined by ...". Each member shares the visits and
 * meetings of the delegation's head, and "the leaders" or "the delegation" after them is the head's side.
 */
final class Delegations {
  private static final Set<String> INCLUDES = Set.of("included", "includes", "include", "including", "comprised",
      "comprises", "comprising");
  private static final Set<String> DELEGATION_NOUNS = Set.of("delegation", "mission");
  /** Words for the delegation as a whole, after "the": "the leaders are due to travel to St Petersburg". */
  private static final Set<String> WHOLE = Set.of("leaders", "delegation", "mission", "group", "heads");

  private Delegations() {}

  /** The members of another country a sentence names for a delegation, and its head's country if it names him. */
  static void read(SentenceView v, DocContext doc) {
    for (int k = v.from + 1; k < v.to - 2; k++) {
      int list = -1;
      String head = null;
      if (DELEGATION_NOUNS.contains(v.norm(k))) {
        int q = v.tok(k + 1).isPunct(',') && v.is(k + 2, "which") ? k + 3 : k + 1;
        list = INCLUDES.contains(v.norm(q)) ? q + 1 : -1;
      } else if (v.is(k, "joined") && v.is(k + 1, "by") && (v.is(k - 1, "was") || v.is(k - 1, "is"))) {
        List<ActorRef> subject = Parties.leftChain(v, k - 1);
        if (subject.size() == 1 && subject.get(0).kind == ActorRef.Kind.PERSON && subject.get(0).hasCountry()) {
          head = subject.get(0).country;
          list = k + 2;
        }
      }
      if (list < 0) {
        continue;
      }
      List<String> members = new ArrayList<>();
      for (ActorRef a : Parties.rightChain(v, list, false)) {
        if (a.kind == ActorRef.Kind.PERSON && a.official && a.hasCountry() && !a.country.equals(head)
            && !members.contains(a.country)) {
          members.add(a.country);
        }
      }
      if (members.size() >= 2) { // several leaders of other countries: a delegation of many, not a guest
        doc.delegationMembers.addAll(members);
        doc.delegationHead = head != null ? head : doc.delegationHead;
      }
      return;
    }
  }

  /** "The leaders are due to travel to St Petersburg": once members are known, "the leaders" are the head's side. */
  static void resolveWhole(SentenceView v, DocContext doc) {
    if (doc.delegationMembers.isEmpty() || head(doc) == null) {
      return;
    }
    for (ActorRef a : v.actors) {
      boolean definite = v.is(a.start, "the") || v.is(a.start - 1, "the");
      if (a.kind == ActorRef.Kind.GROUP && a.country == null && a.official && definite
          && WHOLE.contains(v.norm(a.end - 1))) {
        a.country = head(doc);
        a.certainty = 0.8;
      }
    }
  }

  /** The head's country: named with "joined by", else the first traveller of the story who is no member. */
  private static String head(DocContext doc) {
    if (doc.delegationHead == null && doc.firstVisitor != null
        && !doc.delegationMembers.contains(doc.firstVisitor)) {
      doc.delegationHead = doc.firstVisitor;
    }
    return doc.delegationHead;
  }

  /** Each member's share of the head's visits and meetings with a country outside the delegation. */
  static List<ContactAssembler.Draft> shared(List<ContactAssembler.Draft> drafts, DocContext doc) {
    String head = doc.delegationMembers.isEmpty() ? null : head(doc);
    if (head == null) {
      return drafts;
    }
    List<ContactAssembler.Draft> out = new ArrayList<>(drafts);
    for (ContactAssembler.Draft d : drafts) {
      Contact c = d.contact();
      int at = c.countries().indexOf(head);
      if (at < 0 || c.type() != EventType.VISIT && c.type() != EventType.MEETING) {
        continue;
      }
      String other = c.countries().get(1 - at);
      if (doc.delegationMembers.contains(other)) {
        continue;
      }
      for (String m : doc.delegationMembers) {
        Contact share = new Contact(ContactAssembler.sorted(m, other), c.type(), c.status(),
            head.equals(c.initiator()) ? m : c.initiator(), head.equals(c.host()) ? m : c.host(),
            c.participants(), c.level(), c.location(), c.eventDate(), c.dateText(), c.evidence(), c.confidence());
        out.add(new ContactAssembler.Draft(share, d.nominal(), d.sentence(), d.fromMeeting(), d.distant(),
            d.town(), d.cameFrom()));
      }
    }
    return out;
  }
}
