package io.dyadwatch.alert.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How webhook deliveries are retried: up to {@code maxAttempts} attempts, waiting {@code initialBackoff}
 * doubled after each failure up to {@code maxBackoff}; after a 429 or 503 with Retry-After, waiting what
 * the receiver asks, up to {@code maxRetryAfter}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
  }

  /** The wait after failed attempt number {@code attempt} (1 for the first). */
  public Duration backoff(int attempt) {
    Duration wait = initialBackoff;
    for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  /**
   * The wait a Retry-After header asks for (delay in seconds, or an HTTP date), capped at
   * {@code maxRetryAfter}; null when the header is absent or unreadable.
   */
  public Duration retryAfter(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String v = header.strip();
    Duration wait;
    try {
      wait = Duration.ofSeconds(Long.parseLong(v));
    } catch (NumberFormatException notSeconds) {
      try {
        wait = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
  }

  /** The longest one delivery can take, with {@code requestTimeout} per attempt. */
  public Duration worstCase(Duration requestTimeout) {
    Duration longestWait = maxBackoff.compareTo(maxRetryAfter) >= 0 ? maxBackoff : maxRetryAfter;
    return requestTimeout.plus(longestWait).multipliedBy(maxAttempts);
  }
}
