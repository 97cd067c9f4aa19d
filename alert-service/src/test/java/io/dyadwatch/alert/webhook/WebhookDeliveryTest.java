package io.dyadwatch.alert.webhook;

import static io.dyadwatch.alert.TestEvents.delegationToHanoi;
import static io.dyadwatch.alert.TestEvents.partyDelegationToBeijing;
import static io.dyadwatch.alert.TestEvents.sameContactFrom;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.alert.AlertMetrics;
import io.dyadwatch.alert.novelty.Judgement;
import io.dyadwatch.alert.novelty.NoveltyJudge;
import io.dyadwatch.alert.novelty.NoveltyRules;
import io.dyadwatch.alert.subscription.Team;
import io.dyadwatch.alert.subscription.TeamFilter;
import io.dyadwatch.alert.subscription.WebhookTarget;
import io.dyadwatch.alert.webhook.WebhookReceiver.Answer;
import io.dyadwatch.common.DeadLetters;
import io.dyadwatch.schemas.DeadLetterHeaders;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.DyadHistory;
import io.dyadwatch.schemas.serde.AvroSerde;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One team's worker on a mock consumer of the outbox, posting to a real HTTP receiver on 127.0.0.1
 * through the real client (real waits).
 */
class WebhookDeliveryTest {
  private static final String OUTBOX = WebhookOutbox.TOPIC.name();
  private static final TopicPartition P0 = new TopicPartition(OUTBOX, 0);
  private static final TopicPartition P1 = new TopicPartition(OUTBOX, 1);
  private static final AvroSerde<ContactAlert> SERDE = AvroSerde.of(ContactAlert.class);
  private static final Instant NOW = Instant.parse("2019-06-21T09:00:00Z");

  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final MockProducer<byte[], byte[]> producer =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final Map<TopicPartition, Long> nextOffset = new java.util.HashMap<>(Map.of(P0, 0L, P1, 0L));
  private WebhookReceiver receiver;

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.close();
    }
  }

  /** Alert revisions as the topology makes them: three reports of the Beijing visit, the Hanoi visit. */
  private static List<ContactAlert> alerts() {
    NoveltyJudge judge = new NoveltyJudge(NoveltyRules.defaults());
    List<ContactAlert> out = new ArrayList<>();
    DyadHistory beijing = null;
    for (DiplomaticEvent e : List.of(partyDelegationToBeijing().build(), sameContactFrom("reuters.com", 1).build(),
        sameContactFrom("yna.co.kr", 2).build())) {
      Judgement j = judge.judge(beijing, e, LocalDate.parse(e.getEventDate()), NOW);
      beijing = j.history();
      out.add(j.alert());
    }
    out.add(judge.judge(null, delegationToHanoi().build(), LocalDate.parse("2019-06-24"), NOW).alert());
    return out;
  }

  private TeamWebhookWorker worker(String team, RetryPolicy policy) {
    Team t = new Team(team, TeamFilter.all(), false,
        new WebhookTarget(receiver.url(team), Map.of("Authorization", "Bearer k-123")));
    WebhookClient client = WebhookClient.create(policy, Duration.ofSeconds(5));
    TeamWebhookWorker worker = new TeamWebhookWorker(t, consumer, producer, client, new AlertMetrics(registry),
        Clock.fixed(NOW, ZoneOffset.UTC), "alert-service");
    worker.subscribe();
    consumer.rebalance(List.of(P0, P1));
    consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    return worker;
  }

  private void outbox(TopicPartition partition, String team, ContactAlert alert) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(WebhookOutbox.TEAM_HEADER, team.getBytes(StandardCharsets.UTF_8));
    long offset = nextOffset.merge(partition, 1L, Long::sum) - 1;
    consumer.addRecord(new ConsumerRecord<>(OUTBOX, partition.partition(), offset, NOW.toEpochMilli(),
        TimestampType.CREATE_TIME, 7, 0, alert.getDyad().getBytes(StandardCharsets.UTF_8), SERDE.encode(alert),
        headers, java.util.Optional.empty()));
  }

  /** Polls until {@code records} records are handled, or fails after ten seconds. */
  private void drain(TeamWebhookWorker worker, int records) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int handled = 0;
    while (handled < records) {
      assertThat(System.nanoTime()).as("all records handled in time").isLessThan(deadline);
      handled += worker.pollOnce(Duration.ofMillis(10));
    }
  }

  private double counter(String name, String team) {
    var c = registry.find(name).tag("team", team).counter();
    return c == null ? 0 : c.count();
  }

  @Test
  void everyAlertIsDeliveredOnceAndInOrderPerDyadThroughFailuresAndA429() throws Exception {
    receiver = new WebhookReceiver(List.of(new Answer(503, null), new Answer(500, null), new Answer(429, "1")));
    TeamWebhookWorker worker = worker("korea-desk",
        new RetryPolicy(5, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5)));
    List<ContactAlert> alerts = alerts();
    ContactAlert a1 = alerts.get(0);
    ContactAlert a2 = alerts.get(1);
    ContactAlert a3 = alerts.get(2);
    ContactAlert hanoi = alerts.get(3);
    outbox(P0, "korea-desk", a1);
    outbox(P1, "korea-desk", hanoi);
    outbox(P1, "andes", hanoi);
    outbox(P0, "korea-desk", a2);
    outbox(P0, "korea-desk", a3);

    drain(worker, 5);

    String id = a1.getAlertId();
    assertThat(receiver.acceptedByDyad()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "CHN-PRK", List.of(id + ":1", id + ":2", id + ":3"),
        "PRK-VNM", List.of(hanoi.getAlertId() + ":1")));
    List<WebhookReceiver.Request> requests = receiver.requests();
    assertThat(requests).extracting(WebhookReceiver.Request::status).containsExactly(503, 500, 429, 200, 200, 200, 200);
    assertThat(requests).extracting(WebhookReceiver.Request::idempotencyKey).startsWith(id + ":1", id + ":1",
        id + ":1", id + ":1");
    assertThat(Duration.between(requests.get(2).at(), requests.get(3).at()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(requests).extracting(WebhookReceiver.Request::authorization).containsOnly("Bearer k-123");
    assertThat(requests.get(3).body().path("receiver").asText()).isEqualTo("korea-desk");
    assertThat(producer.history()).isEmpty();
    assertThat(consumer.committed(Set.of(P0, P1)))
        .containsEntry(P0, new OffsetAndMetadata(3)).containsEntry(P1, new OffsetAndMetadata(2));
    assertThat(counter("dyadwatch.webhook.deliveries", "korea-desk")).isEqualTo(4);
    assertThat(counter("dyadwatch.webhook.retries", "korea-desk")).isEqualTo(3);
  }

  @Test
  void revisionReadAgainAfterARebalanceIsNotPostedTwice() throws Exception {
    receiver = new WebhookReceiver(List.of());
    TeamWebhookWorker worker = worker("korea-desk",
        new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)));
    ContactAlert a1 = alerts().get(0);
    outbox(P0, "korea-desk", a1);
    outbox(P0, "korea-desk", a1);

    drain(worker, 2);

    assertThat(receiver.requests()).hasSize(1);
  }

  @Test
  void deliveryThatKeepsFailingIsDeadLetteredAsReadAndTheNextOneGoesOn() throws Exception {
    receiver = new WebhookReceiver(List.of(new Answer(500, null), new Answer(500, null), new Answer(500, null)));
    TeamWebhookWorker worker = worker("korea-desk",
        new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)));
    List<ContactAlert> alerts = alerts();
    outbox(P0, "korea-desk", alerts.get(0));
    outbox(P0, "korea-desk", alerts.get(1));

    drain(worker, 2);

    assertThat(receiver.requests()).extracting(WebhookReceiver.Request::status).containsExactly(500, 500, 500, 200);
    assertThat(producer.history()).hasSize(1);
    ProducerRecord<byte[], byte[]> letter = producer.history().get(0);
    assertThat(letter.topic()).isEqualTo("dyadwatch.alert.dlq.v1");
    assertThat(letter.key()).isEqualTo("CHN-PRK".getBytes(StandardCharsets.UTF_8));
    assertThat(letter.value()).isEqualTo(SERDE.encode(alerts.get(0)));
    assertThat(DeadLetters.header(letter.headers(), WebhookOutbox.TEAM_HEADER)).isEqualTo("korea-desk");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("webhook");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ERROR_CLASS)).isEqualTo("http-500");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ERROR_MESSAGE)).isEqualTo(
        "POST http://127.0.0.1:" + receiver.url("x").getPort() + "/hooks/korea-desk answered 500: try later"
            + " (after 3 attempts)");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ORIGIN_TOPIC)).isEqualTo(OUTBOX);
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ORIGIN_PARTITION)).isEqualTo("0");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ORIGIN_OFFSET)).isEqualTo("0");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.FAILED_AT))
        .isEqualTo(Long.toString(NOW.toEpochMilli()));
    assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(2));
    assertThat(counter("dyadwatch.webhook.failures", "korea-desk")).isEqualTo(1);
  }

  @Test
  void clientErrorIsNotRetried() throws Exception {
    receiver = new WebhookReceiver(List.of(new Answer(400, null)));
    TeamWebhookWorker worker = worker("korea-desk",
        new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)));
    outbox(P0, "korea-desk", alerts().get(0));

    drain(worker, 1);

    assertThat(receiver.requests()).hasSize(1);
    assertThat(producer.history()).singleElement().satisfies(letter ->
        assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ERROR_CLASS)).isEqualTo("http-400"));
  }

  @Test
  void unreachableReceiverIsRetriedThenDeadLettered() throws Exception {
    receiver = new WebhookReceiver(List.of());
    TeamWebhookWorker worker = worker("korea-desk",
        new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)));
    receiver.close();
    outbox(P0, "korea-desk", alerts().get(0));

    drain(worker, 1);

    assertThat(producer.history()).singleElement().satisfies(letter ->
        assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ERROR_CLASS))
            .isEqualTo("java.net.ConnectException"));
  }
}
