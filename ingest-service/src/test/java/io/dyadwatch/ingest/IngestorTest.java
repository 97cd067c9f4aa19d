package io.dyadwatch.ingest;

import static io.dyadwatch.ingest.Produced.header;
import static io.dyadwatch.ingest.Produced.on;
import static io.dyadwatch.ingest.Produced.rawArticle;
import static io.dyadwatch.ingest.Produced.rawKey;
import static io.dyadwatch.ingest.Produced.text;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.dyadwatch.ingest.IngestResult.Outcome;
import io.dyadwatch.schemas.DeadLetterHeaders;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.RawArticle;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IngestorTest {
  private static final Instant NOW = Instant.parse("2024-11-19T10:15:30Z");
  private static final long MAX_FILE_BYTES = 64 * 1024;
  private static final String LAOS = "North Korea sent a delegation to Laos.";
  /** sha256("north korea sent a delegation to laos."), first 16 hex digits. */
  private static final String LAOS_ID = "4286dab90365300a";

  @TempDir
  Path stateDir;

  private final MeterRegistry registry = new SimpleMeterRegistry();
  private MockProducer<byte[], byte[]> producer = Produced.producer(true);
  private SeenIndex seen;
  private Ingestor ingestor;

  private Ingestor ingestor(MockProducer<byte[], byte[]> producer, long maxFileBytes) {
    this.producer = producer;
    seen = new SeenIndex(stateDir.resolve("ingest").resolve("seen-articles.tsv"));
    ingestor = new Ingestor(new ArticleParser(100_000), new ArticleSink(producer), seen,
        Clock.fixed(NOW, ZoneOffset.UTC), registry, maxFileBytes);
    return ingestor;
  }

  private Ingestor ingestor() {
    return ingestor(Produced.producer(true), MAX_FILE_BYTES);
  }

  @AfterEach
  void closeIndex() throws Exception {
    if (seen != null) {
      seen.close();
    }
  }

  @Test
  void anAcceptedArticleIsOnTheRawTopicKeyedByItsId() {
    IngestResult result = ingestor().submitJson("""
        {"id": "kcna-2024-1119", "source": "kcna.kp", "url": "https://kcna.kp/en/article/1119",
         "published_at": "2024-11-19", "title": "Delegation leaves", "body": "North Korea sent a delegation to Laos."}
        """, "http");

    assertThat(result).isEqualTo(new IngestResult(Outcome.ACCEPTED, "kcna-2024-1119", "accepted"));
    assertThat(producer.history()).hasSize(1);
    ProducerRecord<byte[], byte[]> record = producer.history().get(0);
    assertThat(record.topic()).isEqualTo("news.articles.raw.v1");
    assertThat(rawKey(record)).isEqualTo("kcna-2024-1119");
    assertThat(record.timestamp()).isEqualTo(NOW.toEpochMilli());
    RawArticle article = rawArticle(record);
    assertThat(article.getArticleId()).isEqualTo("kcna-2024-1119");
    assertThat(article.getUrl()).isEqualTo("https://kcna.kp/en/article/1119");
    assertThat(article.getPublishedAt()).isEqualTo("2024-11-19");
    assertThat(article.getBody()).isEqualTo(LAOS);
    assertThat(article.getOrigin()).isEqualTo("http");
    assertThat(article.getIngestedAt()).isEqualTo(NOW);
  }

  /** name, file text, expected content type of each article, expected ids. */
  static Stream<Arguments> acceptedFiles() {
    return Stream.of(
        arguments("laos.txt", LAOS, List.of("text/plain"), List.of(LAOS_ID)),
        arguments("LAOS.TXT", LAOS, List.of("text/plain"), List.of(LAOS_ID)),
        arguments("laos-with-bom.txt", "\uFEFF" + LAOS, List.of("text/plain"), List.of(LAOS_ID)),
        arguments("laos.html", "<html><body><p>" + LAOS + "</p></body></html>", List.of("text/html"),
            List.of("87f9100c0df233be")),
        arguments("laos.htm", "<p>" + LAOS + "</p>", List.of("text/html"), List.of("8f1469cf1188336e")),
        arguments("laos.json", "{\"body\": \"" + LAOS + "\"}", Arrays.asList((String) null), List.of(LAOS_ID)),
        arguments("two.json", "[{\"id\": \"a-1\", \"body\": \"" + LAOS + "\"},\n {\"id\": \"a-2\", \"body\": "
            + "\"Lavrov visited Pyongyang.\"}]", Arrays.asList(null, null), List.of("a-1", "a-2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedFiles")
  void textHtmlAndJsonFilesAreAccepted(String name, String content, List<String> contentTypes, List<String> ids) {
    List<IngestResult> results = ingestor().submitFile(name, content.getBytes(UTF_8));

    assertThat(results).extracting(IngestResult::outcome).containsOnly(Outcome.ACCEPTED).hasSize(ids.size());
    assertThat(results).extracting(IngestResult::articleId).containsExactlyElementsOf(ids);
    assertThat(on(producer, Topics.INGEST_DEAD_LETTERS)).isEmpty();
    List<ProducerRecord<byte[], byte[]>> raw = on(producer, Topics.RAW_ARTICLES);
    assertThat(raw).extracting(Produced::rawKey).containsExactlyElementsOf(ids);
    assertThat(raw).extracting(r -> rawArticle(r).getContentType()).containsExactlyElementsOf(contentTypes);
    assertThat(raw).extracting(r -> rawArticle(r).getOrigin()).containsOnly("file:" + name);
  }

  @Test
  void theBodyOfATextFileIsKeptAsWrittenWithoutTheByteOrderMark() {
    ingestor().submitFile("laos.txt", ("\uFEFF" + LAOS + "\n").getBytes(UTF_8));

    assertThat(rawArticle(producer.history().get(0)).getBody()).isEqualTo(LAOS + "\n");
  }

  /** first article (JSON), second article (JSON), what makes the second a repeat. */
  static Stream<Arguments> repeats() {
    return Stream.of(
        arguments("same URL, other text",
            "{\"id\": \"first\", \"url\": \"https://kcna.kp/en/article/1119\", \"body\": \"" + LAOS + "\"}",
            "{\"id\": \"second\", \"url\": \"https://kcna.kp/en/article/1119\", \"body\": \"Corrected: " + LAOS + "\"}"),
        arguments("same URL, host in capitals",
            "{\"id\": \"first\", \"url\": \"https://kcna.kp/en/article/1119\", \"body\": \"" + LAOS + "\"}",
            "{\"id\": \"second\", \"url\": \"https://KCNA.KP/en/article/1119\", \"body\": \"Another text.\"}"),
        arguments("same text, other URL",
            "{\"id\": \"first\", \"url\": \"https://kcna.kp/en/article/1119\", \"body\": \"" + LAOS + "\"}",
            "{\"id\": \"second\", \"url\": \"https://rodong.rep.kp/en/1119\", \"body\": \"" + LAOS + "\"}"),
        arguments("same text in other case and spacing",
            "{\"id\": \"first\", \"body\": \"" + LAOS + "\"}",
            "{\"id\": \"second\", \"body\": \"  NORTH KOREA sent a\\n\\ndelegation to   Laos. \"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("repeats")
  void aRepeatIsADuplicateNamingTheFirstArticleAndIsNotSent(String label, String first, String second) {
    ingestor();
    assertThat(ingestor.submitJson(first, "http").outcome()).isEqualTo(Outcome.ACCEPTED);

    IngestResult repeat = ingestor.submitJson(second, "http");

    assertThat(repeat.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(repeat.articleId()).isEqualTo("first");
    assertThat(repeat.message()).isEqualTo("same URL or text as article first");
    assertThat(producer.history()).hasSize(1);
  }

  @Test
  void aFileRepeatingAnArticleSentOverHttpIsADuplicate() {
    ingestor().submitJson("{\"id\": \"kcna-1119\", \"body\": \"" + LAOS + "\"}", "http");

    List<IngestResult> results = ingestor.submitFile("copy.txt", ("\n" + LAOS.toUpperCase() + "\n").getBytes(UTF_8));

    assertThat(results).containsExactly(
        new IngestResult(Outcome.DUPLICATE, "kcna-1119", "same URL or text as article kcna-1119"));
    assertThat(producer.history()).hasSize(1);
  }

  @Test
  void differentTextsWithoutUrlsAreBothAccepted() {
    ingestor().submitFile("laos.txt", LAOS.getBytes(UTF_8));
    ingestor.submitFile("lavrov.txt", "Lavrov visited Pyongyang.".getBytes(UTF_8));

    assertThat(on(producer, Topics.RAW_ARTICLES)).extracting(Produced::rawKey)
        .containsExactly(LAOS_ID, "1eef294426f920f6");
  }

  @Test
  void theIndexOfSeenArticlesSurvivesARestart() throws Exception {
    ingestor().submitJson("{\"id\": \"kcna-1119\", \"url\": \"https://kcna.kp/en/article/1119\", \"body\": \"" + LAOS
        + "\"}", "http");
    seen.close();

    ingestor(Produced.producer(true), MAX_FILE_BYTES);
    List<IngestResult> byText = ingestor.submitFile("laos.txt", LAOS.getBytes(UTF_8));
    IngestResult byUrl = ingestor.submitJson(
        "{\"url\": \"https://kcna.kp/en/article/1119\", \"body\": \"Another text.\"}", "http");

    assertThat(byText).containsExactly(
        new IngestResult(Outcome.DUPLICATE, "kcna-1119", "same URL or text as article kcna-1119"));
    assertThat(byUrl.articleId()).isEqualTo("kcna-1119");
    assertThat(producer.history()).isEmpty();
  }

  /** file name, bytes, reason code, part of the message. */
  static Stream<Arguments> refusedFiles() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    return Stream.of(
        arguments("empty.txt", new byte[0], "EMPTY_BODY", "body is empty"),
        arguments("blank.txt", " \n\n\t ".getBytes(UTF_8), "EMPTY_BODY", "body is empty"),
        arguments("latin1.txt", "Kim visited a caf\u00e9 in Pyongyang.".getBytes(ISO_8859_1), "INVALID_UTF8",
            "not valid UTF-8"),
        arguments("photo.txt", png, "INVALID_UTF8", "not valid UTF-8"),
        arguments("utf16.txt", LAOS.getBytes(UTF_16LE), "BINARY", "NUL characters"),
        arguments("notes.docx", LAOS.getBytes(UTF_8), "UNSUPPORTED_FILE", "only .txt, .json and .html files are read"),
        arguments("laos", LAOS.getBytes(UTF_8), "UNSUPPORTED_FILE", "only .txt, .json and .html files are read"),
        arguments("huge.txt", "Kim. ".repeat(13_108).getBytes(UTF_8), "TOO_LARGE",
            "the file is larger than the limit of 65536 bytes"),
        arguments("broken.json", "{\"body\": \"Kim met Xi\",\n \"title\": }".getBytes(UTF_8), "MALFORMED_JSON",
            "at line 2, column 11"),
        arguments("lines.json", "{\"body\": \"Kim met Xi\"}\n{\"body\": \"Lavrov visited Pyongyang.\"}\n".getBytes(UTF_8),
            "MALFORMED_JSON", "a second value follows the first at line 2, column 1"),
        arguments("empty.json", new byte[0], "EMPTY_BODY", "the file is empty"),
        arguments("empty-array.json", "[ ]".getBytes(UTF_8), "EMPTY_BODY", "the JSON array holds no article"),
        arguments("no-body.json", "{\"title\": \"Kim met Xi\"}".getBytes(UTF_8), "EMPTY_BODY",
            "field \"body\" is required"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("refusedFiles")
  void aRefusedFileIsDeadLetteredWithItsBytesAndWhy(String name, byte[] bytes, String reason, String message) {
    List<IngestResult> results = ingestor().submitFile(name, bytes);

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(r.message()).contains(message);
    });
    assertThat(on(producer, Topics.RAW_ARTICLES)).isEmpty();
    assertThat(producer.history()).singleElement().satisfies(dead -> {
      assertThat(dead.topic()).isEqualTo("dyadwatch.ingest.dlq.v1");
      assertThat(text(dead.key())).isEqualTo(name);
      assertThat(dead.value()).isEqualTo(bytes);
      assertThat(header(dead, DeadLetterHeaders.SERVICE)).isEqualTo("ingest-service");
      assertThat(header(dead, DeadLetterHeaders.STAGE)).isEqualTo("ingest");
      assertThat(header(dead, DeadLetterHeaders.ERROR_CLASS)).isEqualTo(reason);
      assertThat(header(dead, DeadLetterHeaders.ERROR_MESSAGE)).contains(message);
      assertThat(header(dead, DeadLetterHeaders.ORIGIN_LOCATION)).isEqualTo("file:" + name);
      assertThat(header(dead, DeadLetterHeaders.FAILED_AT)).isEqualTo("1732011330000");
      assertThat(header(dead, DeadLetterHeaders.ORIGIN_TOPIC)).isNull();
    });
    assertThat(registry.get("dyadwatch.articles.rejected").tag("reason", reason).counter().count()).isEqualTo(1.0);
  }

  /** 1 MiB = 1,048,576 bytes. */
  static Stream<Arguments> largeRefusals() {
    return Stream.of(
        arguments("minutes.csv", 1_500_000, "UNSUPPORTED_FILE"),
        arguments("archive.txt", 3_000_000, "TOO_LARGE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("largeRefusals")
  void aDeadLetterValueIsCutAtOneMebibyte(String name, int size, String reason) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) ('a' + i % 26);
    }

    ingestor(Produced.producer(true), 2 * 1024 * 1024).submitFile(name, bytes);

    ProducerRecord<byte[], byte[]> dead = producer.history().get(0);
    assertThat(header(dead, DeadLetterHeaders.ERROR_CLASS)).isEqualTo(reason);
    assertThat(dead.value()).hasSize(1_048_576).isEqualTo(Arrays.copyOf(bytes, 1_048_576));
    assertThat(header(dead, DeadLetterHeaders.ERROR_MESSAGE)).endsWith("(value cut to its first 1048576 bytes)");
  }

  @Test
  void inAJsonArrayARefusedArticleIsDeadLetteredAloneAndTheOthersGoThrough() {
    String refused = "{ \"id\": \"a-2\",  \"body\": \"  \" }";
    String file = "[\n  {\"id\": \"a-1\", \"body\": \"" + LAOS + "\"},\n  " + refused
        + ",\n  {\"id\": \"a-3\", \"body\": \"Lavrov visited Pyongyang.\"}\n]\n";

    List<IngestResult> results = ingestor().submitFile("batch.json", file.getBytes(UTF_8));

    assertThat(results).extracting(IngestResult::outcome)
        .containsExactly(Outcome.ACCEPTED, Outcome.REJECTED, Outcome.ACCEPTED);
    assertThat(on(producer, Topics.RAW_ARTICLES)).extracting(Produced::rawKey).containsExactly("a-1", "a-3");
    assertThat(on(producer, Topics.INGEST_DEAD_LETTERS)).singleElement().satisfies(dead -> {
      assertThat(text(dead.value())).isEqualTo(refused);
      assertThat(header(dead, DeadLetterHeaders.ERROR_CLASS)).isEqualTo("EMPTY_BODY");
      assertThat(header(dead, DeadLetterHeaders.ORIGIN_LOCATION)).isEqualTo("file:batch.json#/1");
    });
  }

  @Test
  void aRepeatInsideOneArrayIsADuplicateOfTheEarlierElement() {
    String file = "[{\"id\": \"a-1\", \"body\": \"" + LAOS + "\"}, {\"id\": \"a-2\", \"body\": \"" + LAOS + "\"}]";

    List<IngestResult> results = ingestor().submitFile("batch.json", file.getBytes(UTF_8));

    assertThat(results).extracting(IngestResult::outcome, IngestResult::articleId)
        .containsExactly(tuple(Outcome.ACCEPTED, "a-1"), tuple(Outcome.DUPLICATE, "a-1"));
    assertThat(producer.history()).hasSize(1);
  }

  @Test
  void anArticleKafkaRefusesFailsTheSubmissionAndIsNotRememberedAsSeen() {
    ingestor(Produced.producer(false), MAX_FILE_BYTES);
    CompletableFuture<List<IngestResult>> first =
        CompletableFuture.supplyAsync(() -> ingestor.submitFile("laos.txt", LAOS.getBytes(UTF_8)));
    Produced.await("the article to be sent", () -> producer.history().size() == 1);

    producer.errorNext(new NotEnoughReplicasException("2 in-sync replicas, 3 required"));

    assertThatThrownBy(first::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(KafkaException.class)
        .hasMessage("Kafka refused a record for news.articles.raw.v1: 2 in-sync replicas, 3 required")
        .hasCauseInstanceOf(NotEnoughReplicasException.class);

    CompletableFuture<List<IngestResult>> again =
        CompletableFuture.supplyAsync(() -> ingestor.submitFile("laos.txt", LAOS.getBytes(UTF_8)));
    Produced.await("the article to be sent again", () -> producer.history().size() == 2);
    producer.completeNext();

    assertThat(again.join()).extracting(IngestResult::outcome).containsExactly(Outcome.ACCEPTED);
  }

  @Test
  void aDeadLetterKafkaRefusesFailsTheSubmission() {
    ingestor(Produced.producer(false), MAX_FILE_BYTES);
    CompletableFuture<List<IngestResult>> refused =
        CompletableFuture.supplyAsync(() -> ingestor.submitFile("empty.txt", new byte[0]));
    Produced.await("the dead letter to be sent", () -> producer.history().size() == 1);

    producer.errorNext(new NotEnoughReplicasException("2 in-sync replicas, 3 required"));

    assertThatThrownBy(refused::join).cause()
        .isInstanceOf(KafkaException.class)
        .hasMessageStartingWith("Kafka refused a record for dyadwatch.ingest.dlq.v1");
  }

  @Test
  void countersSayWhatCameInAndWhatBecameOfIt() {
    ingestor().submitJson("{\"body\": \"" + LAOS + "\"}", "http");
    ingestor.submitJson("{\"body\": \"" + LAOS + "\"}", "http");
    assertThatThrownBy(() -> ingestor.submitJson("{\"body\": \"\"}", "http")).isInstanceOf(InvalidArticleException.class);
    ingestor.submitFile("two.json", "[{\"body\": \"Kim met Xi.\"}, {\"body\": \"Lavrov visited Pyongyang.\"}]"
        .getBytes(UTF_8));
    ingestor.submitFile("notes.docx", new byte[] {1, 2, 3});

    assertThat(count("dyadwatch.articles.in", "channel", "http")).isEqualTo(3.0);
    assertThat(count("dyadwatch.articles.in", "channel", "file")).isEqualTo(3.0);
    assertThat(count("dyadwatch.articles.accepted", "channel", "http")).isEqualTo(1.0);
    assertThat(count("dyadwatch.articles.accepted", "channel", "file")).isEqualTo(2.0);
    assertThat(count("dyadwatch.articles.duplicate", "channel", "http")).isEqualTo(1.0);
    assertThat(count("dyadwatch.articles.rejected", "reason", "EMPTY_BODY")).isEqualTo(1.0);
    assertThat(count("dyadwatch.articles.rejected", "reason", "UNSUPPORTED_FILE")).isEqualTo(1.0);
  }

  private double count(String name, String tag, String value) {
    return registry.get(name).tag(tag, value).counter().count();
  }
}
