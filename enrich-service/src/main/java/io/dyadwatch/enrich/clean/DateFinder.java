package io.dyadwatch.enrich.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date, and the time that goes with it, in the way news pages print them
 * ("November 19, 2024 10:12am", "Thursday 07 September 2023 02:30 BST", "May 20, 2022 / 03:02 PM
 * IST", "28 May 2019 [14:49]", "2024-10-13 21:02:45") and writes it as ISO 8601: a date, or a local
 * date-time, with an offset when the time zone is known. Dates without a year are not dates here.
 * Thread-safe.
 */
final class DateFinder {
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final Pattern DATE = Pattern.compile("(?<![\\w-])(?:"
      + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})"
      + "|" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
      + "|(\\d{4})-(\\d{1,2})-(\\d{1,2})"
      + "|(\\d{4})/(\\d{1,2})/(\\d{1,2})"
      + ")(?![\\w])", Pattern.CASE_INSENSITIVE);
  private static final String ZONE = "((?-i:[A-Z]{1,5})(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2})";
  private static final Pattern TIME_AFTER = Pattern.compile(
      "\\s*(?:,|/|\\||-|at|@|\\[|T)?\\s*(\\d{1,2})([:.])(\\d{2})(?::(\\d{2}))?(?:\\.\\d{1,9})?\\s*"
          + "(a\\.?m\\.?|p\\.?m\\.?)?\\]?(?:\\s*\\(?" + ZONE + "\\)?)?(?![\\w])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_BEFORE = Pattern.compile(
      "(\\d{1,2})([:.])(\\d{2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*\\(?" + ZONE + "\\)?)?"
          + "\\s*[,|/-]?\\s*(?:on\\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s*)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile(
      "\\d{4}(-\\d{2}(-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");

  /** A date found in a text, as ISO 8601, and the characters [start, end) it was read from. */
  record Found(String iso, int start, int end, boolean hasTime) {}

  private final Map<String, String> zones;

  DateFinder(Map<String, String> zones) {
    this.zones = Map.copyOf(zones);
  }

  static DateFinder load() {
    Map<String, String> zones = new HashMap<>();
    for (String line : Resources.lines("clean/timezones.tsv")) {
      String[] parts = line.split("\t");
      zones.put(parts[0], parts[1]);
    }
    return new DateFinder(zones);
  }

  /** Whether the value already is ISO 8601 as the pipeline accepts it (a date, possibly partial, or date-time). */
  static boolean isIso(String value) {
    return value != null && ISO.matcher(value).matches();
  }

  /** The value as ISO 8601: kept when it already is, else read as a printed date; null when neither. */
  String toIso(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (isIso(v)) {
      return v.replace(' ', 'T');
    }
    Found f = find(v);
    return f == null ? null : f.iso();
  }

  /** The first date in {@code s} with a year, or null. */
  Found find(String s) {
    Matcher m = DATE.matcher(s);
    while (m.find()) {
      int year;
      int month;
      int day;
      if (m.group(1) != null) {
        day = Integer.parseInt(m.group(1));
        month = month(m.group(2));
        year = Integer.parseInt(m.group(3));
      } else if (m.group(4) != null) {
        month = month(m.group(4));
        day = Integer.parseInt(m.group(5));
        year = Integer.parseInt(m.group(6));
      } else if (m.group(7) != null) {
        year = Integer.parseInt(m.group(7));
        month = Integer.parseInt(m.group(8));
        day = Integer.parseInt(m.group(9));
      } else {
        year = Integer.parseInt(m.group(10));
        month = Integer.parseInt(m.group(11));
        day = Integer.parseInt(m.group(12));
      }
      LocalDate date;
      try {
        date = LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        continue;
      }
      if (year < 1900 || year > 2100) {
        continue;
      }
      String iso = date.toString();
      Matcher after = TIME_AFTER.matcher(s);
      after.region(m.end(), s.length());
      if (after.lookingAt()) {
        String time = time(after.group(1), after.group(2), after.group(3), after.group(4), after.group(5),
            after.group(6));
        if (time != null) {
          return new Found(iso + "T" + time, m.start(), after.end(), true);
        }
      }
      int lookBack = Math.max(0, m.start() - 40);
      Matcher before = TIME_BEFORE.matcher(s.substring(lookBack, m.start()));
      if (before.find()) {
        String time = time(before.group(1), before.group(2), before.group(3), before.group(4), before.group(5),
            before.group(6));
        if (time != null) {
          return new Found(iso + "T" + time, lookBack + before.start(), m.end(), true);
        }
      }
      return new Found(iso, m.start(), m.end(), false);
    }
    return null;
  }

  /** HH:mm[:ss][offset], or null when the digits are no time of day. */
  private String time(String h, String separator, String min, String sec, String meridiem, String zone) {
    int hour = Integer.parseInt(h);
    int minute = Integer.parseInt(min);
    String offset = zone == null ? null : offset(zone);
    if (separator.equals(".") && meridiem == null && offset == null) {
      return null;
    }
    if (meridiem != null) {
      boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      return null;
    }
    StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%02d:%02d", hour, minute));
    if (sec != null) {
      int second = Integer.parseInt(sec);
      if (second > 59) {
        return null;
      }
      t.append(String.format(Locale.ROOT, ":%02d", second));
    }
    if (offset != null) {
      t.append(offset);
    }
    return t.toString();
  }

  private String offset(String zone) {
    if (zone.equals("Z")) {
      return "Z";
    }
    if (zone.charAt(0) == '+' || zone.charAt(0) == '-') {
      return zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
    }
    String upper = zone.toUpperCase(Locale.ROOT);
    if (!zone.equals(upper)) {
      return null;
    }
    int sign = Math.max(upper.indexOf('+'), upper.indexOf('-'));
    if (sign > 0) {
      String base = upper.substring(0, sign);
      if (!base.equals("GMT") && !base.equals("UTC")) {
        return null;
      }
      String[] hm = upper.substring(sign + 1).split(":");
      String digits = hm[0];
      int hours;
      int minutes = 0;
      if (hm.length == 1 && digits.length() > 2) {
        hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
        minutes = Integer.parseInt(digits.substring(digits.length() - 2));
      } else {
        hours = Integer.parseInt(digits);
        if (hm.length > 1) {
          minutes = Integer.parseInt(hm[1]);
        }
      }
      if (hours > 14 || minutes > 59) {
        return null;
      }
      return String.format(Locale.ROOT, "%c%02d:%02d", upper.charAt(sign), hours, minutes);
    }
    return zones.get(upper);
  }

  private static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT);
    return switch (m.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }
}
