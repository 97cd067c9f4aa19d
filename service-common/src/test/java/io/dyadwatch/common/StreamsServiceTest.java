package io.dyadwatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StreamsServiceTest {
  @Test
  void everyServiceRunsExactlyOnceWithItsFixedIdAndTheKafkaSettingsOnTop() {
    Settings settings = Settings.load(StreamsService.defaults(), Map.of(
        "DYADWATCH_STATE_DIR", "/var/lib/dyadwatch",
        "DYADWATCH_STREAM_THREADS", "2",
        "KAFKA_BOOTSTRAP_SERVERS", "broker-1:9093",
        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
        "KAFKA_CONSUMER_MAX_POLL_RECORDS", "100"));

    Properties props = StreamsService.properties("dyadwatch-enrich", settings);

    assertThat(props)
        .containsEntry("application.id", "dyadwatch-enrich")
        .containsEntry("processing.guarantee", "exactly_once_v2")
        .containsEntry("state.dir", "/var/lib/dyadwatch")
        .containsEntry("num.stream.threads", 2)
        .containsEntry("replication.factor", 1)
        .containsEntry("producer.acks", "all")
        .containsEntry("consumer.auto.offset.reset", "earliest")
        .containsEntry("bootstrap.servers", "broker-1:9093")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("consumer.max.poll.records", "100")
        .doesNotContainKey("application.server");
  }
}
