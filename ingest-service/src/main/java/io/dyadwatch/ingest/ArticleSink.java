package io.dyadwatch.ingest;

import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;

/**
 * Writes accepted articles to {@code news.articles.raw.v1} and refused input to
 * {@code dyadwatch.ingest.dlq.v1}, waiting for the broker's acknowledgement of each, so that a file is
 * only marked done once Kafka has it.
 */
final class ArticleSink implements AutoCloseable {
  private static final long SEND_TIMEOUT_SECONDS = 60;

  private final Producer<byte[], byte[]> producer;

  ArticleSink(Producer<byte[], byte[]> producer) {
    this.producer = producer;
  }

  void send(RawArticle article) {
    byte[] key = Topics.RAW_ARTICLES.keySerde().serializer().serialize(Topics.RAW_ARTICLES.name(), article.getArticleId());
    byte[] value = Topics.RAW_ARTICLES.valueSerde().serializer().serialize(Topics.RAW_ARTICLES.name(), article);
    await(new ProducerRecord<>(Topics.RAW_ARTICLES.name(), null, article.getIngestedAt().toEpochMilli(), key, value));
  }

  void deadLetter(String key, byte[] value, Headers headers) {
    await(new ProducerRecord<>(Topics.INGEST_DEAD_LETTERS.name(), null, null,
        key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, headers));
  }

  private void await(ProducerRecord<byte[], byte[]> record) {
    try {
      producer.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new KafkaException("Kafka refused a record for " + record.topic() + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (TimeoutException e) {
      throw new KafkaException("no acknowledgement from Kafka within " + SEND_TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("interrupted while waiting for Kafka", e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
