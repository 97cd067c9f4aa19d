package io.dyadwatch.common;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka Streams service: the client with exactly-once processing, its metrics bound to the
 * service's Prometheus registry, and the HTTP side (health, metrics, whatever the service adds).
 */
public final class StreamsService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StreamsService.class);

  private final String name;
  private final KafkaStreams streams;
  private final KafkaStreamsMetrics streamsMetrics;
  private final HttpEndpoints http;

  private StreamsService(String name, KafkaStreams streams, KafkaStreamsMetrics streamsMetrics, HttpEndpoints http) {
    this.name = name;
    this.streams = streams;
    this.streamsMetrics = streamsMetrics;
    this.http = http;
  }

  /**
   * The Streams properties every service uses: its fixed application id, exactly_once_v2, and the
   * settings' {@code KAFKA_*} values on top (so users can tune or secure any client setting).
   */
  public static Properties properties(String applicationId, Settings settings) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, settings.get("DYADWATCH_STATE_DIR"));
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.getInt("DYADWATCH_REPLICATION_FACTOR"));
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.getInt("DYADWATCH_STREAM_THREADS"));
    props.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 8 * 1024 * 1024);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    String server = settings.getOrNull("DYADWATCH_APPLICATION_SERVER");
    if (server != null && !server.isBlank()) {
      props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server);
    }
    props.putAll(settings.kafka());
    return props;
  }

  /** Builds the client and the HTTP side; nothing runs before {@link #start()}. */
  public static StreamsService create(String name, Topology topology, Properties props,
      PrometheusMeterRegistry registry, String httpHost, int httpPort) {
    KafkaStreams streams = new KafkaStreams(topology, props);
    streams.setUncaughtExceptionHandler(e -> {
      // Records that fail are dead-lettered by the processors; what reaches here is not a bad
      // record, so the client stops and /health says so, for the supervisor to restart it.
      log.error("{}: stream thread failed; stopping the client", name, e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    streams.setStateListener((now, before) -> log.info("{}: {} -> {}", name, before, now));
    KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    try {
      HttpEndpoints http = new HttpEndpoints(httpHost, httpPort, new StreamsHealth(streams), registry);
      return new StreamsService(name, streams, streamsMetrics, http);
    } catch (IOException e) {
      streamsMetrics.close();
      streams.close();
      throw new UncheckedIOException("cannot listen on " + httpHost + ":" + httpPort, e);
    }
  }

  public void start() {
    http.start();
    streams.start();
    log.info("{} started; HTTP on port {}", name, http.port());
  }

  public KafkaStreams streams() {
    return streams;
  }

  public HttpEndpoints http() {
    return http;
  }

  public Health health() {
    return new StreamsHealth(streams);
  }

  public String name() {
    return name;
  }

  @Override
  public void close() {
    // Leaving the group lets another instance take over at once rather than after the session timeout.
    streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
        .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    streamsMetrics.close();
    http.close();
    log.info("{} stopped", name);
  }

  /** Standard settings of a Streams service, to merge under the service's own defaults. */
  public static Map<String, String> defaults() {
    Map<String, String> d = new java.util.HashMap<>(Settings.commonDefaults());
    d.put("DYADWATCH_STREAM_THREADS", "1");
    return Map.copyOf(d);
  }
}
