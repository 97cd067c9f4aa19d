package io.dyadwatch.ingest;

/** What ingest did with one article. */
public record IngestResult(Outcome outcome, String articleId, String message) {
  public enum Outcome {
    /** Written to the raw topic. */
    ACCEPTED,
    /** Same URL or same normalised body as an article already accepted (articleId names that one). */
    DUPLICATE,
    /** Refused; message says why. */
    REJECTED
  }
}
