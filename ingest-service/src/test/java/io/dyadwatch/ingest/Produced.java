package io.dyadwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.common.DeadLetters;
import io.dyadwatch.schemas.Topic;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Reading what the ingest code handed to a {@link MockProducer}, the way a consumer of each topic would. */
final class Produced {
  private Produced() {}

  /** A producer that acknowledges every record at once, or (false) only on completeNext/errorNext. */
  static MockProducer<byte[], byte[]> producer(boolean autoComplete) {
    return new MockProducer<>(autoComplete, null, new ByteArraySerializer(), new ByteArraySerializer());
  }

  static List<ProducerRecord<byte[], byte[]>> on(MockProducer<byte[], byte[]> producer, Topic<?, ?> topic) {
    return producer.history().stream().filter(r -> r.topic().equals(topic.name())).toList();
  }

  static String rawKey(ProducerRecord<byte[], byte[]> record) {
    return Topics.RAW_ARTICLES.keySerde().deserializer().deserialize(record.topic(), record.key());
  }

  static RawArticle rawArticle(ProducerRecord<byte[], byte[]> record) {
    return Topics.RAW_ARTICLES.valueSerde().deserializer().deserialize(record.topic(), record.value());
  }

  static String header(ProducerRecord<byte[], byte[]> record, String name) {
    return DeadLetters.header(record.headers(), name);
  }

  static String text(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** Polls every millisecond until the condition holds; fails after a 10 s deadline. */
  static void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
      LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
    }
  }
}
