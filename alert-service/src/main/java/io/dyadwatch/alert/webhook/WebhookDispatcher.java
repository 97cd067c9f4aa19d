package io.dyadwatch.alert.webhook;

import io.dyadwatch.alert.AlertMetrics;
import io.dyadwatch.alert.subscription.Team;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook delivery for every team that has a webhook: one {@link TeamWebhookWorker} thread each, in
 * consumer group {@code dyadwatch-alert-webhook-<team>} on the webhook outbox, sharing one producer for
 * dead letters. Instances of alert-service share each team's partitions.
 */
public final class WebhookDispatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  public static final String GROUP_PREFIX = "dyadwatch-alert-webhook-";

  private final List<TeamWebhookWorker> workers;
  private final Producer<byte[], byte[]> deadLetters;
  private final List<Thread> threads = new ArrayList<>();

  private WebhookDispatcher(List<TeamWebhookWorker> workers, Producer<byte[], byte[]> deadLetters) {
    this.workers = workers;
    this.deadLetters = deadLetters;
  }

  /**
   * @param kafka client settings ({@code bootstrap.servers}, security, ...)
   * @param service the service name in dead-letter headers
   */
  public static WebhookDispatcher create(List<Team> teams, Map<String, Object> kafka, RetryPolicy policy,
      Duration requestTimeout, AlertMetrics metrics, String service) {
    Map<String, Object> producerProps = new HashMap<>(kafka);
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerProps.put(ProducerConfig.CLIENT_ID_CONFIG, GROUP_PREFIX + "dead-letters");
    Producer<byte[], byte[]> producer =
        new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer());
    WebhookClient client = WebhookClient.create(policy, requestTimeout);
    List<TeamWebhookWorker> workers = new ArrayList<>();
    for (Team team : teams) {
      if (team.webhook() == null) {
        continue;
      }
      KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps(kafka, team, policy,
          requestTimeout), new ByteArrayDeserializer(), new ByteArrayDeserializer());
      workers.add(new TeamWebhookWorker(team, consumer, producer, client, metrics, Clock.systemUTC(), service));
    }
    return new WebhookDispatcher(workers, producer);
  }

  static Map<String, Object> consumerProps(Map<String, Object> kafka, Team team, RetryPolicy policy,
      Duration requestTimeout) {
    Map<String, Object> props = new HashMap<>(kafka);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_PREFIX + team.name());
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, GROUP_PREFIX + team.name());
    // The outbox is written in Streams transactions: aborted records must never be posted.
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // One record per poll, and long enough between polls for its delivery to run out of retries.
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
    long budget = policy.worstCase(requestTimeout).plusMinutes(1).toMillis();
    props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, budget));
    return props;
  }

  public void start() {
    for (TeamWebhookWorker worker : workers) {
      Thread t = new Thread(worker, "webhook-" + worker.team());
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    log.info("webhook delivery started for teams {}", workers.stream().map(TeamWebhookWorker::team).toList());
  }

  /** The teams this dispatcher delivers for. */
  public List<String> teams() {
    return workers.stream().map(TeamWebhookWorker::team).toList();
  }

  @Override
  public void close() {
    workers.forEach(TeamWebhookWorker::close);
    // A worker waiting between attempts is woken; its record stays uncommitted and is posted again later.
    threads.forEach(Thread::interrupt);
    for (Thread t : threads) {
      try {
        t.join(Duration.ofSeconds(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    deadLetters.close(Duration.ofSeconds(5));
  }
}
