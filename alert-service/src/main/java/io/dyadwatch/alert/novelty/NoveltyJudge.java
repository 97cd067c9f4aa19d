package io.dyadwatch.alert.novelty;

import io.dyadwatch.alert.geo.Countries;
import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.DyadContact;
import io.dyadwatch.schemas.avro.DyadHistory;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decides, per dyad and in event time, whether an event is news: the first contact ever seen between
 * two countries is {@code NEW_DYAD}. Pure: the caller keeps the history and publishes the alert.
 */
public final class NoveltyJudge {
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
    if (seen(history, event.getEventId())) {
      return new Judgement(Judgement.Outcome.DUPLICATE, history, null);
    }
    boolean firstEver = history.getFirstEventDate() == null;
    ContactAlert alert = firstEver ? newAlert(event, day, now, AlertKind.NEW_DYAD) : null;
    addContact(history, event, day, now, alert);
    return new Judgement(alert == null ? Judgement.Outcome.RECORDED : Judgement.Outcome.NEW_ALERT, history, alert);
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

  private static DyadHistory empty(String dyad) {
    return DyadHistory.newBuilder().setDyad(dyad).setContacts(new ArrayList<>()).build();
  }

  private static boolean seen(DyadHistory history, String eventId) {
    return history.getContacts().stream().anyMatch(c -> c.getEventIds().contains(eventId));
  }

  private void addContact(DyadHistory history, DiplomaticEvent event, LocalDate day, Instant now, ContactAlert alert) {
    DyadContact contact = DyadContact.newBuilder()
        .setContactId(alert != null ? alert.getAlertId() : contactId(event, day))
        .setDay(day.toString())
        .setEventType(event.getEventType())
        .setStatus(event.getStatus())
        .setLevel(levelOf(event))
        .setParticipants(new ArrayList<>(event.getParticipants().stream().map(Participant::getName).toList()))
        .setSources(new ArrayList<>(List.of(sourceOf(event))))
        .setEventIds(new ArrayList<>(List.of(event.getEventId())))
        .setFirstSeenAt(now)
        .setLastSeenAt(now)
        .setAlert(alert)
        .build();
    List<DyadContact> contacts = new ArrayList<>(history.getContacts());
    contacts.add(contact);
    history.setContacts(contacts);
    history.setContactCount(history.getContactCount() + 1);
    history.setEventCount(history.getEventCount() + 1);
    String d = day.toString();
    if (history.getFirstEventDate() == null || d.compareTo(history.getFirstEventDate()) < 0) {
      history.setFirstEventDate(d);
    }
    if (history.getLastEventDate() == null || d.compareTo(history.getLastEventDate()) > 0) {
      history.setLastEventDate(d);
    }
    if (contact.getLevel().compareTo(history.getMaxLevel()) > 0) {
      history.setMaxLevel(contact.getLevel());
    }
  }

  private ContactAlert newAlert(DiplomaticEvent event, LocalDate day, Instant now, AlertKind kind) {
    Level level = levelOf(event);
    Countries names = Countries.get();
    ContactAlert alert = ContactAlert.newBuilder()
        .setAlertId(contactId(event, day))
        .setKind(kind)
        .setDyad(event.getDyad())
        .setCountries(new ArrayList<>(event.getCountries()))
        .setCountryNames(new ArrayList<>(event.getCountries().stream().map(names::name).toList()))
        .setSummary("")
        .setEventType(event.getEventType())
        .setStatus(event.getStatus())
        .setInitiator(event.getInitiator())
        .setHost(event.getHost())
        .setEventDate(day.toString())
        .setFirstSeenAt(now)
        .setUpdatedAt(now)
        .setRevision(1)
        .setParticipants(new ArrayList<>(event.getParticipants()))
        .setLevel(level)
        .setLocation(event.getLocation())
        .setEvidence(new ArrayList<>(List.of(event.getEvidence())))
        .setSources(new ArrayList<>(List.of(sourceOf(event))))
        .setSourceUrls(event.getUrl() == null ? new ArrayList<>() : new ArrayList<>(List.of(event.getUrl())))
        .setCorroboration(1)
        .setEventIds(new ArrayList<>(List.of(event.getEventId())))
        .setSeverity(Severity.of(kind, level))
        .setConfidence(event.getConfidence())
        .setBackfill(isBackfill(day, now))
        .setIngestedAt(event.getIngestedAt())
        .build();
    alert.setSummary(Summaries.summarize(alert));
    return alert;
  }

  private boolean isBackfill(LocalDate day, Instant now) {
    if (rules.backfillHorizon() == null) {
      return false;
    }
    LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
    return day.isBefore(today.minusDays(rules.backfillHorizon().toDays()));
  }

  /** The event's level, or the highest of its participants' when the event does not say. */
  static Level levelOf(DiplomaticEvent event) {
    Level level = event.getLevel();
    for (Participant p : event.getParticipants()) {
      if (p.getLevel().compareTo(level) > 0) {
        level = p.getLevel();
      }
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
