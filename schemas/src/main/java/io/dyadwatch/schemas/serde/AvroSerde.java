package io.dyadwatch.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for our generated Avro records in Avro single-object encoding: each value starts with
 * the writer schema's fingerprint. The reader knows the current schema and every past version
 * shipped in {@link SchemaHistory}; a value written with any other schema, or not in single-object
 * encoding at all, fails with a {@link SerializationException} that says which, never with an
 * unchecked Avro exception.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

  static {
    TrustedPackages.install();
  }

  private final Class<T> type;
  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;

  private AvroSerde(Class<T> type, Schema current, List<Schema> past) {
    this.type = type;
    SpecificData model = SpecificData.getForClass(type);
    this.encoder = new BinaryMessageEncoder<>(model, current);
    this.decoder = new BinaryMessageDecoder<>(model, current);
    past.forEach(decoder::addSchema);
  }

  /** A serde for a generated record class that reads every shipped version of its schema. */
  public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
    Schema current = SpecificData.get().getSchema(type);
    return new AvroSerde<>(type, current, SchemaHistory.pastVersions(current.getName()));
  }

  /** As {@link #of(Class)}, reading the given past schemas as well (tests of evolution). */
  static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type, List<Schema> past) {
    return new AvroSerde<>(type, SpecificData.get().getSchema(type), past);
  }

  public byte[] encode(T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try {
      encoder.encode(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Decodes one value.
   *
   * @throws SerializationException when the bytes are empty, not single-object encoded, written
   *     with an unknown schema, or corrupt; the message says which and names the record type
   */
  public T decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new SerializationException("empty value where a " + type.getSimpleName() + " was expected");
    }
    try {
      return decoder.decode(bytes);
    } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | ClassCastException e) {
      throw new SerializationException(
          "cannot decode " + type.getSimpleName() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> value == null ? null : encode(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> bytes == null ? null : decode(bytes);
  }

  public Class<T> type() {
    return type;
  }
}
