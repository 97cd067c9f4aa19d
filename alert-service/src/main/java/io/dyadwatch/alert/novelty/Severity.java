package io.dyadwatch.alert.novelty;

import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.Level;

/** Alertmanager-style severity of an alert: critical, warning or info. */
public final class Severity {
  private Severity() {}

  /**
   * critical: heads of state or government took part; warning: a first contact, a step up in level, or
   * a renewal at minister level; info: other renewals.
   */
  public static String of(AlertKind kind, Level level) {
    if (level == Level.HEAD_OF_STATE_OR_GOVERNMENT) {
      return "critical";
    }
    return switch (kind) {
      case NEW_DYAD, ESCALATION -> "warning";
      case RENEWED -> level.compareTo(Level.MINISTER) >= 0 ? "warning" : "info";
    };
  }
}
