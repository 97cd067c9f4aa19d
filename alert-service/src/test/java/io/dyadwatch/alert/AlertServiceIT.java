package io.dyadwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadwatch.alert.webhook.WebhookReceiver;
import io.dyadwatch.common.DeadLetters;
import io.dyadwatch.common.Settings;
import io.dyadwatch.common.TopicSetup;
import io.dyadwatch.kafka.EmbeddedKafka;
import io.dyadwatch.schemas.DeadLetterHeaders;
import io.dyadwatch.schemas.Topic;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.EventType;
import io.dyadwatch.schemas.avro.Evidence;
import io.dyadwatch.schemas.avro.Level;
import io.dyadwatch.schemas.avro.Participant;
import io.dyadwatch.schemas.serde.AvroSerde;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two alert-service instances on the embedded broker share four partitions of events; one is stopped
 * in the middle of the stream. Every expected alert revision is published exactly once, the team topic
 * and webhook get them all, and the survivor answers every query in full.
 */
class AlertServiceIT {
  private static final Duration DEADLINE = Duration.ofSeconds(120);
  private static final int PARTITIONS = 4;
  /** By the default partitioner, KOR-PRK and ETH-KEN fall in partition 0, CHN-PRK in 1, PRK-VNM in 2, BOL-PER in 3. */
  private static final List<String> DYADS = List.of("CHN-PRK", "LAO-PRK", "PRK-VNM", "PRK-RUS", "KOR-PRK",
      "CHN-RUS", "JPN-KOR", "BOL-PER", "CHL-PER", "IND-PAK", "ARG-BRA", "DEU-FRA", "EGY-ISR", "ETH-KEN");
  private static final AvroSerde<DiplomaticEvent> EVENTS = AvroSerde.of(DiplomaticEvent.class);
  private static final AvroSerde<ContactAlert> ALERTS = AvroSerde.of(ContactAlert.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  @TempDir
  Path dir;

  /**
   * One report of a contact: contact 1 is a delegation's visit three days ago (senior officials);
   * contact 2 a ministers' meeting yesterday, with other people (an escalation).
   */
  private static DiplomaticEvent report(String dyad, int contact, String outlet) {
    String[] pair = dyad.split("-");
    boolean visit = contact == 1;
    Level level = visit ? Level.SENIOR_OFFICIAL : Level.MINISTER;
    String name = visit ? "a delegation of " + pair[0] : "Foreign Minister of " + pair[1];
    String sentence = visit ? "A delegation from " + pair[0] + " arrived in " + pair[1] + "."
        : "The foreign ministers of " + pair[0] + " and " + pair[1] + " met.";
    String article = outlet + "-" + dyad + "-" + contact;
    return DiplomaticEvent.newBuilder()
        .setEventId("ev-" + article)
        .setArticleId(article)
        .setDyad(dyad)
        .setCountries(List.of(pair[0], pair[1]))
        .setEventType(visit ? EventType.VISIT : EventType.MEETING)
        .setStatus(EventStatus.OCCURRED)
        .setInitiator(pair[0])
        .setHost(pair[1])
        .setParticipants(List.of(new Participant(name, visit ? "delegation" : "Foreign Minister",
            visit ? pair[0] : pair[1], level)))
        .setLevel(level)
        .setLocation(null)
        .setEventDate(TODAY.minusDays(visit ? 3 : 1).toString())
        .setDateText(null)
        .setEvidence(new Evidence(sentence, 0, sentence.length(), article))
        .setConfidence(0.8)
        .setSource(outlet)
        .setUrl("https://" + outlet + "/" + article)
        .setPublishedAt(TODAY.toString())
        .setIngestedAt(Instant.now())
        .setExtractedAt(Instant.now())
        .build();
  }

  @Test
  void twoInstancesOneStoppedMidStreamEveryAlertOnceAndTheSurvivorAnswersInFull() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        WebhookReceiver receiver = new WebhookReceiver(List.of());
        Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
            kafka.bootstrapServers(), "acks", "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
      Path subscriptions = Files.writeString(dir.resolve("subscriptions.yaml"), "teams:\n  - name: watch-all\n"
          + "    outputs:\n      topic: true\n      webhook: {url: \"" + receiver.url("watch-all") + "\"}\n");
      AlertConfig configA = config(kafka, subscriptions, "a");
      AlertConfig configB = config(kafka, subscriptions, "b");
      TopicSetup.ensure(configA.settings().kafka(), AlertTopology.topics(configA), PARTITIONS, (short) 1);
      AlertService a = AlertService.create(configA);
      AlertService b = AlertService.create(configB);
      boolean bClosed = false;
      try {
        a.start();
        b.start();
        await("both instances running with two partitions each",
            () -> activePartitions(a) == 2 && activePartitions(b) == 2);

        for (String dyad : DYADS) {
          send(producer, dyad, EVENTS.encode(report(dyad, 1, "apnews.com")));
        }
        send(producer, "CHN-PRK", "not an event".getBytes(StandardCharsets.UTF_8));
        await("the first reports processed", () -> caughtUp(admin));

        Set<String> ownedByB = DYADS.stream().filter(d -> ownerPort(a, d) == b.httpPort()).collect(Collectors.toSet());
        assertThat(ownedByB).isNotEmpty().isNotEqualTo(Set.copyOf(DYADS));
        for (String dyad : DYADS) {
          assertThat(get(a, "/dyads/" + dyad).statusCode()).as("A answers for %s", dyad).isEqualTo(200);
        }
        assertThat(partnerCodes(get(b, "/countries/PRK/partners")))
            .containsExactly("CHN", "KOR", "LAO", "RUS", "VNM");

        for (String dyad : DYADS.subList(0, DYADS.size() / 2)) {
          send(producer, dyad, EVENTS.encode(report(dyad, 1, "reuters.com")));
          send(producer, dyad, EVENTS.encode(report(dyad, 2, "reuters.com")));
        }
        b.close();
        bClosed = true;
        for (String dyad : DYADS.subList(DYADS.size() / 2, DYADS.size())) {
          send(producer, dyad, EVENTS.encode(report(dyad, 1, "reuters.com")));
          send(producer, dyad, EVENTS.encode(report(dyad, 2, "reuters.com")));
        }
        await("the survivor holds every partition and has processed everything",
            () -> activePartitions(a) == PARTITIONS && caughtUp(admin));

        Map<String, Integer> expected = new TreeMap<>();
        for (String dyad : DYADS) {
          expected.put(dyad + " NEW_DYAD 1", 1);
          expected.put(dyad + " NEW_DYAD 2", 1);
          expected.put(dyad + " ESCALATION 1", 1);
        }
        // the offsets commit may become visible a moment before the transaction's markers on the output
        // topics, so the last alerts are read once they are stable; missing or doubled alerts still fail below
        List<ConsumerRecord<byte[], byte[]>> alerts = settled(kafka, Topics.ALERTS, expected);
        assertThat(countByDyadKindRevision(alerts)).isEqualTo(expected);
        assertThat(alerts).allSatisfy(r ->
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(ALERTS.decode(r.value()).getAlertId()));
        assertThat(countByDyadKindRevision(settled(kafka, Topics.teamAlerts("watch-all"), expected)))
            .isEqualTo(expected);
        List<ConsumerRecord<byte[], byte[]>> dead = readCommitted(kafka, Topics.ALERT_DEAD_LETTERS);
        assertThat(dead).hasSize(1);
        assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetterHeaders.STAGE)).isEqualTo("decode");

        for (String dyad : DYADS) {
          HttpResponse<String> response = get(a, "/dyads/" + dyad);
          assertThat(response.statusCode()).as("survivor answers for %s", dyad).isEqualTo(200);
          JsonNode history = JSON.readTree(response.body());
          assertThat(history.path("contacts_total").asInt()).isEqualTo(2);
          assertThat(history.path("events_total").asInt()).isEqualTo(3);
          assertThat(history.path("max_level").asText()).isEqualTo("MINISTER");
        }
        HttpResponse<String> partners = get(a, "/countries/PRK/partners");
        assertThat(partnerCodes(partners)).containsExactly("CHN", "KOR", "LAO", "RUS", "VNM");
        JSON.readTree(partners.body()).path("partners").forEach(p -> {
          assertThat(p.path("contacts").asInt()).isEqualTo(2);
          assertThat(p.path("events").asInt()).isEqualTo(3);
          assertThat(p.path("latest_alert").path("kind").asText()).isEqualTo("ESCALATION");
        });

        await("every revision posted to the webhook", () -> receiver.acceptedByDyad().values().stream()
            .mapToLong(keys -> keys.stream().distinct().count()).sum() == 3L * DYADS.size());
        Map<String, List<String>> posted = receiver.acceptedByDyad();
        for (String dyad : DYADS) {
          List<String> firstTimes = posted.get(dyad).stream().distinct().toList();
          assertThat(firstTimes).as("revisions of %s in order", dyad).hasSize(3);
          assertThat(firstTimes.get(0)).endsWith(":1");
          assertThat(firstTimes.get(1)).isEqualTo(firstTimes.get(0).replace(":1", ":2"));
          assertThat(firstTimes.get(2)).endsWith(":1").isNotEqualTo(firstTimes.get(0));
        }
      } finally {
        a.close();
        if (!bClosed) {
          b.close();
        }
      }
    }
  }

  private AlertConfig config(EmbeddedKafka kafka, Path subscriptions, String name) throws IOException {
    int port = freePort();
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    env.put("DYADWATCH_STATE_DIR", dir.resolve("state-" + name).toString());
    env.put("DYADWATCH_HTTP_HOST", "127.0.0.1");
    env.put("DYADWATCH_HTTP_PORT", Integer.toString(port));
    env.put("DYADWATCH_APPLICATION_SERVER", "127.0.0.1:" + port);
    env.put("DYADWATCH_SUBSCRIPTIONS_FILE", subscriptions.toString());
    // A stopped Streams member does not leave the group: the survivor takes over after the session timeout.
    env.put("KAFKA_SESSION_TIMEOUT_MS", "6000");
    env.put("KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
    return AlertConfig.from(Settings.load(AlertConfig.defaults(), env));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value) throws Exception {
    producer.send(new ProducerRecord<>(Topics.EVENTS.name(), key.getBytes(StandardCharsets.UTF_8), value))
        .get(30, TimeUnit.SECONDS);
  }

  private static int activePartitions(AlertService service) {
    if (service.streams().state() != KafkaStreams.State.RUNNING) {
      return -1;
    }
    return service.streams().metadataForLocalThreads().stream()
        .mapToInt(t -> t.activeTasks().stream().mapToInt(task -> task.topicPartitions().size()).sum()).sum();
  }

  private static int ownerPort(AlertService service, String dyad) {
    return service.streams().queryMetadataForKey(AlertTopology.HISTORY_STORE, dyad,
        Topics.EVENTS.keySerde().serializer()).activeHost().port();
  }

  /** Whether alert-service has committed every event: its outputs are then committed too. */
  private static boolean caughtUp(Admin admin) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(AlertConfig.APPLICATION_ID)
          .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (int p = 0; p < PARTITIONS; p++) {
        latest.put(new TopicPartition(Topics.EVENTS.name(), p), OffsetSpec.latest());
      }
      Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
      return ends.entrySet().stream().allMatch(e -> {
        OffsetAndMetadata done = committed.get(e.getKey());
        return (done == null ? 0 : done.offset()) >= e.getValue().offset();
      });
    } catch (Exception e) {
      return false;
    }
  }

  /** Every committed record of a topic, read up to its last stable offset. */
  private static List<ConsumerRecord<byte[], byte[]>> readCommitted(EmbeddedKafka kafka, Topic<?, ?> topic) {
    Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
          .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        assertThat(System.nanoTime()).as("reading %s", topic.name()).isLessThan(deadline);
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      return out;
    }
  }

  /** The committed records of a topic once they count as expected, or as they are when the deadline passes. */
  private static List<ConsumerRecord<byte[], byte[]>> settled(EmbeddedKafka kafka, Topic<?, ?> topic,
      Map<String, Integer> expected) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    List<ConsumerRecord<byte[], byte[]>> records = readCommitted(kafka, topic);
    while (!countByDyadKindRevision(records).equals(expected) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
      records = readCommitted(kafka, topic);
    }
    return records;
  }

  private static Map<String, Integer> countByDyadKindRevision(List<ConsumerRecord<byte[], byte[]>> records) {
    Map<String, Integer> counts = new TreeMap<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      ContactAlert alert = ALERTS.decode(r.value());
      counts.merge(alert.getDyad() + " " + alert.getKind() + " " + alert.getRevision(), 1, Integer::sum);
    }
    return counts;
  }

  private static HttpResponse<String> get(AlertService at, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.httpPort() + path)).GET().build();
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    // 503 means "not now": ask again, as a client should, until the deadline.
    while (response.statusCode() == 503 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return response;
  }

  private static List<String> partnerCodes(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    JSON.readTree(response.body()).path("partners").forEach(p -> codes.add(p.path("country").asText()));
    codes.sort(null);
    return codes;
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }
}
