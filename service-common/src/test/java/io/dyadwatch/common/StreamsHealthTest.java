package io.dyadwatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health of a real Kafka Streams client in the states it reaches without a broker: created (not yet
 * started) and stopped. RUNNING, REBALANCING and ERROR need a broker and are left to the integration tests.
 */
class StreamsHealthTest {
  @TempDir
  Path stateDir;

  private Settings settings() {
    return Settings.load(StreamsService.defaults(), Map.of(
        // Nothing listens there: the client is never started, so it never needs an answer.
        "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9",
        "DYADWATCH_STATE_DIR", stateDir.toString()));
  }

  private static Topology topology() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("news.articles.raw.v1").to("news.articles.copy.v1");
    return builder.build();
  }

  @Test
  void aCreatedClientIsAliveButNotReadyAndAStoppedOneIsNotAlive() {
    Properties props = StreamsService.properties("dyadwatch-health-test", settings());
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
    props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
    KafkaStreams streams = new KafkaStreams(topology(), props);
    StreamsHealth health = new StreamsHealth(streams);

    assertThat(health.detail()).isEqualTo("CREATED");
    assertThat(health.live()).isTrue();
    assertThat(health.ready()).isFalse();

    streams.close(Duration.ofSeconds(10));

    assertThat(health.detail()).isEqualTo("NOT_RUNNING");
    assertThat(health.live()).isFalse();
    assertThat(health.ready()).isFalse();
  }

  @Test
  void aStreamsServiceNotYetRunningAnswersNotReadyOverHttp() throws Exception {
    Properties props = StreamsService.properties("dyadwatch-health-test", settings());
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
    props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
    try (StreamsService service = StreamsService.create("health-test", topology(), props,
        Metrics.registry("health-test"), "127.0.0.1", 0)) {
      service.http().start();
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + service.http().port();

      HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
          BodyHandlers.ofString());
      HttpResponse<String> live = client.send(HttpRequest.newBuilder(URI.create(base + "/health/live")).build(),
          BodyHandlers.ofString());

      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).isEqualTo("{\"live\":true,\"ready\":false,\"state\":\"CREATED\"}");
      assertThat(live.statusCode()).isEqualTo(200);
    }
  }
}
