package io.dyadwatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsTest {
  private static final Map<String, String> DEFAULTS = Map.of(
      "DYADWATCH_HTTP_PORT", "8080",
      "DYADWATCH_STATE_DIR", "/tmp/dyadwatch-state",
      "DYADWATCH_POLL_INTERVAL", "1s",
      "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");

  @TempDir
  Path dir;

  private Path file(String content) throws Exception {
    Path file = dir.resolve("dyadwatch.properties");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theFileOverridesTheDefaultsAndTheEnvironmentOverridesTheFile() throws Exception {
    Path file = file("""
        DYADWATCH_STATE_DIR=/var/lib/dyadwatch
        DYADWATCH_POLL_INTERVAL=5s
        """);

    Settings settings = Settings.load(DEFAULTS, Map.of(
        "DYADWATCH_CONFIG_FILE", file.toString(),
        "DYADWATCH_POLL_INTERVAL", "250ms"));

    assertThat(settings.get("DYADWATCH_HTTP_PORT")).isEqualTo("8080");
    assertThat(settings.get("DYADWATCH_STATE_DIR")).isEqualTo("/var/lib/dyadwatch");
    assertThat(settings.get("DYADWATCH_POLL_INTERVAL")).isEqualTo("250ms");
  }

  @Test
  void theFileMayBeNamedByTheDefaults() throws Exception {
    Path file = file("DYADWATCH_HTTP_PORT=9090\n");
    Map<String, String> defaults = Map.of("DYADWATCH_HTTP_PORT", "8080", "DYADWATCH_CONFIG_FILE", file.toString());

    assertThat(Settings.load(defaults, Map.of()).getInt("DYADWATCH_HTTP_PORT")).isEqualTo(9090);
  }

  @Test
  void spacesAroundNamesAndValuesInTheFileAreDropped() throws Exception {
    Path file = file("DYADWATCH_HTTP_PORT  =   9090   \n");

    assertThat(Settings.load(DEFAULTS, Map.of("DYADWATCH_CONFIG_FILE", file.toString())).get("DYADWATCH_HTTP_PORT"))
        .isEqualTo("9090");
  }

  @Test
  void aConfigFileThatCannotBeReadIsNamedInTheError() {
    Path missing = dir.resolve("missing.properties");

    assertThatThrownBy(() -> Settings.load(DEFAULTS, Map.of("DYADWATCH_CONFIG_FILE", missing.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot read configuration file " + missing);
  }

  @Test
  void environmentVariablesOfOtherProgramsAreIgnored() {
    Settings settings = Settings.load(DEFAULTS, Map.of("PATH", "/usr/bin", "HOME", "/root", "JAVA_HOME", "/opt/jdk"));

    assertThat(settings.getOrNull("PATH")).isNull();
    assertThat(settings.getOrNull("JAVA_HOME")).isNull();
    assertThat(settings.kafka()).isEqualTo(Map.of("bootstrap.servers", "localhost:9092"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "KAFKA_BOOTSTRAP_SERVERS, bootstrap.servers",
      "KAFKA_SECURITY_PROTOCOL, security.protocol",
      "KAFKA_SASL_MECHANISM, sasl.mechanism",
      "KAFKA_SASL_JAAS_CONFIG, sasl.jaas.config",
      "KAFKA_SSL_TRUSTSTORE_LOCATION, ssl.truststore.location",
      "KAFKA_PRODUCER_MAX_REQUEST_SIZE, producer.max.request.size"})
  void kafkaVariablesBecomeClientSettings(String variable, String clientKey) {
    assertThat(Settings.load(Map.of(), Map.of(variable, "x")).kafka()).isEqualTo(Map.of(clientKey, "x"));
  }

  @Test
  void securityValuesPassThroughUntouched() {
    String jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"ingest\" "
        + "password=\"s3cr=t;x\";";

    Settings settings = Settings.load(DEFAULTS, Map.of("KAFKA_SASL_JAAS_CONFIG", jaas));

    assertThat(settings.kafka()).containsEntry("sasl.jaas.config", jaas);
    assertThat(settings.kafka()).doesNotContainKey("http.port");
  }

  static Stream<Arguments> durations() {
    return Stream.of(
        arguments("500ms", Duration.ofMillis(500)),
        arguments("30s", Duration.ofSeconds(30)),
        arguments("5m", Duration.ofMinutes(5)),
        arguments("2h", Duration.ofHours(2)),
        arguments("365d", Duration.ofDays(365)),
        arguments("PT30S", Duration.ofSeconds(30)),
        arguments("pt1m30s", Duration.ofSeconds(90)),
        arguments("P2D", Duration.ofDays(2)),
        arguments(" 30s ", Duration.ofSeconds(30)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("durations")
  void durationsWithAUnitOrInIso8601(String value, Duration expected) {
    assertThat(Settings.load(DEFAULTS, Map.of("DYADWATCH_POLL_INTERVAL", value)).getDuration("DYADWATCH_POLL_INTERVAL"))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {"30", "30 sec", "1.5s", "5w", "PT", "''"})
  void aBadDurationIsRefusedNamingTheSetting(String value) {
    Settings settings = Settings.load(DEFAULTS, Map.of("DYADWATCH_POLL_INTERVAL", value));

    assertThatThrownBy(() -> settings.getDuration("DYADWATCH_POLL_INTERVAL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DYADWATCH_POLL_INTERVAL must be a duration like 30s, 5m, 365d or PT30S, got \"" + value.strip()
            + "\"");
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({"true, true", "TRUE, true", "yes, true", "1, true", "false, false", "no, false", "0, false"})
  void booleans(String value, boolean expected) {
    assertThat(Settings.load(Map.of(), Map.of("DYADWATCH_CREATE_TOPICS", value)).getBoolean("DYADWATCH_CREATE_TOPICS"))
        .isEqualTo(expected);
  }

  @Test
  void otherBadValuesAreRefusedNamingTheSetting() {
    Settings settings = Settings.load(DEFAULTS, Map.of("DYADWATCH_HTTP_PORT", "80a", "DYADWATCH_CREATE_TOPICS", "maybe"));

    assertThatThrownBy(() -> settings.getInt("DYADWATCH_HTTP_PORT"))
        .hasMessage("DYADWATCH_HTTP_PORT must be a whole number, got \"80a\"");
    assertThatThrownBy(() -> settings.getBoolean("DYADWATCH_CREATE_TOPICS"))
        .hasMessage("DYADWATCH_CREATE_TOPICS must be true or false, got \"maybe\"");
    assertThatThrownBy(() -> settings.get("DYADWATCH_WATCH_DIR")).hasMessage("missing setting DYADWATCH_WATCH_DIR");
  }

  @Test
  void withReplacesSomeSettingsInACopy() {
    Settings original = Settings.load(DEFAULTS, Map.of());

    Settings changed = original.with(Map.of("DYADWATCH_HTTP_PORT", "0"));

    assertThat(changed.getInt("DYADWATCH_HTTP_PORT")).isZero();
    assertThat(changed.get("DYADWATCH_STATE_DIR")).isEqualTo("/tmp/dyadwatch-state");
    assertThat(original.getInt("DYADWATCH_HTTP_PORT")).isEqualTo(8080);
  }
}
