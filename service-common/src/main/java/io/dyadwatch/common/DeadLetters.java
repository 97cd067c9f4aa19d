package io.dyadwatch.common;

import io.dyadwatch.schemas.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Builds the headers of dead-letter records: where the input came from and why it was refused. */
public final class DeadLetters {
  private static final int MAX_MESSAGE = 2000;

  private DeadLetters() {}

  /** For a record read from a topic. */
  public static Headers fromRecord(Headers original, String service, String stage, String errorClass, String message,
      String topic, int partition, long offset, Instant now) {
    Headers headers = new RecordHeaders(original == null ? new RecordHeaders() : original);
    put(headers, DeadLetterHeaders.ORIGIN_TOPIC, topic);
    put(headers, DeadLetterHeaders.ORIGIN_PARTITION, Integer.toString(partition));
    put(headers, DeadLetterHeaders.ORIGIN_OFFSET, Long.toString(offset));
    return reason(headers, service, stage, errorClass, message, now);
  }

  /**
   * The dead-letter record of a record a processor could not handle: its key and value as read, its
   * headers plus the origin (from the processor's record metadata, when there is one) and the reason.
   */
  public static Record<Object, Object> forRecord(Record<byte[], byte[]> record, Optional<RecordMetadata> origin,
      String service, String stage, String errorClass, String message, Instant now) {
    Headers headers = fromRecord(record.headers(), service, stage, errorClass, message,
        origin.map(RecordMetadata::topic).orElse(""), origin.map(RecordMetadata::partition).orElse(-1),
        origin.map(RecordMetadata::offset).orElse(-1L), now);
    return new Record<>(record.key(), record.value(), record.timestamp(), headers);
  }

  /** For input that did not come from a topic (a file, an HTTP request). */
  public static Headers fromLocation(String location, String service, String stage, String errorClass, String message,
      Instant now) {
    Headers headers = new RecordHeaders();
    put(headers, DeadLetterHeaders.ORIGIN_LOCATION, location);
    return reason(headers, service, stage, errorClass, message, now);
  }

  private static Headers reason(Headers headers, String service, String stage, String errorClass, String message,
      Instant now) {
    put(headers, DeadLetterHeaders.SERVICE, service);
    put(headers, DeadLetterHeaders.STAGE, stage);
    put(headers, DeadLetterHeaders.ERROR_CLASS, errorClass);
    String text = message == null ? "" : message;
    int cut = MAX_MESSAGE;
    if (text.length() > cut && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    put(headers, DeadLetterHeaders.ERROR_MESSAGE, text.length() > MAX_MESSAGE ? text.substring(0, cut) : text);
    put(headers, DeadLetterHeaders.FAILED_AT, Long.toString(now.toEpochMilli()));
    return headers;
  }

  private static void put(Headers headers, String key, String value) {
    headers.remove(key);
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }

  /** A header's value as text, or null. */
  public static String header(Headers headers, String key) {
    var h = headers.lastHeader(key);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
