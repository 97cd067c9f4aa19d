package io.dyadwatch.enrich;

import io.dyadwatch.common.Metrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** enrich-service's own counters (Prometheus: dyadwatch_articles_in_total, ...). */
final class EnrichMetrics {
  private final MeterRegistry registry;
  private final Counter articlesIn;
  private final Counter eventsOut;

  EnrichMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.articlesIn = Counter.builder(Metrics.PREFIX + "articles.in").description("raw articles read")
        .register(registry);
    this.eventsOut = Counter.builder(Metrics.PREFIX + "events.out").description("diplomatic events written")
        .register(registry);
  }

  void articleIn() {
    articlesIn.increment();
  }

  void eventsOut(int n) {
    eventsOut.increment(n);
  }

  void rejected(String stage, String reason) {
    Counter.builder(Metrics.PREFIX + "articles.rejected").description("articles sent to the dead-letter topic")
        .tag("stage", stage).tag("reason", reason).register(registry).increment();
  }

  void skipped(String reason) {
    Counter.builder(Metrics.PREFIX + "articles.skipped").description("articles cleaned but not extracted")
        .tag("reason", reason).register(registry).increment();
  }
}
