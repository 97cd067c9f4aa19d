package io.dyadwatch.enrich.clean;

/** The input cannot be cleaned at all (binary, oversized, ...); it goes to the dead-letter topic. */
public class UnusableInputException extends RuntimeException {
  private final String reason;

  public UnusableInputException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** A short code such as BINARY or TOO_LARGE. */
  public String reason() {
    return reason;
  }
}
