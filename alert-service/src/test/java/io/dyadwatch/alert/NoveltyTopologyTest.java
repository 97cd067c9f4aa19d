package io.dyadwatch.alert;

import static io.dyadwatch.alert.TestEvents.partyDelegationToBeijing;
import static io.dyadwatch.alert.TestEvents.person;
import static io.dyadwatch.alert.TestEvents.sameContactFrom;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.EventType;
import io.dyadwatch.schemas.avro.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each novelty rule through the production topology, with explicit record timestamps and wall clock. */
class NoveltyTopologyTest {
  @TempDir
  Path stateDir;

  private static Map<String, ContactAlert> latestByKey(List<TestRecord<String, ContactAlert>> records) {
    Map<String, ContactAlert> latest = new LinkedHashMap<>();
    records.forEach(r -> latest.put(r.key(), r.value()));
    return latest;
  }

  @Test
  void sameContactFromFiveOutletsIsOneAlertWithCorroborationFive() {
    try (AlertDriver driver = new AlertDriver(stateDir, Instant.parse("2019-06-21T09:00:00Z"))) {
      driver.pipe(partyDelegationToBeijing().build(), Instant.parse("2019-06-21T08:00:00Z"));
      driver.pipe(sameContactFrom("reuters.com", 1).build(), Instant.parse("2019-06-21T08:05:00Z"));
      driver.pipe(sameContactFrom("yna.co.kr", 2).setEventDate("2019-06-21").build(),
          Instant.parse("2019-06-21T08:10:00Z"));
      driver.pipe(sameContactFrom("xinhuanet.com", 3).build(), Instant.parse("2019-06-21T08:15:00Z"));
      driver.pipe(sameContactFrom("nknews.org", 4).setEventType(EventType.MEETING).build(),
          Instant.parse("2019-06-21T08:20:00Z"));

      List<TestRecord<String, ContactAlert>> out = driver.alerts();
      assertThat(out).extracting(TestRecord::key).containsOnly(out.get(0).key());
      assertThat(out).extracting(r -> r.value().getRevision()).containsExactly(1, 2, 3, 4, 5);
      assertThat(out).extracting(r -> r.value().getCorroboration()).containsExactly(1, 2, 3, 4, 5);
      ContactAlert alert = latestByKey(out).values().iterator().next();
      assertThat(alert.getKind()).isEqualTo(AlertKind.NEW_DYAD);
      assertThat(alert.getSources())
          .containsExactly("apnews.com", "reuters.com", "yna.co.kr", "xinhuanet.com", "nknews.org");
      assertThat(alert.getSourceUrls()).hasSize(5);
      assertThat(alert.getEventDate()).isEqualTo("2019-06-20");
      assertThat(driver.history("CHN-PRK").getContactCount()).isEqualTo(1);
      assertThat(driver.counter("dyadwatch.alerts.out", "kind", "NEW_DYAD", "change", "new")).isEqualTo(1);
      assertThat(driver.counter("dyadwatch.alerts.out", "kind", "NEW_DYAD", "change", "update")).isEqualTo(4);
    }
  }

  @Test
  void plannedThenOccurredUpdatesTheAlertUnderTheSameId() {
    try (AlertDriver driver = new AlertDriver(stateDir, Instant.parse("2019-06-02T06:00:00Z"))) {
      driver.pipe(partyDelegationToBeijing().setEventId("ev-kcna-1").setSource("kcna.kp")
          .setStatus(EventStatus.PLANNED).setEventDate(null).setPublishedAt("2019-06-02").build(),
          Instant.parse("2019-06-02T05:00:00Z"));
      driver.advanceWallClock(Duration.ofDays(19));
      driver.pipe(partyDelegationToBeijing().build(), Instant.parse("2019-06-21T08:00:00Z"));

      List<TestRecord<String, ContactAlert>> out = driver.alerts();
      assertThat(out).hasSize(2);
      assertThat(out.get(1).key()).isEqualTo(out.get(0).key()).startsWith("CHN-PRK-20190602-");
      ContactAlert planned = out.get(0).value();
      ContactAlert occurred = out.get(1).value();
      assertThat(planned.getStatus()).isEqualTo(EventStatus.PLANNED);
      assertThat(planned.getEventDate()).isEqualTo("2019-06-02");
      assertThat(occurred.getStatus()).isEqualTo(EventStatus.OCCURRED);
      assertThat(occurred.getEventDate()).isEqualTo("2019-06-20");
      assertThat(occurred.getRevision()).isEqualTo(2);
      assertThat(occurred.getFirstSeenAt()).isEqualTo(Instant.parse("2019-06-02T06:00:00Z"));
      assertThat(occurred.getUpdatedAt()).isEqualTo(Instant.parse("2019-06-21T06:00:00Z"));
      assertThat(occurred.getSummary()).isEqualTo("North Korea sent a delegation to China; met Wang Huning in Beijing");
    }
  }

  @Test
  void contactAfterTheQuietPeriodIsRenewed() {
    try (AlertDriver driver = new AlertDriver(stateDir, Instant.parse("2019-06-21T09:00:00Z"))) {
      driver.pipe(partyDelegationToBeijing().build(), Instant.parse("2019-06-21T08:00:00Z"));
      // Wall clock 2019-06-21 + 300 days = 2020-04-16, then + 366 days = 2021-04-17.
      driver.advanceWallClock(Duration.ofDays(300));
      // 2019-06-20 + 300 days = 2020-04-15: inside the 365-day quiet period.
      driver.pipe(partyDelegationToBeijing().setEventId("ev-ap-2").setEventDate("2020-04-15").build(),
          Instant.parse("2020-04-16T08:00:00Z"));
      driver.advanceWallClock(Duration.ofDays(366));
      // 2020-04-15 + 366 days = 2021-04-16 (2021 is no leap year: 2020-04-15 to 2021-04-15 is 365).
      driver.pipe(partyDelegationToBeijing().setEventId("ev-ap-3").setEventDate("2021-04-16").build(),
          Instant.parse("2021-04-17T08:00:00Z"));

      List<ContactAlert> out = driver.alerts().stream().map(TestRecord::value).toList();
      assertThat(out).extracting(ContactAlert::getKind).containsExactly(AlertKind.NEW_DYAD, AlertKind.RENEWED);
      assertThat(out.get(1).getEventDate()).isEqualTo("2021-04-16");
      assertThat(out.get(1).getSeverity()).isEqualTo("info");
      assertThat(out.get(1).getBackfill()).isFalse();
    }
  }

  @Test
  void firstContactAtAHigherLevelIsAnEscalation() {
    try (AlertDriver driver = new AlertDriver(stateDir, Instant.parse("2019-06-21T09:00:00Z"))) {
      driver.pipe(partyDelegationToBeijing().build(), Instant.parse("2019-06-21T08:00:00Z"));
      driver.advanceWallClock(Duration.ofDays(10));
      driver.pipe(partyDelegationToBeijing().setEventId("ev-xinhua-9").setSource("xinhuanet.com")
              .setEventType(EventType.MEETING).setEventDate("2019-06-30")
              .setParticipants(List.of(person("Wang Yi", "Foreign Minister", "CHN", Level.MINISTER),
                  person("Ri Yong Ho", "Foreign Minister", "PRK", Level.MINISTER)))
              .setLevel(Level.MINISTER).setInitiator(null).setHost(null).build(),
          Instant.parse("2019-07-01T08:00:00Z"));
      driver.advanceWallClock(Duration.ofDays(5));
      // Another ministers' meeting: no higher than before, not news.
      driver.pipe(partyDelegationToBeijing().setEventId("ev-xinhua-12").setSource("xinhuanet.com")
              .setEventType(EventType.MEETING).setEventDate("2019-07-05")
              .setParticipants(List.of(person("Wang Yi", "Foreign Minister", "CHN", Level.MINISTER)))
              .setLevel(Level.MINISTER).build(),
          Instant.parse("2019-07-06T08:00:00Z"));

      List<ContactAlert> out = driver.alerts().stream().map(TestRecord::value).toList();
      assertThat(out).extracting(ContactAlert::getKind).containsExactly(AlertKind.NEW_DYAD, AlertKind.ESCALATION);
      assertThat(out.get(1).getSummary())
          .isEqualTo("China's Foreign Minister Wang Yi met North Korea's Foreign Minister Ri Yong Ho in Beijing");
      assertThat(out.get(1).getLevel()).isEqualTo(Level.MINISTER);
      assertThat(driver.history("CHN-PRK").getContactCount()).isEqualTo(3);
    }
  }

  @Test
  void outOfOrderEventsMakeNoSecondNewDyadAndLateReportsStillCorroborate() {
    try (AlertDriver driver = new AlertDriver(stateDir, Instant.parse("2019-06-21T09:00:00Z"))) {
      driver.pipe(partyDelegationToBeijing().build(), Instant.parse("2019-06-21T08:00:00Z"));
      // Read later, about an earlier, different contact: older than the dyad's known history.
      driver.pipe(partyDelegationToBeijing().setEventId("ev-old-1").setSource("rodong.rep.kp")
          .setEventType(EventType.CALL).setParticipants(List.of()).setEventDate("2019-04-10").build(),
          Instant.parse("2019-06-21T08:30:00Z"));
      driver.advanceWallClock(Duration.ofDays(3));
      // A late report of the June contact, with a record timestamp three days on.
      driver.pipe(sameContactFrom("nknews.org", 7).build(), Instant.parse("2019-06-24T10:00:00Z"));

      List<TestRecord<String, ContactAlert>> out = driver.alerts();
      assertThat(out).extracting(r -> r.value().getKind()).containsExactly(AlertKind.NEW_DYAD, AlertKind.NEW_DYAD);
      assertThat(out).extracting(r -> r.value().getRevision()).containsExactly(1, 2);
      assertThat(latestByKey(out)).hasSize(1);
      assertThat(driver.history("CHN-PRK").getFirstEventDate()).isEqualTo("2019-04-10");
      assertThat(driver.history("CHN-PRK").getContactCount()).isEqualTo(2);
    }
  }

  @Test
  void backfillIsPublishedMarkedAndDoesNotCountAsLiveNews() {
    try (AlertDriver driver = new AlertDriver(stateDir, Instant.parse("2024-11-20T09:00:00Z"))) {
      // A replay of a 2019 archive, read in 2024.
      driver.pipe(partyDelegationToBeijing().build(), Instant.parse("2024-11-20T08:00:00Z"));
      driver.pipe(TestEvents.delegationToHanoi().setEventDate("2024-11-19").build(),
          Instant.parse("2024-11-20T08:01:00Z"));

      List<ContactAlert> out = driver.alerts().stream().map(TestRecord::value).toList();
      assertThat(out).extracting(ContactAlert::getDyad).containsExactly("CHN-PRK", "PRK-VNM");
      assertThat(out).extracting(ContactAlert::getBackfill).containsExactly(true, false);
    }
  }

  @Test
  void eventDeliveredTwiceIsJudgedOnce() {
    try (AlertDriver driver = new AlertDriver(stateDir, Instant.parse("2019-06-21T09:00:00Z"))) {
      driver.pipe(partyDelegationToBeijing().build(), Instant.parse("2019-06-21T08:00:00Z"));
      driver.pipe(partyDelegationToBeijing().build(), Instant.parse("2019-06-21T08:00:00Z"));

      assertThat(driver.alerts()).hasSize(1);
      assertThat(driver.history("CHN-PRK").getEventCount()).isEqualTo(1);
    }
  }
}
