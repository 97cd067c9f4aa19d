package io.dyadwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.dyadwatch.common.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IngestConfigTest {
  private static IngestConfig config(Map<String, String> environment) {
    return IngestConfig.from(Settings.load(IngestConfig.defaults(), environment));
  }

  @Test
  void theDefaultsWatchNoFolderAndTalkToALocalBroker() {
    IngestConfig config = config(Map.of());

    assertThat(config.kafka()).isEqualTo(Map.of("bootstrap.servers", "localhost:9092"));
    assertThat(config.httpHost()).isEqualTo("0.0.0.0");
    assertThat(config.httpPort()).isEqualTo(8081);
    assertThat(config.watchDir()).isNull();
    assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.maxBodyChars()).isEqualTo(4_194_304);
  }

  @Test
  void theEnvironmentSetsEveryOption() {
    IngestConfig config = config(Map.of(
        "KAFKA_BOOTSTRAP_SERVERS", "broker-1:9093",
        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
        "DYADWATCH_HTTP_PORT", "9081",
        "DYADWATCH_WATCH_DIR", " /srv/dyadwatch/drop ",
        "DYADWATCH_STATE_DIR", "/var/lib/dyadwatch",
        "DYADWATCH_POLL_INTERVAL", "250ms",
        "DYADWATCH_MAX_BODY_CHARS", "100000"));

    assertThat(config.kafka()).isEqualTo(Map.of("bootstrap.servers", "broker-1:9093", "security.protocol", "SASL_SSL"));
    assertThat(config.httpPort()).isEqualTo(9081);
    assertThat(config.watchDir()).isEqualTo(Path.of("/srv/dyadwatch/drop"));
    assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/dyadwatch"));
    assertThat(config.pollInterval()).isEqualTo(Duration.ofMillis(250));
    assertThat(config.maxBodyChars()).isEqualTo(100_000);
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        arguments("DYADWATCH_POLL_INTERVAL", "0s", "DYADWATCH_POLL_INTERVAL must be longer than zero, got \"0s\""),
        arguments("DYADWATCH_POLL_INTERVAL", "-5s", "DYADWATCH_POLL_INTERVAL must not be negative, got \"-5s\""),
        arguments("DYADWATCH_POLL_INTERVAL", "often", "DYADWATCH_POLL_INTERVAL must be a duration"),
        arguments("DYADWATCH_MAX_BODY_CHARS", "0", "DYADWATCH_MAX_BODY_CHARS must be at least 1, got 0"),
        arguments("DYADWATCH_HTTP_PORT", "eighty", "DYADWATCH_HTTP_PORT must be a whole number, got \"eighty\""));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("badValues")
  void aBadValueIsRefusedNamingTheSetting(String name, String value, String message) {
    assertThatThrownBy(() -> config(Map.of(name, value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }
}
