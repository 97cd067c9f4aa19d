package io.dyadwatch.alert;

import io.dyadwatch.common.Metrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * alert-service's own counters, in Prometheus as {@code dyadwatch_events_in_total},
 * {@code dyadwatch_alerts_out_total{kind,change}}, {@code dyadwatch_dead_letters_total{stage}},
 * {@code dyadwatch_webhook_deliveries_total{team}}, {@code dyadwatch_webhook_retries_total{team}} and
 * {@code dyadwatch_webhook_failures_total{team}}.
 */
public final class AlertMetrics {
  private final MeterRegistry registry;
  private final Counter eventsIn;

  public AlertMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.eventsIn = Counter.builder(Metrics.PREFIX + "events.in")
        .description("Diplomatic events read").register(registry);
  }

  public void eventIn() {
    eventsIn.increment();
  }

  /** One alert revision published; change is new (revision 1) or update. */
  public void alertOut(String kind, boolean update) {
    Counter.builder(Metrics.PREFIX + "alerts.out").description("Alert revisions published")
        .tag("kind", kind).tag("change", update ? "update" : "new").register(registry).increment();
  }

  public void deadLetter(String stage) {
    Counter.builder(Metrics.PREFIX + "dead.letters").description("Records sent to the dead-letter topic")
        .tag("stage", stage).register(registry).increment();
  }

  public void webhookDelivered(String team) {
    Counter.builder(Metrics.PREFIX + "webhook.deliveries").description("Webhook deliveries accepted by the receiver")
        .tag("team", team).register(registry).increment();
  }

  public void webhookRetried(String team, int retries) {
    Counter.builder(Metrics.PREFIX + "webhook.retries").description("Webhook attempts after a failed one")
        .tag("team", team).register(registry).increment(retries);
  }

  public void webhookFailed(String team) {
    Counter.builder(Metrics.PREFIX + "webhook.failures").description("Webhook deliveries given up and dead-lettered")
        .tag("team", team).register(registry).increment();
  }

  public MeterRegistry registry() {
    return registry;
  }
}
