package io.dyadwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.common.DeadLetters;
import io.dyadwatch.local.AlertFeed.Delivery;
import io.dyadwatch.schemas.DeadLetterHeaders;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three services and the embedded broker in one JVM: samples in, first-contact alerts out, bad
 * input dead-lettered with the pipeline still running, and a second run on the same data adding nothing.
 */
class PipelineEndToEndIT {
  private static final Duration DEADLINE = Duration.ofMinutes(3);
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Set<String> EXPECTED = Set.of("CHN-PRK", "LAO-PRK", "PRK-RUS", "PRK-VNM");
  /** Also reported by the samples, as background: Putin's visit to China. */
  private static final Set<String> ALLOWED = Set.of("CHN-RUS");

  @Test
  void samplesInAlertsOutBadInputDeadLetteredAndNothingRepeatedOnASecondRun(@TempDir Path data) throws Exception {
    List<ContactAlert> firstRun = new ArrayList<>();
    try (LocalPipeline pipeline = LocalPipeline.start(data, Map.of());
        AlertFeed feed = new AlertFeed(pipeline.bootstrapServers());
        PipelineDrain drain = new PipelineDrain(pipeline.bootstrapServers())) {
      List<Path> dropped = dropSamples(pipeline.inbox());
      Files.write(pipeline.inbox().resolve("scan.txt"), new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, 0x01});
      try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
          "bootstrap.servers", pipeline.bootstrapServers(), "acks", "all"),
          new ByteArraySerializer(), new ByteArraySerializer())) {
        producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES.name(), "garbage".getBytes(StandardCharsets.UTF_8),
            "not an Avro record".getBytes(StandardCharsets.UTF_8))).get();
      }

      awaitDrained(feed, drain, firstRun, () -> dropped.stream().noneMatch(Files::exists)
          && !Files.exists(pipeline.inbox().resolve("scan.txt")));

      List<ContactAlert> newDyads = firstRun.stream()
          .filter(a -> a.getKind() == AlertKind.NEW_DYAD && a.getRevision() == 1).toList();
      assertThat(newDyads).extracting(ContactAlert::getDyad).doesNotHaveDuplicates()
          .containsAll(EXPECTED)
          .allMatch(d -> EXPECTED.contains(d) || ALLOWED.contains(d), "only dyads the samples report");
      assertThat(newDyads).allSatisfy(a -> assertThat(a.getEvidence()).isNotEmpty());

      ConsumerRecord<byte[], byte[]> ingestLetter = readOne(pipeline.bootstrapServers(), Topics.INGEST_DEAD_LETTERS.name());
      assertThat(DeadLetters.header(ingestLetter.headers(), DeadLetterHeaders.ORIGIN_LOCATION)).isEqualTo("file:scan.txt");
      assertThat(DeadLetters.header(ingestLetter.headers(), DeadLetterHeaders.ERROR_CLASS)).isEqualTo("INVALID_UTF8");
      assertThat(Files.exists(pipeline.inbox().resolve("failed").resolve("scan.txt"))).isTrue();

      ConsumerRecord<byte[], byte[]> enrichLetter = readOne(pipeline.bootstrapServers(), Topics.ENRICH_DEAD_LETTERS.name());
      assertThat(new String(enrichLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not an Avro record");
      assertThat(DeadLetters.header(enrichLetter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("decode");
      assertThat(DeadLetters.header(enrichLetter.headers(), DeadLetterHeaders.ORIGIN_TOPIC))
          .isEqualTo(Topics.RAW_ARTICLES.name());

      // Still running after the bad input: a new article over HTTP makes a new first contact.
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + pipeline.ingest().httpPort() + "/articles"))
          .POST(HttpRequest.BodyPublishers.ofString("""
              {"source": "example.org", "url": "https://example.org/news/1", "published_at": "2024-03-08",
               "body": "HANOI: Japanese Prime Minister Fumio Kishida arrived in Hanoi on Thursday for talks with \
              Vietnamese President Vo Van Thuong, the foreign ministry said.\\n\\nThe two leaders agreed to expand \
              cooperation in energy and infrastructure."}""")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
      List<ContactAlert> later = new ArrayList<>();
      awaitDrained(feed, drain, later, () -> later.stream().anyMatch(a -> a.getDyad().equals("JPN-VNM")));
      assertThat(pipeline.enrich().health().live()).isTrue();
      assertThat(pipeline.alert().health().ready()).isTrue();
    }

    try (LocalPipeline again = LocalPipeline.start(data, Map.of());
        AlertFeed feed = new AlertFeed(again.bootstrapServers());
        PipelineDrain drain = new PipelineDrain(again.bootstrapServers())) {
      List<Path> dropped = dropSamples(again.inbox());
      List<ContactAlert> secondRun = new ArrayList<>();
      awaitDrained(feed, drain, secondRun, () -> dropped.stream().noneMatch(Files::exists));
      assertThat(secondRun).isEmpty();
    }
  }

  private static void awaitDrained(AlertFeed feed, PipelineDrain drain, List<ContactAlert> alerts,
      BooleanSupplier inputDone) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      collect(feed, alerts);
      if (inputDone.getAsBoolean() && drain.drained()) {
        while (!feed.atEnd()) {
          collect(feed, alerts);
        }
        return;
      }
    }
    throw new AssertionError("the pipeline did not finish within " + DEADLINE + "; alerts so far: "
        + alerts.stream().map(ContactAlert::getDyad).toList());
  }

  private static void collect(AlertFeed feed, List<ContactAlert> alerts) {
    for (Delivery d : feed.poll(Duration.ofMillis(200))) {
      if (d.main()) {
        alerts.add(d.alert());
      }
    }
  }

  private static List<Path> dropSamples(Path inbox) throws Exception {
    Files.createDirectories(inbox);
    List<Path> dropped = new ArrayList<>();
    try (DirectoryStream<Path> samples = Files.newDirectoryStream(SAMPLES, "*.txt")) {
      for (Path sample : samples) {
        Path partial = inbox.resolve("." + sample.getFileName());
        Files.copy(sample, partial);
        Path target = inbox.resolve(sample.getFileName().toString());
        Files.move(partial, target);
        dropped.add(target);
      }
    }
    assertThat(dropped).hasSize(5);
    return dropped;
  }

  private static ConsumerRecord<byte[], byte[]> readOne(String bootstrap, String topic) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
      while (records.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      assertThat(records).as("records on %s", topic).hasSize(1);
      return records.get(0);
    }
  }
}
