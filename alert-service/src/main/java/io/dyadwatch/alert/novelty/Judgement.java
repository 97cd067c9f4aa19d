package io.dyadwatch.alert.novelty;

import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DyadHistory;
import java.util.Objects;
import java.util.Optional;

/**
 * What one event does to a dyad: its history afterwards and, when there is news, the alert to publish
 * (a first revision, or a later revision of an alert published before).
 *
 * @param history the dyad's history to store (unchanged for a duplicate)
 * @param alert the alert revision to publish, or null
 */
public record Judgement(Outcome outcome, DyadHistory history, ContactAlert alert) {

  /** What happened to the event. */
  public enum Outcome {
    /** A new contact that is news: a first alert revision. */
    NEW_ALERT,
    /** Another report of a contact already alerted, changing the alert: a later revision. */
    UPDATED_ALERT,
    /** Recorded in the history; nothing to tell anyone. */
    RECORDED,
    /** An event already seen (same event id); nothing changes. */
    DUPLICATE
  }

  public Judgement {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(history, "history");
    if ((alert != null) != (outcome == Outcome.NEW_ALERT || outcome == Outcome.UPDATED_ALERT)) {
      throw new IllegalArgumentException("an alert goes with NEW_ALERT or UPDATED_ALERT only, not " + outcome);
    }
  }

  public Optional<ContactAlert> published() {
    return Optional.ofNullable(alert);
  }
}
