package io.dyadwatch.alert.novelty;

import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.DyadContact;
import io.dyadwatch.schemas.avro.DyadHistory;
import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.Level;
import io.dyadwatch.schemas.avro.Participant;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decides, per dyad and in event time, whether an event is news. Reports of one contact (same type, or a
 * person in common, within a few days) are grouped into one contact with one alert; a new contact is
 * <ul>
 *   <li>{@code NEW_DYAD} when nothing was ever seen for the dyad;
 *   <li>{@code ESCALATION} when its level is higher than any contact's before;
 *   <li>{@code RENEWED} when the previous contact is longer ago than the quiet period;
 *   <li>no alert otherwise, nor when it is older than everything known about the dyad (a late report).
 * </ul>
 * A later report of an alerted contact (another outlet, PLANNED becoming OCCURRED, a higher level) gives
 * a new revision of the same alert. Pure: the caller keeps the history and publishes the alert.
 */
public final class NoveltyJudge {
  static final int MAX_CONTACTS = 64;
  static final int MAX_SOURCES = 100;
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  private final NoveltyRules rules;

  public NoveltyJudge(NoveltyRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Judges one event against the dyad's history.
   *
   * @param before the dyad's history, or null when nothing was seen yet
   * @param day the event's day (see {@link EventTime})
   * @param now when the event is processed: first-seen and update times, the backfill horizon
   * @throws InvalidEventException when the event's dyad is not its two sorted country codes
   */
  public Judgement judge(DyadHistory before, DiplomaticEvent event, LocalDate day, Instant now) {
    validate(event);
    DyadHistory history = before == null ? empty(event.getDyad()) : DyadHistory.newBuilder(before).build();
    history.setContacts(new ArrayList<>(history.getContacts()));
    if (seen(history, event.getEventId())) {
      return new Judgement(Judgement.Outcome.DUPLICATE, history, null);
    }
    history.setEventCount(history.getEventCount() + 1);
    DyadContact match = sameContact(history.getContacts(), event, day);
    Judgement judgement = match == null
        ? newContact(history, event, day, now)
        : anotherReport(history, match, event, day, now);
    history.getContacts().sort(Comparator.comparing(DyadContact::getDay));
    while (history.getContacts().size() > MAX_CONTACTS) {
      history.getContacts().remove(0);
    }
    return judgement;
  }

  /** The known contact the event reports, the nearest in time if several qualify; null if none. */
  DyadContact sameContact(List<DyadContact> contacts, DiplomaticEvent event, LocalDate day) {
    DyadContact best = null;
    long bestGap = Long.MAX_VALUE;
    for (DyadContact c : contacts) {
      long gap = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(c.getDay()), day));
      boolean related = c.getEventType() == event.getEventType()
          || Participants.sharePerson(c.getParticipants(), event.getParticipants());
      boolean planned = c.getStatus() == EventStatus.PLANNED || event.getStatus() == EventStatus.PLANNED;
      long window = (planned ? rules.plannedWindow() : rules.sameContactWindow()).toDays();
      if (related && gap <= window && gap < bestGap) {
        best = c;
        bestGap = gap;
      }
    }
    return best;
  }

  private Judgement newContact(DyadHistory history, DiplomaticEvent event, LocalDate day, Instant now) {
    Level level = levelOf(event);
    AlertKind kind = kindOfNewContact(history, day, level);
    String id = contactId(event, day);
    DyadContact contact = DyadContact.newBuilder()
        .setContactId(id)
        .setDay(day.toString())
        .setEventType(event.getEventType())
        .setStatus(event.getStatus())
        .setLevel(level)
        .setParticipants(Participants.unionNames(List.of(), event.getParticipants()))
        .setSources(new ArrayList<>(List.of(sourceOf(event))))
        .setEventIds(new ArrayList<>(List.of(event.getEventId())))
        .setFirstSeenAt(now)
        .setLastSeenAt(now)
        .setAlert(null)
        .build();
    ContactAlert alert = kind == null ? null : Alerts.first(id, kind, event, contact, isBackfill(day, now), now);
    contact.setAlert(alert);
    history.getContacts().add(contact);
    history.setContactCount(history.getContactCount() + 1);
    widen(history, contact);
    return new Judgement(alert == null ? Judgement.Outcome.RECORDED : Judgement.Outcome.NEW_ALERT, history, alert);
  }

  /** The kind of alert a contact not seen before makes, judged before it joins the history; null: none. */
  AlertKind kindOfNewContact(DyadHistory history, LocalDate day, Level level) {
    if (history.getFirstEventDate() == null) {
      return AlertKind.NEW_DYAD;
    }
    if (day.isBefore(LocalDate.parse(history.getFirstEventDate()))) {
      return null;
    }
    if (level != Level.UNKNOWN && level.compareTo(history.getMaxLevel()) > 0) {
      return AlertKind.ESCALATION;
    }
    LocalDate previous = previousContactDay(history, day);
    if (previous != null && ChronoUnit.DAYS.between(previous, day) > rules.quietPeriod().toDays()) {
      return AlertKind.RENEWED;
    }
    return null;
  }

  /**
   * The day of the latest contact on or before {@code day}: the last known day for an event in order;
   * for a late event, from the contacts kept (null when they no longer reach back that far).
   */
  private static LocalDate previousContactDay(DyadHistory history, LocalDate day) {
    LocalDate last = LocalDate.parse(history.getLastEventDate());
    if (!day.isBefore(last)) {
      return last;
    }
    return history.getContacts().stream()
        .map(c -> LocalDate.parse(c.getDay()))
        .filter(d -> !d.isAfter(day))
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  private Judgement anotherReport(DyadHistory history, DyadContact contact, DiplomaticEvent event, LocalDate day,
      Instant now) {
    Level levelBefore = history.getMaxLevel();
    Level level = levelOf(event);
    contact.setEventIds(Alerts.appendBounded(contact.getEventIds(), event.getEventId(), Alerts.MAX_EVENT_IDS));
    contact.setLastSeenAt(now);
    String source = sourceOf(event);
    if (!contact.getSources().contains(source) && contact.getSources().size() < MAX_SOURCES) {
      List<String> sources = new ArrayList<>(contact.getSources());
      sources.add(source);
      contact.setSources(sources);
    }
    contact.setParticipants(Participants.unionNames(contact.getParticipants(), event.getParticipants()));
    contact.setLevel(Alerts.max(contact.getLevel(), level));
    if (contact.getStatus() == EventStatus.PLANNED && event.getStatus() == EventStatus.OCCURRED) {
      // The announced contact took place: it is dated and typed by the report of it happening.
      contact.setStatus(EventStatus.OCCURRED);
      contact.setEventType(event.getEventType());
      contact.setDay(day.toString());
    }
    widen(history, contact);

    ContactAlert before = contact.getAlert();
    if (before != null) {
      ContactAlert after = Alerts.fold(before, event, contact);
      if (!Alerts.differ(before, after)) {
        contact.setAlert(after);
        return new Judgement(Judgement.Outcome.RECORDED, history, null);
      }
      after.setRevision(before.getRevision() + 1);
      after.setUpdatedAt(now);
      contact.setAlert(after);
      return new Judgement(Judgement.Outcome.UPDATED_ALERT, history, after);
    }
    boolean earliest = contact.getDay().compareTo(history.getFirstEventDate()) <= 0;
    if (!earliest && level != Level.UNKNOWN && level.compareTo(levelBefore) > 0) {
      // A contact that was not news turns out to be at a higher level than any before it.
      LocalDate contactDay = LocalDate.parse(contact.getDay());
      ContactAlert alert = Alerts.first(contact.getContactId(), AlertKind.ESCALATION, event, contact,
          isBackfill(contactDay, now), now);
      contact.setAlert(alert);
      return new Judgement(Judgement.Outcome.NEW_ALERT, history, alert);
    }
    return new Judgement(Judgement.Outcome.RECORDED, history, null);
  }

  /**
   * Takes a contact's day and level into the history's bounds. The last day is the latest kept contact's
   * (pruning drops the oldest, and a PLANNED contact that took place may move back in time).
   */
  private static void widen(DyadHistory history, DyadContact contact) {
    String day = contact.getDay();
    if (history.getFirstEventDate() == null || day.compareTo(history.getFirstEventDate()) < 0) {
      history.setFirstEventDate(day);
    }
    history.setLastEventDate(history.getContacts().stream().map(DyadContact::getDay)
        .max(Comparator.naturalOrder()).orElseThrow());
    history.setMaxLevel(Alerts.max(history.getMaxLevel(), contact.getLevel()));
  }

  private boolean isBackfill(LocalDate day, Instant now) {
    if (rules.backfillHorizon() == null) {
      return false;
    }
    LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
    return day.isBefore(today.minusDays(rules.backfillHorizon().toDays()));
  }

  static void validate(DiplomaticEvent event) {
    List<String> countries = event.getCountries();
    if (countries.size() != 2 || !CODE.matcher(countries.get(0)).matches()
        || !CODE.matcher(countries.get(1)).matches() || countries.get(0).compareTo(countries.get(1)) >= 0) {
      throw new InvalidEventException("countries must be two distinct ISO alpha-3 codes, sorted: " + countries);
    }
    String dyad = countries.get(0) + "-" + countries.get(1);
    if (!dyad.equals(event.getDyad())) {
      throw new InvalidEventException("dyad " + event.getDyad() + " is not the event's countries " + dyad);
    }
  }

  /**
   * Every field set: a builder resolves unset fields from schema defaults, which for an enum needs
   * Avro's trusted-class list, installed only once the shared serde has loaded.
   */
  private static DyadHistory empty(String dyad) {
    return DyadHistory.newBuilder().setDyad(dyad).setFirstEventDate(null).setLastEventDate(null)
        .setMaxLevel(Level.UNKNOWN).setContactCount(0).setEventCount(0).setContacts(new ArrayList<>()).build();
  }

  private static boolean seen(DyadHistory history, String eventId) {
    return history.getContacts().stream().anyMatch(c -> c.getEventIds().contains(eventId));
  }

  /** The event's level, or the highest of its participants' when that is higher. */
  static Level levelOf(DiplomaticEvent event) {
    Level level = event.getLevel();
    for (Participant p : event.getParticipants()) {
      level = Alerts.max(level, p.getLevel());
    }
    return level;
  }

  /** The outlet: the event's source, else the host of its URL, else the article. */
  static String sourceOf(DiplomaticEvent event) {
    String source = event.getSource();
    if (source == null || source.isBlank()) {
      source = hostOf(event.getUrl());
    }
    if (source == null) {
      return "article:" + event.getArticleId();
    }
    source = source.strip().toLowerCase(Locale.ROOT);
    return source.startsWith("www.") ? source.substring(4) : source;
  }

  private static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      return URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Stable over re-runs: the dyad, the day and the first report, e.g. CHN-PRK-20190620-3fa2b1c9. */
  static String contactId(DiplomaticEvent event, LocalDate day) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(event.getEventId().getBytes(StandardCharsets.UTF_8));
      return event.getDyad() + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
          + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
