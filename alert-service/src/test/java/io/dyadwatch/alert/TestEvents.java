package io.dyadwatch.alert;

import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.EventType;
import io.dyadwatch.schemas.avro.Evidence;
import io.dyadwatch.schemas.avro.Level;
import io.dyadwatch.schemas.avro.Location;
import io.dyadwatch.schemas.avro.Participant;
import io.dyadwatch.schemas.serde.AvroSerde;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Realistic events for tests. {@link #partyDelegationToBeijing()} is the contact of the seed articles:
 * a Workers' Party of Korea delegation in Beijing meeting Wang Huning.
 */
public final class TestEvents {
  public static final String EVIDENCE =
      "A delegation of the Workers' Party of Korea led by Kim Song Nam arrived in Beijing on Thursday"
          + " and met Wang Huning, a member of the Politburo Standing Committee.";

  static {
    // Avro 1.12 instantiates only trusted classes, e.g. for an enum field's default; the shared serde
    // adds our generated package to the trusted ones when it loads.
    AvroSerde.of(DiplomaticEvent.class);
  }

  private TestEvents() {}

  public static Participant delegation(String name, String country) {
    return new Participant(name, "delegation", country, Level.SENIOR_OFFICIAL);
  }

  public static Participant person(String name, String role, String country, Level level) {
    return new Participant(name, role, country, level);
  }

  /** PRK → CHN, VISIT, OCCURRED on 2019-06-20, reported by apnews.com (article ap-1). */
  public static DiplomaticEvent.Builder partyDelegationToBeijing() {
    return DiplomaticEvent.newBuilder()
        .setEventId("ev-ap-1")
        .setArticleId("ap-1")
        .setDyad("CHN-PRK")
        .setCountries(List.of("CHN", "PRK"))
        .setEventType(EventType.VISIT)
        .setStatus(EventStatus.OCCURRED)
        .setInitiator("PRK")
        .setHost("CHN")
        .setParticipants(new ArrayList<>(List.of(
            delegation("a delegation of the Workers' Party of Korea", "PRK"),
            person("Wang Huning", "member of the Politburo Standing Committee", "CHN", Level.SENIOR_OFFICIAL))))
        .setLevel(Level.SENIOR_OFFICIAL)
        .setLocation(new Location("Beijing", "CHN"))
        .setEventDate("2019-06-20")
        .setDateText("on Thursday")
        .setEvidence(new Evidence(EVIDENCE, 0, EVIDENCE.length(), "ap-1"))
        .setConfidence(0.8)
        .setSource("apnews.com")
        .setUrl("https://apnews.com/article/north-korea-china-delegation-0620")
        .setPublishedAt("2019-06-21")
        .setIngestedAt(Instant.parse("2019-06-21T07:30:00Z"))
        .setExtractedAt(Instant.parse("2019-06-21T07:30:02Z"));
  }

  /** The same contact as reported by another outlet: its own article, event id, URL and sentence. */
  public static DiplomaticEvent.Builder sameContactFrom(String outlet, int n) {
    String sentence = "North Korean party officials held talks with Wang Huning in Beijing, " + outlet + " reported.";
    return partyDelegationToBeijing()
        .setEventId("ev-" + outlet + "-" + n)
        .setArticleId(outlet + "-" + n)
        .setSource(outlet)
        .setUrl("https://" + outlet + "/news/" + n)
        .setEvidence(new Evidence(sentence, 0, sentence.length(), outlet + "-" + n));
  }

  /** BOL-PER: Presidents Evo Morales and Martín Vizcarra meet in Lima, 2019-06-18. */
  public static DiplomaticEvent.Builder andeanSummit() {
    String sentence =
        "Bolivian President Evo Morales met his Peruvian counterpart Martín Vizcarra in Lima on Tuesday.";
    return DiplomaticEvent.newBuilder()
        .setEventId("ev-andina-3")
        .setArticleId("andina-3")
        .setDyad("BOL-PER")
        .setCountries(List.of("BOL", "PER"))
        .setEventType(EventType.MEETING)
        .setStatus(EventStatus.OCCURRED)
        .setInitiator("BOL")
        .setHost("PER")
        .setParticipants(new ArrayList<>(List.of(
            person("Evo Morales", "President", "BOL", Level.HEAD_OF_STATE_OR_GOVERNMENT),
            person("Martín Vizcarra", "President", "PER", Level.HEAD_OF_STATE_OR_GOVERNMENT))))
        .setLevel(Level.HEAD_OF_STATE_OR_GOVERNMENT)
        .setLocation(new Location("Lima", "PER"))
        .setEventDate("2019-06-18")
        .setEvidence(new Evidence(sentence, 0, sentence.length(), "andina-3"))
        .setConfidence(0.9)
        .setSource("andina.pe")
        .setUrl("https://andina.pe/ingles/noticia-3")
        .setPublishedAt("2019-06-19")
        .setIngestedAt(Instant.parse("2019-06-19T15:00:00Z"))
        .setExtractedAt(Instant.parse("2019-06-19T15:00:01Z"));
  }

  /** VNM ← PRK: a Workers' Party delegation in Hanoi meeting Nguyen Phu Trong, 2019-06-24. */
  public static DiplomaticEvent.Builder delegationToHanoi() {
    String sentence = "The North Korean delegation was received in Hanoi by Party General Secretary Nguyen Phu Trong.";
    return DiplomaticEvent.newBuilder()
        .setEventId("ev-vna-7")
        .setArticleId("vna-7")
        .setDyad("PRK-VNM")
        .setCountries(List.of("PRK", "VNM"))
        .setEventType(EventType.VISIT)
        .setStatus(EventStatus.OCCURRED)
        .setInitiator("PRK")
        .setHost("VNM")
        .setParticipants(new ArrayList<>(List.of(
            delegation("a delegation of the Workers' Party of Korea", "PRK"),
            person("Nguyen Phu Trong", "General Secretary", "VNM", Level.HEAD_OF_STATE_OR_GOVERNMENT))))
        .setLevel(Level.HEAD_OF_STATE_OR_GOVERNMENT)
        .setLocation(new Location("Hanoi", "VNM"))
        .setEventDate("2019-06-24")
        .setEvidence(new Evidence(sentence, 0, sentence.length(), "vna-7"))
        .setConfidence(0.9)
        .setSource("vietnamplus.vn")
        .setUrl("https://en.vietnamplus.vn/politics/vna-7")
        .setPublishedAt("2019-06-24")
        .setIngestedAt(Instant.parse("2019-06-24T10:00:00Z"))
        .setExtractedAt(Instant.parse("2019-06-24T10:00:01Z"));
  }
}
