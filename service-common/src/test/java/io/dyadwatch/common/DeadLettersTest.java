package io.dyadwatch.common;

import static io.dyadwatch.common.DeadLetters.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.schemas.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLettersTest {
  private static final Instant NOW = Instant.parse("2024-11-19T10:15:30Z");

  private static long count(Headers headers, String key) {
    return StreamSupport.stream(headers.headers(key).spliterator(), false).count();
  }

  @Test
  void inputFromAFileSaysWhereItCameFromAndWhy() {
    Headers headers = DeadLetters.fromLocation("file:empty.txt", "ingest-service", "ingest", "EMPTY_BODY",
        "body is empty", NOW);

    assertThat(header(headers, DeadLetterHeaders.ORIGIN_LOCATION)).isEqualTo("file:empty.txt");
    assertThat(header(headers, DeadLetterHeaders.SERVICE)).isEqualTo("ingest-service");
    assertThat(header(headers, DeadLetterHeaders.STAGE)).isEqualTo("ingest");
    assertThat(header(headers, DeadLetterHeaders.ERROR_CLASS)).isEqualTo("EMPTY_BODY");
    assertThat(header(headers, DeadLetterHeaders.ERROR_MESSAGE)).isEqualTo("body is empty");
    assertThat(header(headers, DeadLetterHeaders.FAILED_AT)).isEqualTo("1732011330000");
    assertThat(header(headers, DeadLetterHeaders.ORIGIN_TOPIC)).isNull();
    assertThat(headers.toArray()).hasSize(6);
  }

  @Test
  void aRecordFromATopicKeepsItsHeadersAndGainsItsPosition() {
    Headers original = new RecordHeaders().add("traceparent", "00-4bf92f35-01".getBytes(StandardCharsets.UTF_8));

    Headers headers = DeadLetters.fromRecord(original, "enrich-service", "extract",
        "java.lang.IllegalStateException", "no country found", "news.articles.raw.v1", 2, 1234L, NOW);

    assertThat(header(headers, "traceparent")).isEqualTo("00-4bf92f35-01");
    assertThat(header(headers, DeadLetterHeaders.ORIGIN_TOPIC)).isEqualTo("news.articles.raw.v1");
    assertThat(header(headers, DeadLetterHeaders.ORIGIN_PARTITION)).isEqualTo("2");
    assertThat(header(headers, DeadLetterHeaders.ORIGIN_OFFSET)).isEqualTo("1234");
    assertThat(header(headers, DeadLetterHeaders.ERROR_CLASS)).isEqualTo("java.lang.IllegalStateException");
    assertThat(header(headers, DeadLetterHeaders.STAGE)).isEqualTo("extract");
    assertThat(original.toArray()).as("the input record's own headers are not changed").hasSize(1);
  }

  @Test
  void aRecordDeadLetteredASecondTimeCarriesOnlyTheNewReasons() {
    Headers first = DeadLetters.fromRecord(null, "enrich-service", "decode", "SerializationException", "unknown schema",
        "news.articles.raw.v1", 0, 7L, NOW);

    Headers second = DeadLetters.fromRecord(first, "alert-service", "novelty", "IllegalStateException", "no dyad",
        "diplomacy.events.v1", 1, 9L, NOW.plusSeconds(60));

    assertThat(count(second, DeadLetterHeaders.SERVICE)).isEqualTo(1);
    assertThat(count(second, DeadLetterHeaders.ORIGIN_OFFSET)).isEqualTo(1);
    assertThat(header(second, DeadLetterHeaders.SERVICE)).isEqualTo("alert-service");
    assertThat(header(second, DeadLetterHeaders.ERROR_MESSAGE)).isEqualTo("no dyad");
    assertThat(header(second, DeadLetterHeaders.ORIGIN_TOPIC)).isEqualTo("diplomacy.events.v1");
    assertThat(header(second, DeadLetterHeaders.FAILED_AT)).isEqualTo("1732011390000");
  }

  @Test
  void aLongMessageIsCutAt2000CharactersAndAMissingOneIsEmpty() {
    Headers longMessage = DeadLetters.fromLocation("http", "ingest-service", "ingest", "X", "k".repeat(5000), NOW);
    Headers noMessage = DeadLetters.fromLocation("http", "ingest-service", "ingest", "X", null, NOW);

    assertThat(header(longMessage, DeadLetterHeaders.ERROR_MESSAGE)).isEqualTo("k".repeat(2000));
    assertThat(header(noMessage, DeadLetterHeaders.ERROR_MESSAGE)).isEmpty();
  }
}
