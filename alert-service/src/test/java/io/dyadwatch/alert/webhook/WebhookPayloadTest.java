package io.dyadwatch.alert.webhook;

import static io.dyadwatch.alert.TestEvents.partyDelegationToBeijing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyadwatch.alert.novelty.Judgement;
import io.dyadwatch.alert.novelty.NoveltyJudge;
import io.dyadwatch.alert.novelty.NoveltyRules;
import io.dyadwatch.schemas.avro.ContactAlert;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {
  private static final Instant NOW = Instant.parse("2019-06-21T09:00:00Z");

  @Test
  void alertmanagerShapeWithTheWholeAlert() {
    Judgement j = new NoveltyJudge(NoveltyRules.defaults())
        .judge(null, partyDelegationToBeijing().build(), LocalDate.parse("2019-06-20"), NOW);
    ContactAlert alert = j.alert();

    JsonNode body = WebhookPayload.of("korea-desk", alert);

    assertThat(body.path("version").asText()).isEqualTo("4");
    assertThat(body.path("status").asText()).isEqualTo("firing");
    assertThat(body.path("receiver").asText()).isEqualTo("korea-desk");
    assertThat(body.path("groupKey").asText()).isEqualTo("dyadwatch/korea-desk/" + alert.getAlertId());
    assertThat(body.path("groupLabels").path("dyad").asText()).isEqualTo("CHN-PRK");
    assertThat(body.path("idempotency_key").asText()).isEqualTo(alert.getAlertId() + ":1");
    JsonNode entry = body.path("alerts").get(0);
    assertThat(entry.path("status").asText()).isEqualTo("firing");
    assertThat(entry.path("fingerprint").asText()).isEqualTo(alert.getAlertId());
    assertThat(entry.path("startsAt").asText()).isEqualTo("2019-06-21T09:00:00Z");
    assertThat(entry.path("endsAt").asText()).isEqualTo("0001-01-01T00:00:00Z");
    JsonNode labels = entry.path("labels");
    assertThat(labels.path("alertname").asText()).isEqualTo("DiplomaticContact");
    assertThat(labels.path("kind").asText()).isEqualTo("NEW_DYAD");
    assertThat(labels.path("country_a").asText()).isEqualTo("CHN");
    assertThat(labels.path("country_b").asText()).isEqualTo("PRK");
    assertThat(labels.path("event_type").asText()).isEqualTo("VISIT");
    assertThat(labels.path("event_status").asText()).isEqualTo("OCCURRED");
    assertThat(labels.path("level").asText()).isEqualTo("SENIOR_OFFICIAL");
    assertThat(labels.path("severity").asText()).isEqualTo("warning");
    assertThat(entry.path("annotations").path("summary").asText())
        .isEqualTo("North Korea sent a delegation to China; met Wang Huning in Beijing");
    assertThat(entry.path("annotations").path("source_urls").asText())
        .isEqualTo("https://apnews.com/article/north-korea-china-delegation-0620");
    assertThat(body.path("dyadwatch").path("alert_id").asText()).isEqualTo(alert.getAlertId());
    assertThat(body.path("dyadwatch").path("corroboration").asInt()).isEqualTo(1);
    assertThat(body.path("dyadwatch").path("event_date").asText()).isEqualTo("2019-06-20");
  }
}
