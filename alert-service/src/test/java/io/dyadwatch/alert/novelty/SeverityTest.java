package io.dyadwatch.alert.novelty;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityTest {
  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource({
      "NEW_DYAD, HEAD_OF_STATE_OR_GOVERNMENT, critical",
      "RENEWED, HEAD_OF_STATE_OR_GOVERNMENT, critical",
      "NEW_DYAD, SENIOR_OFFICIAL, warning",
      "NEW_DYAD, UNKNOWN, warning",
      "ESCALATION, MINISTER, warning",
      "RENEWED, MINISTER, warning",
      "RENEWED, SENIOR_OFFICIAL, info",
      "RENEWED, UNKNOWN, info",
  })
  void severity(AlertKind kind, Level level, String expected) {
    assertThat(Severity.of(kind, level)).isEqualTo(expected);
  }
}
