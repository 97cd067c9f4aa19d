package io.dyadwatch.enrich;

import io.dyadwatch.common.Metrics;
import io.dyadwatch.common.StreamsService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/** Builds the running enrich-service: its topology in a Kafka Streams client with health and metrics. */
public final class EnrichService {
  private EnrichService() {}

  public static StreamsService create(EnrichConfig config) {
    PrometheusMeterRegistry registry = Metrics.registry(EnrichConfig.SERVICE);
    return StreamsService.create(EnrichConfig.SERVICE, EnrichTopology.build(config, registry, Clock.systemUTC()),
        config.streams(), registry, config.httpHost(), config.httpPort());
  }
}
