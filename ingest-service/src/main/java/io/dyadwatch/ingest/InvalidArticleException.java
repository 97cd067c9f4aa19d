package io.dyadwatch.ingest;

/** An article that cannot be accepted; the message tells the sender what is wrong. */
public class InvalidArticleException extends RuntimeException {
  private final String reason;

  public InvalidArticleException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** A short code for metrics and dead-letter headers, e.g. EMPTY_BODY, BINARY, TOO_LARGE. */
  public String reason() {
    return reason;
  }
}
