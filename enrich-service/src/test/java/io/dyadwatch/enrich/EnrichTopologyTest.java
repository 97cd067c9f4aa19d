package io.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.common.DeadLetters;
import io.dyadwatch.common.Settings;
import io.dyadwatch.schemas.DeadLetterHeaders;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.CleanArticle;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.RawArticle;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production enrich topology on a TopologyTestDriver. */
class EnrichTopologyTest {
  private static final Instant T0 = Instant.parse("2023-10-17T06:00:00Z");
  private static final String STORY = """
      SEOUL: Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for talks with \
      North Korean leader Kim Jong Un, state media said.

      The two sides discussed cooperation in trade and energy, according to the report.
      """;

  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> raw;
  private TestOutputTopic<String, CleanArticle> clean;
  private TestOutputTopic<String, DiplomaticEvent> events;
  private TestOutputTopic<byte[], byte[]> deadLetters;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void start() {
    EnrichConfig config = EnrichConfig.from(Settings.load(EnrichConfig.defaults(),
        Map.of("DYADWATCH_STATE_DIR", System.getProperty("java.io.tmpdir") + "/enrich-ttd")));
    driver = new TopologyTestDriver(EnrichTopology.build(config, registry, Clock.fixed(T0, ZoneOffset.UTC)),
        config.streams());
    raw = driver.createInputTopic(Topics.RAW_ARTICLES.name(), Serdes.ByteArray().serializer(),
        Serdes.ByteArray().serializer());
    clean = driver.createOutputTopic(Topics.CLEAN_ARTICLES.name(), Topics.CLEAN_ARTICLES.keySerde().deserializer(),
        Topics.CLEAN_ARTICLES.valueSerde().deserializer());
    events = driver.createOutputTopic(Topics.EVENTS.name(), Topics.EVENTS.keySerde().deserializer(),
        Topics.EVENTS.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.ENRICH_DEAD_LETTERS.name(), Serdes.ByteArray().deserializer(),
        Serdes.ByteArray().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static RawArticle article(String id, String body) {
    return RawArticle.newBuilder().setArticleId(id).setSource("example.org").setUrl("https://example.org/" + id)
        .setPublishedAt("2023-10-18").setBody(body).setOrigin("http").setIngestedAt(T0).build();
  }

  private void send(String key, byte[] value) {
    raw.pipeInput(new TestRecord<>(key.getBytes(StandardCharsets.UTF_8), value, T0));
  }

  private void send(RawArticle article) {
    send(article.getArticleId(), Topics.RAW_ARTICLES.valueSerde().serializer().serialize("t", article));
  }

  @Test
  void writesTheCleanArticleAndItsEventsKeyedByDyad() {
    send(article("a1", STORY));

    List<TestRecord<String, CleanArticle>> cleaned = clean.readRecordsToList();
    assertThat(cleaned).hasSize(1);
    assertThat(cleaned.get(0).key()).isEqualTo("a1");
    assertThat(cleaned.get(0).value().getText()).contains("Russian Foreign Minister Sergei Lavrov arrived in Pyongyang");

    List<TestRecord<String, DiplomaticEvent>> out = events.readRecordsToList();
    assertThat(out).extracting(TestRecord::key).contains("PRK-RUS");
    DiplomaticEvent event = out.stream().filter(r -> r.key().equals("PRK-RUS")).findFirst().orElseThrow().value();
    assertThat(event.getCountries()).containsExactly("PRK", "RUS");
    assertThat(event.getStatus()).isEqualTo(EventStatus.OCCURRED);
    assertThat(event.getArticleId()).isEqualTo("a1");
    String text = cleaned.get(0).value().getText();
    assertThat(text.substring(event.getEvidence().getStart(), event.getEvidence().getEnd()))
        .isEqualTo(event.getEvidence().getText());
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(registry.get("dyadwatch.articles.in").counter().count()).isEqualTo(1.0);
  }

  @Test
  void sendsAnUndecodableRecordToTheDeadLetterTopicAsReadAndGoesOn() {
    byte[] garbage = "{\"body\": \"not Avro\"}".getBytes(StandardCharsets.UTF_8);
    send("bad", garbage);
    send(article("a2", STORY));

    List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
    assertThat(dead).hasSize(1);
    TestRecord<byte[], byte[]> letter = dead.get(0);
    assertThat(letter.value()).isEqualTo(garbage);
    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("bad");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("decode");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.SERVICE)).isEqualTo("enrich-service");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ERROR_CLASS))
        .isEqualTo("org.apache.kafka.common.errors.SerializationException");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ERROR_MESSAGE)).contains("RawArticle");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ORIGIN_TOPIC)).isEqualTo("news.articles.raw.v1");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ORIGIN_OFFSET)).isEqualTo("0");
    assertThat(clean.readRecordsToList()).extracting(TestRecord::key).containsExactly("a2");
    assertThat(registry.get("dyadwatch.articles.rejected").tag("stage", "decode").counter().count()).isEqualTo(1.0);
  }

  @Test
  void passesANonEnglishArticleOnWithItsLanguageAndDeadLettersItsExtraction() {
    send(article("fr1", """
        Le ministre russe des Affaires étrangères, Sergueï Lavrov, est arrivé mercredi à Pyongyang pour des \
        entretiens avec le dirigeant nord-coréen Kim Jong Un, a rapporté l'agence officielle.

        Les deux parties ont discuté de la coopération dans les domaines du commerce et de l'énergie, \
        selon le communiqué publié jeudi par le ministère.
        """));

    CleanArticle article = clean.readValue();
    assertThat(article.getLanguage()).isEqualTo("fr");
    assertThat(events.isEmpty()).isTrue();
    TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("extract");
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.ERROR_MESSAGE)).contains("fr");
  }

  @Test
  void deadLettersAnArticleWithNoStoryLeftAfterCleaning() {
    send(article("debris", """
        Comments

        Comments are closed.
        """));

    assertThat(clean.readValue().getText()).isBlank();
    TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(DeadLetters.header(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("clean");
    assertThat(events.isEmpty()).isTrue();
  }
}
