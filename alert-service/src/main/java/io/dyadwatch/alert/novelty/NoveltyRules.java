package io.dyadwatch.alert.novelty;

import java.time.Duration;
import java.util.Objects;

/**
 * The knobs of the novelty rules, in whole days (event time has a day's resolution).
 *
 * @param quietPeriod a contact after a gap longer than this is {@code RENEWED}
 * @param sameContactWindow reports of the same type, or with a participant in common, within this many
 *     days of each other are one contact
 * @param plannedWindow the same, when one of the two is a PLANNED report: announcements come days or
 *     weeks before the visit and often without its date
 * @param backfillHorizon alerts for events older than this, at the time they are seen, are backfill;
 *     null: nothing is backfill
 */
public record NoveltyRules(Duration quietPeriod, Duration sameContactWindow, Duration plannedWindow,
    Duration backfillHorizon) {

  public NoveltyRules {
    Objects.requireNonNull(quietPeriod, "quietPeriod");
    Objects.requireNonNull(sameContactWindow, "sameContactWindow");
    Objects.requireNonNull(plannedWindow, "plannedWindow");
  }

  public static NoveltyRules defaults() {
    return new NoveltyRules(Duration.ofDays(365), Duration.ofDays(2), Duration.ofDays(30), Duration.ofDays(30));
  }

  public NoveltyRules withBackfillHorizon(Duration horizon) {
    return new NoveltyRules(quietPeriod, sameContactWindow, plannedWindow, horizon);
  }

  public NoveltyRules withQuietPeriod(Duration quiet) {
    return new NoveltyRules(quiet, sameContactWindow, plannedWindow, backfillHorizon);
  }
}
