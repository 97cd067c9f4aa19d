package io.dyadwatch.alert.novelty;

import io.dyadwatch.schemas.avro.DiplomaticEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The day a contact took place, which the novelty rules judge on: the event's {@code event_date}, else
 * the article's {@code published_at}, else the record's timestamp (all as UTC days).
 */
public final class EventTime {
  private EventTime() {}

  public static LocalDate dayOf(DiplomaticEvent event, long recordTimestampMs) {
    LocalDate day = parseDay(event.getEventDate());
    if (day == null) {
      day = parseDay(event.getPublishedAt());
    }
    return day != null ? day : Instant.ofEpochMilli(recordTimestampMs).atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * A full date from an ISO 8601 date or date-time (with or without offset); null for anything less
   * precise (2019-05) or unreadable, which the caller replaces by a later fallback.
   */
  static LocalDate parseDay(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      try {
        return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(s).toLocalDate();
      }
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
