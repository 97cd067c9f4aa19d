package io.dyadwatch.local;

import io.dyadwatch.alert.AlertConfig;
import io.dyadwatch.enrich.EnrichConfig;
import io.dyadwatch.schemas.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Tells whether the pipeline has finished what it was given: a Streams application has caught up on
 * a topic when no committed record follows its group's committed offsets. Because exactly-once
 * commits offsets and outputs together, enrich caught up on the raw topic means all its events are
 * committed, and alert caught up on the events topic means all its alerts are.
 */
final class PipelineDrain implements AutoCloseable {
  private final Admin admin;
  private final KafkaConsumer<byte[], byte[]> probe;

  PipelineDrain(String bootstrapServers) {
    this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
    this.probe = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** enrich has processed every raw article and alert every event. */
  boolean drained() {
    return caughtUp(EnrichConfig.APPLICATION_ID, Topics.RAW_ARTICLES.name())
        && caughtUp(AlertConfig.APPLICATION_ID, Topics.EVENTS.name());
  }

  boolean caughtUp(String groupId, String topic) {
    Map<TopicPartition, OffsetAndMetadata> committed;
    try {
      committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    List<TopicPartition> partitions = probe.partitionsFor(topic).stream()
        .map(p -> new TopicPartition(topic, p.partition())).toList();
    probe.assign(partitions);
    Map<TopicPartition, Long> beginning = probe.beginningOffsets(partitions);
    for (TopicPartition tp : partitions) {
      OffsetAndMetadata c = committed.get(tp);
      probe.seek(tp, c == null ? beginning.get(tp) : c.offset());
    }
    Map<TopicPartition, Long> end = probe.endOffsets(partitions);
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (partitions.stream().anyMatch(tp -> probe.position(tp) < end.get(tp))) {
      if (!probe.poll(Duration.ofMillis(100)).isEmpty() || System.nanoTime() > deadline) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    probe.close();
    admin.close();
  }
}
