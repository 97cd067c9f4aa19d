package io.dyadwatch.alert.webhook;

import io.dyadwatch.alert.subscription.WebhookTarget;
import io.dyadwatch.schemas.avro.ContactAlert;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one alert revision to a team's webhook until the receiver accepts it (2xx) or the
 * {@link RetryPolicy} gives up. 5xx, 408, 429 and I/O errors are retried, 429 and 503 after the
 * Retry-After the receiver gives; other answers are final. Every attempt carries the same
 * {@code Idempotency-Key} (alert id and revision), so a receiver can drop a repeat.
 */
public final class WebhookClient {
  private static final Logger log = LoggerFactory.getLogger(WebhookClient.class);
  private static final int BODY_EXCERPT = 200;

  /** Waits between attempts; interruptible, so that closing the service stops a retry loop. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /**
   * How a delivery ended.
   *
   * @param reason for a failure, the exception class or an HTTP reason code such as {@code http-500}
   * @param message for a failure, what happened on the last attempt
   */
  public record Result(boolean delivered, int attempts, String reason, String message) {}

  private final HttpClient http;
  private final RetryPolicy policy;
  private final Duration requestTimeout;
  private final Sleeper sleeper;
  private final Clock clock;

  public WebhookClient(HttpClient http, RetryPolicy policy, Duration requestTimeout, Sleeper sleeper, Clock clock) {
    this.http = Objects.requireNonNull(http, "http");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A client that really waits, with an HTTP/1.1 client that follows no redirects. */
  public static WebhookClient create(RetryPolicy policy, Duration requestTimeout) {
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(requestTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    return new WebhookClient(http, policy, requestTimeout, d -> Thread.sleep(d.toMillis()), Clock.systemUTC());
  }

  /**
   * Delivers one revision.
   *
   * @throws InterruptedException when the service is closing; the delivery is neither done nor failed
   */
  public Result deliver(String team, WebhookTarget target, ContactAlert alert) throws InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(target.url())
        .timeout(requestTimeout)
        .header("Content-Type", "application/json")
        .header("User-Agent", "dyadwatch-alert-service")
        .header("Idempotency-Key", WebhookPayload.idempotencyKey(alert))
        .POST(HttpRequest.BodyPublishers.ofString(WebhookPayload.json(team, alert)));
    target.headers().forEach(request::header);
    HttpRequest built = request.build();

    String reason = null;
    String message = null;
    for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
      Duration wait;
      try {
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          return new Result(true, attempt, null, null);
        }
        reason = "http-" + status;
        message = "POST " + target.display() + " answered " + status + excerpt(response.body());
        if (!retryable(status)) {
          log.warn("team {}: alert {} refused by the webhook: {}", team, WebhookPayload.idempotencyKey(alert),
              message);
          return new Result(false, attempt, reason, message);
        }
        Duration asked = status == 429 || status == 503
            ? policy.retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock.instant())
            : null;
        wait = asked != null ? asked : policy.backoff(attempt);
      } catch (IOException e) {
        reason = e.getClass().getName();
        message = "POST " + target.display() + " failed: " + e.getMessage();
        wait = policy.backoff(attempt);
      }
      if (attempt < policy.maxAttempts()) {
        log.info("team {}: alert {} attempt {} failed ({}); next in {} ms", team,
            WebhookPayload.idempotencyKey(alert), attempt, reason, wait.toMillis());
        sleeper.sleep(wait);
      }
    }
    log.warn("team {}: alert {} not delivered after {} attempts: {}", team, WebhookPayload.idempotencyKey(alert),
        policy.maxAttempts(), message);
    return new Result(false, policy.maxAttempts(), reason, message + " (after " + policy.maxAttempts() + " attempts)");
  }

  private static boolean retryable(int status) {
    return status == 408 || status == 429 || status >= 500;
  }

  private static String excerpt(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String b = body.strip();
    return ": " + (b.length() > BODY_EXCERPT ? b.substring(0, BODY_EXCERPT) + "..." : b);
  }
}
