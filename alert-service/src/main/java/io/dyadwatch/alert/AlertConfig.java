package io.dyadwatch.alert;

import io.dyadwatch.alert.novelty.NoveltyRules;
import io.dyadwatch.alert.subscription.Subscriptions;
import io.dyadwatch.alert.webhook.RetryPolicy;
import io.dyadwatch.common.Settings;
import io.dyadwatch.common.StreamsService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * alert-service configuration: built-in {@link #defaults()}, then the optional properties file, then
 * the environment (see {@link Settings}).
 *
 * @param settings every setting, for the Kafka clients ({@code KAFKA_*})
 * @param applicationServer this instance's {@code host:port} for interactive queries, or null when it
 *     runs alone
 * @param subscriptions the teams, from {@code DYADWATCH_SUBSCRIPTIONS_FILE}; none when it is not set
 * @param webhookRetry attempts and waits of webhook deliveries ({@code DYADWATCH_WEBHOOK_*})
 * @param webhookTimeout the time one webhook request may take
 * @param queryTimeout the time a query forwarded to another instance may take
 */
public record AlertConfig(
    Settings settings,
    String httpHost,
    int httpPort,
    String applicationServer,
    NoveltyRules rules,
    Subscriptions subscriptions,
    RetryPolicy webhookRetry,
    Duration webhookTimeout,
    Duration queryTimeout) {

  /** Fixed, so that renaming a class never orphans the service's state and offsets. */
  public static final String APPLICATION_ID = "dyadwatch-alert";
  public static final String SERVICE = "alert-service";

  public AlertConfig {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(subscriptions, "subscriptions");
    Objects.requireNonNull(webhookRetry, "webhookRetry");
    Objects.requireNonNull(webhookTimeout, "webhookTimeout");
    Objects.requireNonNull(queryTimeout, "queryTimeout");
  }

  public static Map<String, String> defaults() {
    Map<String, String> d = new HashMap<>(StreamsService.defaults());
    d.put("DYADWATCH_HTTP_PORT", "8083");
    d.put("DYADWATCH_QUIET_PERIOD", "365d");
    d.put("DYADWATCH_SAME_CONTACT_WINDOW", "2d");
    d.put("DYADWATCH_PLANNED_CONTACT_WINDOW", "30d");
    d.put("DYADWATCH_BACKFILL_HORIZON", "30d");
    d.put("DYADWATCH_WEBHOOK_MAX_ATTEMPTS", "8");
    d.put("DYADWATCH_WEBHOOK_BACKOFF", "500ms");
    d.put("DYADWATCH_WEBHOOK_MAX_BACKOFF", "60s");
    d.put("DYADWATCH_WEBHOOK_MAX_RETRY_AFTER", "5m");
    d.put("DYADWATCH_WEBHOOK_TIMEOUT", "10s");
    d.put("DYADWATCH_QUERY_TIMEOUT", "5s");
    return Map.copyOf(d);
  }

  public static AlertConfig from(Settings s) {
    NoveltyRules rules = new NoveltyRules(
        days(s, "DYADWATCH_QUIET_PERIOD"),
        days(s, "DYADWATCH_SAME_CONTACT_WINDOW"),
        days(s, "DYADWATCH_PLANNED_CONTACT_WINDOW"),
        isOff(s.getOrNull("DYADWATCH_BACKFILL_HORIZON")) ? null : days(s, "DYADWATCH_BACKFILL_HORIZON"));
    String server = s.getOrNull("DYADWATCH_APPLICATION_SERVER");
    String subscriptions = s.getOrNull("DYADWATCH_SUBSCRIPTIONS_FILE");
    return new AlertConfig(
        s,
        s.get("DYADWATCH_HTTP_HOST"),
        s.getInt("DYADWATCH_HTTP_PORT"),
        server == null || server.isBlank() ? null : server.strip(),
        rules,
        subscriptions == null || subscriptions.isBlank() ? Subscriptions.none()
            : Subscriptions.load(Path.of(subscriptions.strip())),
        new RetryPolicy(s.getInt("DYADWATCH_WEBHOOK_MAX_ATTEMPTS"), s.getDuration("DYADWATCH_WEBHOOK_BACKOFF"),
            s.getDuration("DYADWATCH_WEBHOOK_MAX_BACKOFF"), s.getDuration("DYADWATCH_WEBHOOK_MAX_RETRY_AFTER")),
        s.getDuration("DYADWATCH_WEBHOOK_TIMEOUT"),
        s.getDuration("DYADWATCH_QUERY_TIMEOUT"));
  }

  /** The Kafka Streams properties: exactly-once, state dir, {@code KAFKA_*} on top. */
  public Properties streamsProperties() {
    return StreamsService.properties(APPLICATION_ID, settings);
  }

  private static Duration days(Settings s, String name) {
    Duration d = s.getDuration(name);
    if (d.isNegative() || d.toDays() * 86_400 != d.getSeconds() || d.getNano() != 0) {
      throw new IllegalArgumentException(name + " must be a whole number of days, e.g. 365d, got " + s.get(name));
    }
    return d;
  }

  private static boolean isOff(String value) {
    if (value == null) {
      return true;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.isEmpty() || v.equals("none") || v.equals("off");
  }
}
