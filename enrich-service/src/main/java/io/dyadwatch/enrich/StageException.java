package io.dyadwatch.enrich;

/** A failure in one stage of enrichment; the stage name goes into the dead-letter headers. */
public final class StageException extends RuntimeException {
  private final String stage;

  public StageException(String stage, RuntimeException cause) {
    super(stage + " failed: " + cause.getMessage(), cause);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }

  /** The exception that made the stage fail. */
  public RuntimeException failure() {
    return (RuntimeException) getCause();
  }
}
