package io.dyadwatch.local;

import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.ContactAlert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows {@code diplomacy.alerts.v1} and every team topic {@code diplomacy.alerts.<team>.v1} from the
 * moment it starts (older alerts are not shown again), committed records only.
 */
final class AlertFeed implements AutoCloseable {
  private static final Pattern ALERT_TOPICS = Pattern.compile("diplomacy\\.alerts\\..+");

  /** An alert record and the topic it was on: the main topic, or a team's. */
  record Delivery(String topic, ContactAlert alert) {
    boolean main() {
      return topic.equals(Topics.ALERTS.name());
    }

    /** The team of a team topic, or null. */
    String team() {
      return main() ? null : topic.substring("diplomacy.alerts.".length(), topic.length() - ".v1".length());
    }
  }

  private final KafkaConsumer<byte[], byte[]> consumer;

  AlertFeed(String bootstrapServers) {
    consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, "dyadwatch-demo-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(ALERT_TOPICS);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(100));
    }
    consumer.assignment().forEach(consumer::position);
  }

  List<Delivery> poll(Duration timeout) {
    List<Delivery> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(timeout)) {
      if (r.value() != null) {
        out.add(new Delivery(r.topic(), Topics.ALERTS.valueSerde().deserializer().deserialize(r.topic(), r.value())));
      }
    }
    return out;
  }

  /** Whether every assigned partition has been read to its end. */
  boolean atEnd() {
    var end = consumer.endOffsets(consumer.assignment());
    return consumer.assignment().stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
  }

  @Override
  public void close() {
    consumer.close();
  }
}
