package io.dyadwatch.enrich.extract;

import io.dyadwatch.schemas.avro.EventStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds date expressions in a sentence ("on Thursday", "last night", "on Sept. 12", "May 21", "next
 * week", "in June") and resolves them against the article's date: a weekday lies before the article
 * for a contact that occurred and after it for a planned one. Stateless.
 */
final class DateResolver {
  enum Kind { WEEKDAY, DAY_OFFSET, MONTH_DAY, MONTH, WEEK, MONTH_PERIOD, YEAR_PERIOD, VAGUE }

  /** A date expression over tokens [start, end). offset: -1 last, 0 this, 1 next (or days for DAY_OFFSET). */
  record Expr(int start, int end, Kind kind, int year, int month, int day, int weekday, int offset,
      boolean reported) {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
      Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));
  private static final Map<String, Integer> WEEKDAYS = Map.of("monday", 1, "tuesday", 2, "wednesday", 3,
      "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "reported", "reports", "report",
      "announced", "announces", "told", "tells", "stated", "added", "quoted", "statement", "wrote", "confirmed",
      "tweeted", "posted", "according");
  private static final Set<String> RELATIVE_WORDS = Set.of("today", "tonight", "yesterday", "tomorrow", "last",
      "this", "next", "previous", "day", "coming", "end");
  private static final Set<String> PART_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

  List<Expr> find(SentenceView v) {
    List<Expr> out = new ArrayList<>(2);
    int i = v.from;
    while (i < v.to) {
      Expr e = at(v, i);
      if (e != null) {
        out.add(e);
        i = e.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private Expr at(SentenceView v, int i) {
    Token t = v.tok(i);
    String n = t.norm;
    if (t.kind == Token.Kind.NUMBER && n.length() == 4 && v.tok(i).text.chars().allMatch(Character::isDigit)
        && v.inside(i + 4) && v.tok(i + 1).isPunct('-') && v.tok(i + 3).isPunct('-')) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(n), Integer.parseInt(v.norm(i + 2)),
            Integer.parseInt(v.norm(i + 4)));
        return expr(v, i, i + 5, Kind.MONTH_DAY, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), 0, 0);
      } catch (RuntimeException e) {
        return null;
      }
    }
    if (!t.isWord() && t.kind != Token.Kind.NUMBER || t.lowercase() && !RELATIVE_WORDS.contains(n)) {
      return null;
    }
    Integer weekday = WEEKDAYS.get(n);
    if (weekday != null && t.capitalized()) {
      int start = i;
      int offset = 0;
      String before = v.norm(i - 1);
      if (before.equals("last") || before.equals("next") || before.equals("this")) {
        offset = before.equals("last") ? -1 : before.equals("next") ? 1 : 0;
        start = i - 1;
      } else if (before.equals("late") || before.equals("early")) {
        start = i - 1;
      }
      if (v.is(start - 1, "on")) {
        start--;
      }
      int end = i + 1;
      if (v.inside(end) && v.tok(end).isPunct(',') && monthAt(v, end + 1) > 0) {
        return null;
      }
      if (PART_OF_DAY.contains(v.norm(end))) {
        end++;
      }
      return expr(v, start, end, Kind.WEEKDAY, 0, 0, 0, weekday, offset);
    }
    int month = monthAt(v, i);
    if (month > 0) {
      int end = i + 1;
      if (v.inside(end) && v.tok(end).isPunct('.') && abbreviated(n) && v.tok(end).start == t.end) {
        end++;
      }
      int day = dayAt(v, end);
      if (day > 0) {
        end++;
        int year = 0;
        if (v.inside(end + 1) && v.tok(end).isPunct(',') && yearAt(v, end + 1) > 0) {
          year = yearAt(v, end + 1);
          end += 2;
        } else if (yearAt(v, end) > 0) {
          year = yearAt(v, end);
          end++;
        }
        int start = v.is(i - 1, "on") ? i - 1 : i;
        return expr(v, start, end, Kind.MONTH_DAY, year, month, day, 0, 0);
      }
      int dayBefore = dayAt(v, i - 1);
      if (dayBefore > 0) {
        int year = yearAt(v, end);
        int stop = year > 0 ? end + 1 : end;
        int first = i - 1;
        if (v.inside(first - 2) && v.tok(first - 1).isPunct('-') && dayAt(v, first - 2) > 0) {
          first -= 2; // "on 10-11 May": from the first day
          dayBefore = dayAt(v, first);
        }
        int start = v.is(first - 1, "on") ? first - 1 : first;
        return expr(v, start, stop, Kind.MONTH_DAY, year, month, dayBefore, 0, 0);
      }
      int year = yearAt(v, end);
      String before = v.norm(i - 1);
      if (v.inside(i - 1) && v.tok(i - 1).isPunct('-') && (v.is(i - 2, "mid") || v.is(i - 2, "early")
          || v.is(i - 2, "late"))) {
        before = v.norm(i - 2); // "in mid-January", "late-March"
      } else if (before.equals("of") && v.is(i - 3, "the")) {
        String part = v.norm(i - 2); // "in the middle of January", "by the end of March"
        before = part.equals("middle") ? "mid" : part.equals("end") ? "late"
            : part.equals("beginning") || part.equals("start") ? "early" : before;
      }
      boolean anchored = year > 0 || before.equals("in") || before.equals("since") || before.equals("last")
          || before.equals("next") || before.equals("this") || before.equals("early") || before.equals("late")
          || before.equals("mid") || before.equals("until") || before.equals("by");
      if (!anchored) {
        return null;
      }
      int offset = before.equals("last") ? -1 : before.equals("next") ? 1 : 0;
      int start = before.equals("last") || before.equals("next") || before.equals("this") || before.equals("in")
          ? i - 1 : i;
      int firstDay = before.equals("mid") ? 15 : before.equals("late") ? 25 : 0;
      return expr(v, start, year > 0 ? end + 1 : end, Kind.MONTH, year, month, firstDay, 0, offset);
    }
    switch (n) {
      case "today", "tonight" -> {
        return expr(v, i, i + 1, Kind.DAY_OFFSET, 0, 0, 0, 0, 0);
      }
      case "yesterday" -> {
        return expr(v, i, i + 1, Kind.DAY_OFFSET, 0, 0, 0, 0, -1);
      }
      case "tomorrow" -> {
        return expr(v, i, i + 1, Kind.DAY_OFFSET, 0, 0, 0, 0, 1);
      }
      case "last", "this", "next" -> {
        int offset = n.equals("last") ? -1 : n.equals("next") ? 1 : 0;
        int start = v.is(i - 1, "later") || v.is(i - 1, "earlier") ? i - 1 : i;
        String unit = v.norm(i + 1);
        switch (unit) {
          case "night" -> {
            return n.equals("last") ? expr(v, start, i + 2, Kind.DAY_OFFSET, 0, 0, 0, 0, -1)
                : expr(v, start, i + 2, Kind.DAY_OFFSET, 0, 0, 0, 0, 0);
          }
          case "morning", "afternoon", "evening" -> {
            return n.equals("this") ? expr(v, start, i + 2, Kind.DAY_OFFSET, 0, 0, 0, 0, 0) : null;
          }
          case "week", "weekend" -> {
            return expr(v, start, i + 2, Kind.WEEK, 0, 0, 0, 0, offset);
          }
          case "month" -> {
            return expr(v, start, i + 2, Kind.MONTH_PERIOD, 0, 0, 0, 0, offset);
          }
          case "year" -> {
            return expr(v, start, i + 2, Kind.YEAR_PERIOD, 0, 0, 0, 0, offset);
          }
          default -> {
            return null;
          }
        }
      }
      case "previous", "day" -> {
        if (n.equals("previous") && v.is(i + 1, "day") && v.is(i - 1, "the")) {
          return expr(v, i - 1, i + 2, Kind.VAGUE, 0, 0, 0, 0, 0);
        }
        if (n.equals("day") && (v.is(i + 1, "before") || v.is(i + 1, "earlier")) && (v.is(i - 1, "a")
            || v.is(i - 1, "the"))) {
          return expr(v, i - 1, i + 2, Kind.VAGUE, 0, 0, 0, 0, 0);
        }
        return null;
      }
      case "end" -> {
        // "before the end of the year", "by the end of this month"
        boolean period = v.is(i - 1, "the") && v.is(i + 1, "of") && (v.is(i + 2, "the") || v.is(i + 2, "this"));
        if (!period || !(v.is(i + 3, "year") || v.is(i + 3, "month"))) {
          return null;
        }
        int start = v.is(i - 2, "by") || v.is(i - 2, "before") || v.is(i - 2, "until") ? i - 2 : i - 1;
        return expr(v, start, i + 4, v.is(i + 3, "year") ? Kind.YEAR_PERIOD : Kind.MONTH_PERIOD, 0, 0, 0, 0, 0);
      }
      case "coming" -> {
        if (v.norm(i + 1).equals("weeks") || v.norm(i + 1).equals("days") || v.norm(i + 1).equals("months")) {
          int start = v.is(i - 1, "the") ? i - 1 : i;
          start = v.is(start - 1, "in") ? start - 1 : start;
          return expr(v, start, i + 2, Kind.VAGUE, 0, 0, 0, 0, 1);
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private Expr expr(SentenceView v, int start, int end, Kind kind, int year, int month, int day, int weekday,
      int offset) {
    boolean reported = false;
    for (int k = Math.max(v.from, start - 4); k < start; k++) {
      if (REPORTING.contains(v.norm(k))) {
        reported = true;
      }
    }
    return new Expr(start, end, kind, year, month, day, weekday, offset, reported);
  }

  /** Whether token i names a month ("March", "Sept."). */
  static boolean isMonth(SentenceView v, int i) {
    return monthAt(v, i) > 0;
  }

  private static int monthAt(SentenceView v, int i) {
    if (!v.inside(i) || !v.tok(i).capitalized()) {
      return 0;
    }
    Integer m = MONTHS.get(v.norm(i));
    if (m == null) {
      return 0;
    }
    if (abbreviated(v.norm(i)) && !(v.inside(i + 1) && v.tok(i + 1).isPunct('.')) && dayAt(v, i + 1) == 0) {
      return 0;
    }
    return m;
  }

  private static boolean abbreviated(String month) {
    return month.length() <= 4 && !month.equals("may") && !month.equals("june") && !month.equals("july");
  }

  private static int dayAt(SentenceView v, int i) {
    if (!v.inside(i) || v.tok(i).kind != Token.Kind.NUMBER) {
      return 0;
    }
    String n = v.norm(i);
    int end = 0;
    while (end < n.length() && Character.isDigit(n.charAt(end))) {
      end++;
    }
    if (end == 0 || end > 2) {
      return 0;
    }
    String rest = n.substring(end);
    if (!rest.isEmpty() && !Set.of("st", "nd", "rd", "th").contains(rest)) {
      return 0;
    }
    int d = Integer.parseInt(n.substring(0, end));
    return d >= 1 && d <= 31 ? d : 0;
  }

  private static int yearAt(SentenceView v, int i) {
    if (!v.inside(i) || v.tok(i).kind != Token.Kind.NUMBER || v.norm(i).length() != 4) {
      return 0;
    }
    try {
      int y = Integer.parseInt(v.norm(i));
      return y >= 1900 && y <= 2100 ? y : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The date an expression means for a contact of the given status, or null when the article's date
   * is not precise enough (a weekday needs a day, "last month" a month) or the words are vague.
   */
  LocalDate resolve(Expr e, EventStatus status, PubDate pub) {
    boolean planned = status == EventStatus.PLANNED;
    try {
      switch (e.kind()) {
        case MONTH_DAY -> {
          if (e.year() > 0) {
            return LocalDate.of(e.year(), e.month(), e.day());
          }
          if (!pub.hasYear()) {
            return null;
          }
          LocalDate d = LocalDate.of(pub.year(), e.month(), e.day());
          LocalDate ref = LocalDate.of(pub.year(), pub.hasMonth() ? pub.month() : 6, pub.hasDay() ? pub.day() : 15);
          if (!planned && d.isAfter(ref.plusDays(pub.hasDay() ? 7 : 31))) {
            d = d.minusYears(1);
          } else if (planned && d.isBefore(ref.minusDays(pub.hasDay() ? 7 : 31))) {
            d = d.plusYears(1);
          }
          return d;
        }
        case MONTH -> {
          int firstDay = Math.max(1, e.day()); // "mid-January" is the 15th, "late January" the 25th
          if (e.year() > 0) {
            return LocalDate.of(e.year(), e.month(), firstDay);
          }
          if (!pub.hasMonth()) {
            return null;
          }
          int year = pub.year();
          boolean later = e.offset() > 0 || (e.offset() == 0 && planned);
          if (later) {
            year += e.month() > pub.month() || (e.offset() == 0 && e.month() == pub.month()) ? 0 : 1;
          } else {
            year -= e.month() < pub.month() || (e.offset() == 0 && e.month() == pub.month()) ? 0 : 1;
          }
          return LocalDate.of(year, e.month(), firstDay);
        }
        case WEEKDAY -> {
          if (!pub.hasDay()) {
            return null;
          }
          DayOfWeek dow = DayOfWeek.of(e.weekday());
          LocalDate p = pub.date();
          if (e.offset() < 0) {
            return p.with(TemporalAdjusters.previous(dow));
          }
          if (e.offset() > 0) {
            return p.with(TemporalAdjusters.next(dow));
          }
          return planned ? p.with(TemporalAdjusters.nextOrSame(dow)) : p.with(TemporalAdjusters.previousOrSame(dow));
        }
        case DAY_OFFSET -> {
          return pub.hasDay() ? pub.date().plusDays(e.offset()) : null;
        }
        case WEEK -> {
          if (!pub.hasDay()) {
            return null;
          }
          LocalDate monday = pub.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(e.offset());
          if (e.offset() == 0 && planned && monday.isBefore(pub.date())) {
            return pub.date();
          }
          return monday;
        }
        case MONTH_PERIOD -> {
          if (!pub.hasMonth()) {
            return null;
          }
          LocalDate first = LocalDate.of(pub.year(), pub.month(), 1).plusMonths(e.offset());
          if (e.offset() == 0 && planned && pub.hasDay()) {
            return pub.date();
          }
          return first;
        }
        case YEAR_PERIOD -> {
          return pub.hasYear() && e.offset() != 0 ? LocalDate.of(pub.year() + e.offset(), 1, 1) : null;
        }
        default -> {
          return null;
        }
      }
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /** Whether an expression names the article's own day ("on Tuesday" in a Tuesday's story, "today"). */
  static boolean sameDay(Expr e, PubDate pub) {
    if (!pub.hasDay() || e.offset() != 0) {
      return false;
    }
    return switch (e.kind()) {
      case WEEKDAY -> pub.date().getDayOfWeek().getValue() == e.weekday();
      case DAY_OFFSET -> true;
      case MONTH_DAY -> e.month() == pub.month() && e.day() == pub.day() && (e.year() == 0 || e.year() == pub.year());
      default -> false;
    };
  }

  /** A bare weekday other than the article's own: "on Wednesday" in a Monday's story. */
  static boolean otherWeekday(Expr e, PubDate pub) {
    return e.kind() == Kind.WEEKDAY && e.offset() == 0 && pub.hasDay() && !sameDay(e, pub);
  }

  /** The weekday after the article's own: "on Wednesday" in a Tuesday's story. */
  static boolean nextDay(Expr e, PubDate pub) {
    return e.kind() == Kind.WEEKDAY && e.offset() == 0 && pub.hasDay()
        && pub.date().getDayOfWeek().getValue() % 7 + 1 == e.weekday();
  }

  /** The weekday before the article's own: "on Monday" in a Tuesday's story. */
  static boolean dayBefore(Expr e, PubDate pub) {
    return e.kind() == Kind.WEEKDAY && e.offset() == 0 && pub.hasDay()
        && e.weekday() % 7 + 1 == pub.date().getDayOfWeek().getValue();
  }

  /** Whether an expression points after the article's date ("next week", "tomorrow"). */
  static boolean future(Expr e) {
    return switch (e.kind()) {
      case DAY_OFFSET, WEEK, MONTH_PERIOD, YEAR_PERIOD, VAGUE, MONTH -> e.offset() > 0;
      default -> false;
    };
  }
}
