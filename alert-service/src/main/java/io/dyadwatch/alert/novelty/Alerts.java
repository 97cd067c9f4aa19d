package io.dyadwatch.alert.novelty;

import io.dyadwatch.alert.geo.Countries;
import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.DyadContact;
import io.dyadwatch.schemas.avro.Evidence;
import io.dyadwatch.schemas.avro.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Building a contact's alert from its first report, and folding later reports into it. */
final class Alerts {
  static final int MAX_EVIDENCE = 5;
  static final int MAX_SOURCE_URLS = 50;
  static final int MAX_EVENT_IDS = 200;

  private Alerts() {}

  /** Revision 1 of the alert of {@code contact}, whose latest report is {@code event}. */
  static ContactAlert first(String alertId, AlertKind kind, DiplomaticEvent event, DyadContact contact,
      boolean backfill, Instant now) {
    Countries names = Countries.get();
    ContactAlert alert = ContactAlert.newBuilder()
        .setAlertId(alertId)
        .setKind(kind)
        .setDyad(event.getDyad())
        .setCountries(new ArrayList<>(event.getCountries()))
        .setCountryNames(new ArrayList<>(event.getCountries().stream().map(names::name).toList()))
        .setSummary("")
        .setEventType(contact.getEventType())
        .setStatus(contact.getStatus())
        .setInitiator(event.getInitiator())
        .setHost(event.getHost())
        .setEventDate(contact.getDay())
        .setFirstSeenAt(now)
        .setUpdatedAt(now)
        .setRevision(1)
        .setParticipants(Participants.merge(List.of(), event.getParticipants()))
        .setLevel(contact.getLevel())
        .setLocation(event.getLocation())
        .setEvidence(new ArrayList<>(List.of(event.getEvidence())))
        .setSources(new ArrayList<>(contact.getSources()))
        .setSourceUrls(event.getUrl() == null ? new ArrayList<>() : new ArrayList<>(List.of(event.getUrl())))
        .setCorroboration(contact.getSources().size())
        .setEventIds(new ArrayList<>(List.of(event.getEventId())))
        .setSeverity(Severity.of(kind, contact.getLevel()))
        .setConfidence(event.getConfidence())
        .setBackfill(backfill)
        .setIngestedAt(event.getIngestedAt())
        .build();
    alert.setSummary(Summaries.summarize(alert));
    return alert;
  }

  /**
   * The alert with one more report of its contact folded in (the contact already updated): same id,
   * kind and revision; the caller bumps the revision when {@link #differ} says readers would see a change.
   */
  static ContactAlert fold(ContactAlert before, DiplomaticEvent event, DyadContact contact) {
    ContactAlert a = ContactAlert.newBuilder(before).build();
    a.setEventType(contact.getEventType());
    a.setStatus(contact.getStatus());
    a.setEventDate(contact.getDay());
    if (a.getInitiator() == null) {
      a.setInitiator(event.getInitiator());
    }
    if (a.getHost() == null) {
      a.setHost(event.getHost());
    }
    a.setParticipants(Participants.merge(a.getParticipants(), event.getParticipants()));
    a.setLevel(contact.getLevel());
    if (a.getLocation() == null) {
      a.setLocation(event.getLocation());
    }
    List<Evidence> evidence = new ArrayList<>(a.getEvidence());
    boolean known = evidence.stream().anyMatch(e -> e.getText().equals(event.getEvidence().getText()));
    if (!known && evidence.size() < MAX_EVIDENCE) {
      evidence.add(event.getEvidence());
    }
    a.setEvidence(evidence);
    a.setSources(new ArrayList<>(contact.getSources()));
    a.setCorroboration(contact.getSources().size());
    List<String> urls = new ArrayList<>(a.getSourceUrls());
    if (event.getUrl() != null && !urls.contains(event.getUrl()) && urls.size() < MAX_SOURCE_URLS) {
      urls.add(event.getUrl());
    }
    a.setSourceUrls(urls);
    a.setEventIds(appendBounded(a.getEventIds(), event.getEventId(), MAX_EVENT_IDS));
    a.setConfidence(Math.max(a.getConfidence(), event.getConfidence()));
    a.setSeverity(Severity.of(a.getKind(), a.getLevel()));
    a.setSummary(Summaries.summarize(a));
    return a;
  }

  /**
   * Whether a reader would see a change: status, type, date, who, where, level, sources and their URLs,
   * confidence, summary. A new report id or evidence sentence alone is not a change.
   */
  static boolean differ(ContactAlert a, ContactAlert b) {
    return !visible(a).equals(visible(b));
  }

  private static List<Object> visible(ContactAlert a) {
    return Arrays.asList(a.getStatus(), a.getEventType(), a.getEventDate(), a.getInitiator(), a.getHost(),
        a.getParticipants(), a.getLevel(), a.getLocation(), a.getSources(), a.getSourceUrls(),
        a.getCorroboration(), a.getConfidence(), a.getSeverity(), a.getSummary());
  }

  static List<String> appendBounded(List<String> list, String item, int max) {
    List<String> out = new ArrayList<>(list);
    out.add(item);
    while (out.size() > max) {
      out.remove(0);
    }
    return out;
  }

  static Level max(Level a, Level b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
