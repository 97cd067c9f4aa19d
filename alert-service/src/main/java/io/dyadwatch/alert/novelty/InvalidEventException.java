package io.dyadwatch.alert.novelty;

/** An event that breaks the contract of diplomacy.events.v1 (e.g. a dyad that is not its sorted countries). */
public final class InvalidEventException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidEventException(String message) {
    super(message);
  }
}
