package io.dyadwatch.alert;

import static io.dyadwatch.alert.TestEvents.andeanSummit;
import static io.dyadwatch.alert.TestEvents.partyDelegationToBeijing;
import static io.dyadwatch.alert.TestEvents.person;
import static io.dyadwatch.alert.TestEvents.sameContactFrom;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.alert.webhook.WebhookOutbox;
import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.EventType;
import io.dyadwatch.schemas.avro.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts reach the teams whose filters they match: team topics by alert id, webhook outbox by dyad. */
class RoutingTopologyTest {
  private static final String SUBSCRIPTIONS = """
      teams:
        - name: korea-desk
          filters: {countries: [PRK]}
        - name: andes
          filters: {regions: [south-america]}
        - name: escalations
          filters: {kinds: [ESCALATION], min_level: MINISTER}
          outputs: {topic: false, webhook: {url: "http://127.0.0.1:9/hooks/escalations"}}
        - name: corroborated
          filters: {min_corroboration: 3}
          outputs: {topic: true, webhook: {url: "http://127.0.0.1:9/hooks/corroborated"}}
      """;

  @TempDir
  Path dir;

  @Test
  void eachAlertRevisionGoesToTheTeamsItMatches() throws Exception {
    Path file = Files.writeString(dir.resolve("subscriptions.yaml"), SUBSCRIPTIONS);
    try (AlertDriver driver = new AlertDriver(dir.resolve("state"), Instant.parse("2019-06-21T09:00:00Z"),
        Map.of("DYADWATCH_SUBSCRIPTIONS_FILE", file.toString()))) {
      driver.pipe(partyDelegationToBeijing().build(), Instant.parse("2019-06-21T08:00:00Z"));
      driver.pipe(sameContactFrom("reuters.com", 1).build(), Instant.parse("2019-06-21T08:01:00Z"));
      driver.pipe(sameContactFrom("yna.co.kr", 2).build(), Instant.parse("2019-06-21T08:02:00Z"));
      driver.pipe(andeanSummit().build(), Instant.parse("2019-06-21T08:03:00Z"));
      driver.pipe(partyDelegationToBeijing().setEventId("ev-xinhua-9").setSource("xinhuanet.com")
              .setEventType(EventType.MEETING).setEventDate("2019-06-21").setInitiator(null).setHost(null)
              .setParticipants(List.of(person("Wang Yi", "Foreign Minister", "CHN", Level.MINISTER)))
              .setLevel(Level.MINISTER).build(),
          Instant.parse("2019-06-21T08:04:00Z"));
      // Read in June, about January: a backfill, for no team.
      driver.pipe(TestEvents.delegationToHanoi().setEventDate("2019-01-10").build(),
          Instant.parse("2019-06-21T08:05:00Z"));

      List<ContactAlert> all = driver.alerts().stream().map(TestRecord::value).toList();
      assertThat(all).extracting(ContactAlert::getKind).containsExactly(AlertKind.NEW_DYAD, AlertKind.NEW_DYAD,
          AlertKind.NEW_DYAD, AlertKind.NEW_DYAD, AlertKind.ESCALATION, AlertKind.NEW_DYAD);
      String delegation = all.get(0).getAlertId();
      String andean = all.get(3).getAlertId();
      String ministers = all.get(4).getAlertId();

      List<TestRecord<String, ContactAlert>> korea = driver.teamAlerts("korea-desk");
      assertThat(korea).extracting(TestRecord::key).containsExactly(delegation, delegation, delegation, ministers);
      assertThat(korea).extracting(r -> r.value().getRevision()).containsExactly(1, 2, 3, 1);
      assertThat(driver.teamAlerts("andes")).extracting(TestRecord::key).containsExactly(andean);
      List<TestRecord<String, ContactAlert>> corroborated = driver.teamAlerts("corroborated");
      assertThat(corroborated).extracting(TestRecord::key).containsExactly(delegation);
      assertThat(corroborated.get(0).value().getCorroboration()).isEqualTo(3);

      List<TestRecord<String, ContactAlert>> outbox = driver.webhookOutbox();
      assertThat(outbox).extracting(TestRecord::key).containsExactly("CHN-PRK", "CHN-PRK");
      assertThat(outbox).extracting(r -> WebhookOutbox.team(r.headers()))
          .containsExactly("corroborated", "escalations");
      assertThat(outbox).extracting(r -> r.value().getAlertId()).containsExactly(delegation, ministers);
      assertThat(driver.driver.producedTopicNames()).doesNotContain("diplomacy.alerts.escalations.v1");
    }
  }

  @Test
  void withoutSubscriptionsAlertsGoToTheMainTopicOnly() {
    try (AlertDriver driver = new AlertDriver(dir, Instant.parse("2019-06-21T09:00:00Z"))) {
      driver.pipe(partyDelegationToBeijing().build(), Instant.parse("2019-06-21T08:00:00Z"));

      assertThat(driver.driver.producedTopicNames())
          .containsExactlyInAnyOrder("diplomacy.alerts.v1", "dyadwatch-alert-dyad-history-changelog");
    }
  }
}
