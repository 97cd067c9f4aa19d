package io.dyadwatch.schemas;

/**
 * Header names on every dead-letter record: where the input came from and why it was refused. The
 * value of a dead-letter record is the input exactly as it was read.
 */
public final class DeadLetterHeaders {
  /** Service that refused the input, e.g. enrich-service. */
  public static final String SERVICE = "dyadwatch.dlq.service";
  /** Processing stage that failed: ingest, decode, clean, extract, novelty, webhook, ... */
  public static final String STAGE = "dyadwatch.dlq.stage";
  /** Fully qualified class of the exception, or a reason code for refusals that are not exceptions. */
  public static final String ERROR_CLASS = "dyadwatch.dlq.error.class";
  /** Human-readable reason. */
  public static final String ERROR_MESSAGE = "dyadwatch.dlq.error.message";
  /** Topic, partition and offset of the input record (absent for ingest, which reads no topic). */
  public static final String ORIGIN_TOPIC = "dyadwatch.dlq.origin.topic";
  public static final String ORIGIN_PARTITION = "dyadwatch.dlq.origin.partition";
  public static final String ORIGIN_OFFSET = "dyadwatch.dlq.origin.offset";
  /** For ingest: the file or endpoint the input came from. */
  public static final String ORIGIN_LOCATION = "dyadwatch.dlq.origin.location";
  /** Epoch milliseconds when the record was refused. */
  public static final String FAILED_AT = "dyadwatch.dlq.failed-at";

  private DeadLetterHeaders() {}
}
