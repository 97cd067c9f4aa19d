package io.dyadwatch.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadwatch.schemas.avro.RawArticle;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
  private final AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class);

  private static RawArticle article() {
    return RawArticle.newBuilder()
        .setArticleId("a1")
        .setSource("example.org")
        .setBody("Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday.")
        .setOrigin("http")
        .setIngestedAt(java.time.Instant.ofEpochMilli(1_700_000_000_000L))
        .build();
  }

  @Test
  void roundTripsInSingleObjectEncoding() {
    byte[] bytes = serde.serializer().serialize("t", article());
    // Avro single-object encoding marker C3 01, then the 8-byte schema fingerprint.
    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(article());
  }

  @Test
  void readsAValueWrittenWithAPastSchemaVersion() throws Exception {
    Schema old = new Schema.Parser().parse("""
        {"type":"record","name":"RawArticle","namespace":"io.dyadwatch.schemas.avro","fields":[
          {"name":"article_id","type":"string"},
          {"name":"body","type":"string"},
          {"name":"origin","type":"string"},
          {"name":"ingested_at","type":{"type":"long","logicalType":"timestamp-millis"}}]}""");
    GenericRecord written = new GenericData.Record(old);
    written.put("article_id", "old-1");
    written.put("body", "text");
    written.put("origin", "file:/x.txt");
    written.put("ingested_at", 5L);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BinaryMessageEncoder<GenericRecord>(GenericData.get(), old).encode(written, out);

    AvroSerde<RawArticle> knowsOld = AvroSerde.of(RawArticle.class, List.of(old));
    RawArticle read = knowsOld.decode(out.toByteArray());

    assertThat(read.getArticleId()).isEqualTo("old-1");
    assertThat(read.getContentType()).isNull();
    assertThatThrownBy(() -> serde.decode(out.toByteArray()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("RawArticle")
        .hasMessageContaining("MissingSchemaException");
  }

  @Test
  void refusesBytesThatAreNotSingleObjectEncoded() {
    assertThatThrownBy(() -> serde.decode("{\"body\":\"json\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("BadHeaderException");
    assertThatThrownBy(() -> serde.decode(new byte[0]))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void refusesATruncatedValue() {
    byte[] bytes = serde.encode(article());
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 20);
    assertThatThrownBy(() -> serde.decode(cut)).isInstanceOf(SerializationException.class);
  }
}
