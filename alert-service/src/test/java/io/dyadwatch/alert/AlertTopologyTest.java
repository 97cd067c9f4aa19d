package io.dyadwatch.alert;

import static io.dyadwatch.alert.TestEvents.delegationToHanoi;
import static io.dyadwatch.alert.TestEvents.partyDelegationToBeijing;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.common.DeadLetters;
import io.dyadwatch.schemas.DeadLetterHeaders;
import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DyadHistory;
import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.EventType;
import io.dyadwatch.schemas.avro.Level;
import io.dyadwatch.schemas.avro.Participant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production topology: first contacts, dead letters, the history store, counters. */
class AlertTopologyTest {
  private static final Instant NOW = Instant.parse("2019-06-21T09:00:00Z");
  private static final Instant PUBLISHED = Instant.parse("2019-06-21T08:00:00Z");

  @TempDir
  Path stateDir;
  private AlertDriver driver;

  @BeforeEach
  void start() {
    driver = new AlertDriver(stateDir, NOW);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void firstContactBetweenTwoCountriesIsANewDyadAlertKeyedByAlertId() {
    driver.pipe(partyDelegationToBeijing().build(), PUBLISHED);

    List<TestRecord<String, ContactAlert>> out = driver.alerts();
    assertThat(out).hasSize(1);
    ContactAlert alert = out.get(0).value();
    assertThat(out.get(0).key()).isEqualTo(alert.getAlertId()).matches("CHN-PRK-20190620-[0-9a-f]{8}");
    assertThat(out.get(0).timestamp()).isEqualTo(PUBLISHED.toEpochMilli());
    assertThat(alert.getKind()).isEqualTo(AlertKind.NEW_DYAD);
    assertThat(alert.getDyad()).isEqualTo("CHN-PRK");
    assertThat(alert.getCountries()).containsExactly("CHN", "PRK");
    assertThat(alert.getCountryNames()).containsExactly("China", "North Korea");
    assertThat(alert.getSummary()).isEqualTo("North Korea sent a delegation to China; met Wang Huning in Beijing");
    assertThat(alert.getEventType()).isEqualTo(EventType.VISIT);
    assertThat(alert.getStatus()).isEqualTo(EventStatus.OCCURRED);
    assertThat(alert.getEventDate()).isEqualTo("2019-06-20");
    assertThat(alert.getFirstSeenAt()).isEqualTo(NOW);
    assertThat(alert.getUpdatedAt()).isEqualTo(NOW);
    assertThat(alert.getRevision()).isEqualTo(1);
    assertThat(alert.getParticipants()).extracting(Participant::getName)
        .containsExactly("a delegation of the Workers' Party of Korea", "Wang Huning");
    assertThat(alert.getLevel()).isEqualTo(Level.SENIOR_OFFICIAL);
    assertThat(alert.getEvidence()).extracting(e -> e.getText()).containsExactly(TestEvents.EVIDENCE);
    assertThat(alert.getSources()).containsExactly("apnews.com");
    assertThat(alert.getSourceUrls()).containsExactly("https://apnews.com/article/north-korea-china-delegation-0620");
    assertThat(alert.getCorroboration()).isEqualTo(1);
    assertThat(alert.getEventIds()).containsExactly("ev-ap-1");
    assertThat(alert.getSeverity()).isEqualTo("warning");
    assertThat(alert.getConfidence()).isEqualTo(0.8);
    assertThat(alert.getBackfill()).isFalse();
    assertThat(alert.getIngestedAt()).isEqualTo(Instant.parse("2019-06-21T07:30:00Z"));
    assertThat(driver.deadLetters()).isEmpty();
  }

  @Test
  void laterContactOfAKnownDyadAtTheSameLevelIsRecordedNotAlerted() {
    driver.pipe(partyDelegationToBeijing().build(), PUBLISHED);
    driver.pipe(partyDelegationToBeijing().setEventId("ev-xinhua-2").setArticleId("xinhua-2")
        .setSource("xinhuanet.com").setEventDate("2019-08-30").build(), Instant.parse("2019-08-30T12:00:00Z"));

    assertThat(driver.alerts()).extracting(r -> r.value().getKind()).containsExactly(AlertKind.NEW_DYAD);
    DyadHistory history = driver.history("CHN-PRK");
    assertThat(history.getContactCount()).isEqualTo(2);
    assertThat(history.getEventCount()).isEqualTo(2);
    assertThat(history.getFirstEventDate()).isEqualTo("2019-06-20");
    assertThat(history.getLastEventDate()).isEqualTo("2019-08-30");
    assertThat(history.getMaxLevel()).isEqualTo(Level.SENIOR_OFFICIAL);
    assertThat(history.getContacts()).extracting(c -> c.getDay()).containsExactly("2019-06-20", "2019-08-30");
    assertThat(history.getContacts().get(0).getAlert().getKind()).isEqualTo(AlertKind.NEW_DYAD);
    assertThat(history.getContacts().get(1).getAlert()).isNull();
  }

  @Test
  void eachDyadHasItsOwnFirstContact() {
    driver.pipe(partyDelegationToBeijing().build(), PUBLISHED);
    driver.pipe(delegationToHanoi().build(), Instant.parse("2019-06-24T10:00:00Z"));

    List<ContactAlert> alerts = driver.alerts().stream().map(TestRecord::value).toList();
    assertThat(alerts).extracting(ContactAlert::getDyad).containsExactly("CHN-PRK", "PRK-VNM");
    assertThat(alerts).extracting(ContactAlert::getKind).containsOnly(AlertKind.NEW_DYAD);
    assertThat(alerts.get(1).getSummary())
        .isEqualTo("North Korea sent a delegation to Vietnam; met Nguyen Phu Trong in Hanoi");
    assertThat(alerts.get(1).getSeverity()).isEqualTo("critical");
  }

  @Test
  void undecodableRecordIsDeadLetteredAsReadAndTheNextEventStillAlerts() {
    byte[] key = "CHN-PRK".getBytes(StandardCharsets.UTF_8);
    byte[] value = "{\"dyad\":\"CHN-PRK\"}".getBytes(StandardCharsets.UTF_8);
    RecordHeaders headers = new RecordHeaders();
    headers.add("trace-id", "t-42".getBytes(StandardCharsets.UTF_8));
    driver.pipeBytes(key, value, headers, PUBLISHED);
    driver.pipe(partyDelegationToBeijing().build(), PUBLISHED);

    List<TestRecord<byte[], byte[]>> dead = driver.deadLetters();
    assertThat(dead).hasSize(1);
    TestRecord<byte[], byte[]> letter = dead.get(0);
    assertThat(letter.key()).isEqualTo(key);
    assertThat(letter.value()).isEqualTo(value);
    assertThat(DeadLetters.header(letter.headers(), "trace-id")).isEqualTo("t-42");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.SERVICE)).isEqualTo("alert-service");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("decode");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ERROR_CLASS))
        .isEqualTo("org.apache.kafka.common.errors.SerializationException");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ERROR_MESSAGE)).contains("DiplomaticEvent");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ORIGIN_TOPIC)).isEqualTo("diplomacy.events.v1");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ORIGIN_PARTITION)).isEqualTo("0");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ORIGIN_OFFSET)).isEqualTo("0");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.FAILED_AT))
        .isEqualTo(Long.toString(NOW.toEpochMilli()));
    assertThat(driver.alerts()).extracting(r -> r.value().getKind()).containsExactly(AlertKind.NEW_DYAD);
  }

  @Test
  void eventWhoseKeyIsNotItsDyadIsDeadLettered() {
    byte[] value = AlertDriver.EVENT_SERDE.encode(partyDelegationToBeijing().build());
    driver.pipeBytes("PRK-CHN".getBytes(StandardCharsets.UTF_8), value, PUBLISHED);
    driver.pipe(partyDelegationToBeijing().setDyad("PRK-CHN").build(), PUBLISHED);

    List<TestRecord<byte[], byte[]>> dead = driver.deadLetters();
    assertThat(dead).extracting(r -> DeadLetters.header(r.headers(), DeadLetterHeaders.STAGE))
        .containsExactly("novelty", "novelty");
    assertThat(dead).extracting(r -> DeadLetters.header(r.headers(), DeadLetterHeaders.ERROR_MESSAGE))
        .containsExactly("record key PRK-CHN is not the event's dyad CHN-PRK",
            "dyad PRK-CHN is not the event's countries CHN-PRK");
    assertThat(dead).extracting(r -> DeadLetters.header(r.headers(), DeadLetterHeaders.ORIGIN_OFFSET))
        .containsExactly("0", "1");
    assertThat(driver.alerts()).isEmpty();
    assertThat(driver.history("CHN-PRK")).isNull();
  }

  @Test
  void countsEventsAlertsAndDeadLetters() {
    driver.pipe(partyDelegationToBeijing().build(), PUBLISHED);
    driver.pipe(delegationToHanoi().build(), PUBLISHED);
    driver.pipeBytes(new byte[0], new byte[] {1, 2, 3}, PUBLISHED);

    assertThat(driver.counter("dyadwatch.events.in")).isEqualTo(3);
    assertThat(driver.counter("dyadwatch.alerts.out", "kind", "NEW_DYAD", "change", "new")).isEqualTo(2);
    assertThat(driver.counter("dyadwatch.dead.letters", "stage", "decode")).isEqualTo(1);
  }
}
