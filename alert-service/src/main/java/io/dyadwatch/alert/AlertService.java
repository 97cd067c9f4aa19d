package io.dyadwatch.alert;

import io.dyadwatch.common.Health;
import io.dyadwatch.common.Metrics;
import io.dyadwatch.common.StreamsService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The running alert-service: the Kafka Streams client of {@link AlertTopology} with its health and
 * metrics endpoints.
 */
public final class AlertService implements AutoCloseable {
  private final StreamsService streams;

  private AlertService(StreamsService streams) {
    this.streams = streams;
  }

  /** Builds everything; nothing runs before {@link #start()}. */
  public static AlertService create(AlertConfig config) {
    PrometheusMeterRegistry registry = Metrics.registry(AlertConfig.SERVICE);
    StreamsService streams = StreamsService.create(AlertConfig.SERVICE, AlertTopology.build(config, registry),
        config.streamsProperties(), registry, config.httpHost(), config.httpPort());
    return new AlertService(streams);
  }

  public void start() {
    streams.start();
  }

  public int httpPort() {
    return streams.http().port();
  }

  public Health health() {
    return streams.health();
  }

  public KafkaStreams streams() {
    return streams.streams();
  }

  @Override
  public void close() {
    streams.close();
  }
}
