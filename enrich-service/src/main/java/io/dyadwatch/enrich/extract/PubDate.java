package io.dyadwatch.enrich.extract;

import java.time.LocalDate;

/**
 * An article's publication date as precise as it was given: year, year and month, or a day.
 *
 * @param month 1..12, or 0 when unknown
 * @param day 1..31, or 0 when unknown
 */
record PubDate(int year, int month, int day) {
  static final PubDate UNKNOWN = new PubDate(0, 0, 0);

  /** Reads "2016", "2016-03", "2016-03-08" or a date-time; anything else is unknown. */
  static PubDate parse(String iso) {
    if (iso == null) {
      return UNKNOWN;
    }
    String s = iso.strip();
    try {
      if (s.length() >= 4 && Character.isDigit(s.charAt(0))) {
        int year = Integer.parseInt(s.substring(0, 4));
        if (s.length() >= 7 && s.charAt(4) == '-') {
          int month = Integer.parseInt(s.substring(5, 7));
          if (s.length() >= 10 && s.charAt(7) == '-') {
            int day = Integer.parseInt(s.substring(8, 10));
            LocalDate.of(year, month, day);
            return new PubDate(year, month, day);
          }
          return month >= 1 && month <= 12 ? new PubDate(year, month, 0) : new PubDate(year, 0, 0);
        }
        return new PubDate(year, 0, 0);
      }
    } catch (RuntimeException e) {
      return UNKNOWN;
    }
    return UNKNOWN;
  }

  boolean hasDay() {
    return day > 0;
  }

  boolean hasMonth() {
    return month > 0;
  }

  boolean hasYear() {
    return year > 0;
  }

  LocalDate date() {
    return LocalDate.of(year, month, day);
  }
}
