package io.dyadwatch.alert.webhook;

import io.dyadwatch.alert.AlertMetrics;
import io.dyadwatch.alert.subscription.Team;
import io.dyadwatch.common.DeadLetters;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.serde.AvroSerde;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One team's webhook deliveries: reads the webhook outbox in a consumer group of its own, posts the
 * team's records one after the other (so a dyad's alerts arrive in order), sends what finally fails to
 * dyadwatch.alert.dlq.v1 as read, and commits each record once it is delivered or dead-lettered. A team
 * whose receiver is down holds up no other team.
 */
final class TeamWebhookWorker implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(TeamWebhookWorker.class);
  private static final AvroSerde<ContactAlert> ALERTS = AvroSerde.of(ContactAlert.class);
  private static final int REMEMBERED = 10_000;
  static final String STAGE = "webhook";

  private final Team team;
  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> deadLetters;
  private final WebhookClient client;
  private final AlertMetrics metrics;
  private final Clock clock;
  private final String service;
  /** Revisions delivered lately, so that a record read again after a rebalance is not posted twice. */
  private final Map<String, Boolean> delivered = new LinkedHashMap<>(256, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > REMEMBERED;
    }
  };
  private volatile boolean closed;

  TeamWebhookWorker(Team team, Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> deadLetters,
      WebhookClient client, AlertMetrics metrics, Clock clock, String service) {
    if (team.webhook() == null) {
      throw new IllegalArgumentException("team " + team.name() + " has no webhook");
    }
    this.team = team;
    this.consumer = consumer;
    this.deadLetters = deadLetters;
    this.client = client;
    this.metrics = metrics;
    this.clock = clock;
    this.service = service;
  }

  @Override
  public void run() {
    try {
      subscribe();
      while (!closed) {
        pollOnce(Duration.ofMillis(500));
      }
    } catch (WakeupException | InterruptedException e) {
      if (!closed) {
        log.error("team {}: webhook worker stopped unexpectedly", team.name(), e);
      }
    } catch (RuntimeException e) {
      log.error("team {}: webhook worker failed; deliveries for this team stop until restart", team.name(), e);
    } finally {
      // Clear an interrupt from close(), which would otherwise cut the consumer's own close short.
      Thread.interrupted();
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  void subscribe() {
    consumer.subscribe(List.of(WebhookOutbox.TOPIC.name()));
  }

  /**
   * Polls once and handles what came, partition by partition in offset order. When dead-lettering
   * fails, the partition is rewound to the record, to be tried again on the next poll.
   *
   * @return the number of records handled and committed
   * @throws InterruptedException when closing; the record in hand is neither committed nor dead-lettered
   */
  int pollOnce(Duration timeout) throws InterruptedException {
    ConsumerRecords<byte[], byte[]> records = consumer.poll(timeout);
    int handled = 0;
    for (TopicPartition partition : records.partitions()) {
      for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
        try {
          handle(record);
        } catch (RuntimeException e) {
          log.error("team {}: cannot finish {}-{}@{}; retrying it", team.name(), record.topic(),
              record.partition(), record.offset(), e);
          consumer.seek(partition, record.offset());
          break;
        }
        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
        handled++;
      }
    }
    return handled;
  }

  private void handle(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
    if (!team.name().equals(WebhookOutbox.team(record.headers()))) {
      return;
    }
    ContactAlert alert;
    try {
      alert = ALERTS.decode(record.value());
    } catch (SerializationException e) {
      deadLetter(record, e.getClass().getName(), e.getMessage());
      return;
    }
    String key = WebhookPayload.idempotencyKey(alert);
    if (delivered.containsKey(key)) {
      return;
    }
    WebhookClient.Result result = client.deliver(team.name(), team.webhook(), alert);
    if (result.attempts() > 1) {
      metrics.webhookRetried(team.name(), result.attempts() - 1);
    }
    if (result.delivered()) {
      delivered.put(key, Boolean.TRUE);
      metrics.webhookDelivered(team.name());
    } else {
      deadLetter(record, result.reason(), result.message());
      metrics.webhookFailed(team.name());
    }
  }

  private void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason, String message) {
    Headers headers = DeadLetters.fromRecord(record.headers(), service, STAGE, reason, message, record.topic(),
        record.partition(), record.offset(), clock.instant());
    ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(Topics.ALERT_DEAD_LETTERS.name(), null,
        record.key(), record.value(), headers);
    try {
      deadLetters.send(letter).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot write to " + Topics.ALERT_DEAD_LETTERS.name(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing to " + Topics.ALERT_DEAD_LETTERS.name(), e);
    }
    metrics.deadLetter(STAGE);
  }

  void close() {
    closed = true;
    consumer.wakeup();
  }

  String team() {
    return team.name();
  }
}
