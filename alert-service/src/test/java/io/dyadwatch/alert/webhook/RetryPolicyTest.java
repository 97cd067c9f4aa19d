package io.dyadwatch.alert.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
  private static final RetryPolicy POLICY =
      new RetryPolicy(8, Duration.ofMillis(500), Duration.ofSeconds(60), Duration.ofMinutes(5));
  private static final Instant NOW = Instant.parse("2019-06-21T09:00:00Z");

  @ParameterizedTest(name = "after attempt {0}: {1} ms")
  @CsvSource({"1, 500", "2, 1000", "3, 2000", "4, 4000", "7, 32000", "8, 60000", "30, 60000"})
  void backoffDoublesUpToTheMaximum(int attempt, long millis) {
    assertThat(POLICY.backoff(attempt)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest(name = "Retry-After \"{0}\": {1}")
  @CsvSource(nullValues = "null", value = {
      "1, PT1S",
      "120, PT2M",
      "0, PT0S",
      "-5, PT0S",
      "3600, PT5M",
      "'Fri, 21 Jun 2019 09:00:30 GMT', PT30S",
      "'Fri, 21 Jun 2019 08:59:00 GMT', PT0S",
      "soon, null",
      "null, null",
  })
  void retryAfterIsSecondsOrAnHttpDate(String header, String expected) {
    assertThat(POLICY.retryAfter(header, NOW)).isEqualTo(expected == null ? null : Duration.parse(expected));
  }

  @Test
  void worstCaseIsEveryAttemptTimingOutAndWaitingTheLongest() {
    // 8 x (10 s + 5 min)
    assertThat(POLICY.worstCase(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(8 * 310));
  }
}
