package io.dyadwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadwatch.common.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlertConfigTest {
  private static AlertConfig config(Map<String, String> env) {
    return AlertConfig.from(Settings.load(AlertConfig.defaults(), env));
  }

  @Test
  void defaults() {
    AlertConfig c = config(Map.of());

    assertThat(c.httpPort()).isEqualTo(8083);
    assertThat(c.rules().quietPeriod()).isEqualTo(Duration.ofDays(365));
    assertThat(c.rules().sameContactWindow()).isEqualTo(Duration.ofDays(2));
    assertThat(c.rules().plannedWindow()).isEqualTo(Duration.ofDays(30));
    assertThat(c.rules().backfillHorizon()).isEqualTo(Duration.ofDays(30));
    assertThat(c.subscriptions().teams()).isEmpty();
    assertThat(c.applicationServer()).isNull();
    assertThat(c.streamsProperties())
        .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "dyadwatch-alert")
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
        .containsEntry("bootstrap.servers", "localhost:9092");
  }

  @Test
  void environmentOverridesDefaults() {
    AlertConfig c = config(Map.of("DYADWATCH_QUIET_PERIOD", "P180D", "DYADWATCH_BACKFILL_HORIZON", "7d",
        "DYADWATCH_APPLICATION_SERVER", "alert-1:8083", "KAFKA_BOOTSTRAP_SERVERS", "broker:29092"));

    assertThat(c.rules().quietPeriod()).isEqualTo(Duration.ofDays(180));
    assertThat(c.rules().backfillHorizon()).isEqualTo(Duration.ofDays(7));
    assertThat(c.applicationServer()).isEqualTo("alert-1:8083");
    assertThat(c.streamsProperties())
        .containsEntry(StreamsConfig.APPLICATION_SERVER_CONFIG, "alert-1:8083")
        .containsEntry("bootstrap.servers", "broker:29092");
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "off", "OFF", ""})
  void backfillHorizonCanBeSwitchedOff(String value) {
    assertThat(config(Map.of("DYADWATCH_BACKFILL_HORIZON", value)).rules().backfillHorizon()).isNull();
  }

  @Test
  void periodsAreWholeDays() {
    assertThatThrownBy(() -> config(Map.of("DYADWATCH_QUIET_PERIOD", "36h")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DYADWATCH_QUIET_PERIOD must be a whole number of days, e.g. 365d, got 36h");
  }

  @Test
  void theExampleSubscriptionsFileLoads() {
    AlertConfig c = config(Map.of("DYADWATCH_SUBSCRIPTIONS_FILE", Path.of("subscriptions.example.yaml").toString()));

    assertThat(c.subscriptions().describe()).containsExactly(
        "korea-desk: countries KOR, PRK -> topic diplomacy.alerts.korea-desk.v1",
        "asean-watch: regions south-eastern-asia; kinds ESCALATION, NEW_DYAD; level at least MINISTER"
            + " -> topic diplomacy.alerts.asean-watch.v1",
        "andes: countries BOL, COL, ECU, PER, VEN -> topic diplomacy.alerts.andes.v1,"
            + " webhook http://127.0.0.1:9093/hooks/andes",
        "summits: level at least HEAD_OF_STATE_OR_GOVERNMENT; at least 2 sources"
            + " -> topic diplomacy.alerts.summits.v1");
    assertThat(AlertTopology.topics(c)).extracting(t -> t.name()).containsExactly("diplomacy.events.v1",
        "diplomacy.alerts.v1", "dyadwatch.alert.dlq.v1", "diplomacy.alerts.korea-desk.v1",
        "diplomacy.alerts.asean-watch.v1", "diplomacy.alerts.andes.v1", "diplomacy.alerts.summits.v1",
        "dyadwatch.alert.webhooks.v1");
  }
}
