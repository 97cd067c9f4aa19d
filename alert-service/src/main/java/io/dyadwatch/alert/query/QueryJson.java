package io.dyadwatch.alert.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dyadwatch.alert.geo.Countries;
import io.dyadwatch.schemas.AvroJson;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DyadContact;
import io.dyadwatch.schemas.avro.DyadHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The answers of the query API, built from dyad histories. */
public final class QueryJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  private QueryJson() {}

  /** "prk-chn" → CHN-PRK; null when it is not two distinct three-letter codes. */
  public static String dyad(String text) {
    String[] parts = text.strip().toUpperCase(Locale.ROOT).split("-");
    if (parts.length != 2 || !CODE.matcher(parts[0]).matches() || !CODE.matcher(parts[1]).matches()
        || parts[0].equals(parts[1])) {
      return null;
    }
    return parts[0].compareTo(parts[1]) < 0 ? parts[0] + "-" + parts[1] : parts[1] + "-" + parts[0];
  }

  /** "prk" → PRK; null when it is not a three-letter code. */
  public static String country(String text) {
    String c = text.strip().toUpperCase(Locale.ROOT);
    return CODE.matcher(c).matches() ? c : null;
  }

  public static boolean involves(String dyad, String country) {
    return dyad.startsWith(country + "-") || dyad.endsWith("-" + country);
  }

  /** A dyad's contact history, newest contact first, with each contact's latest alert revision. */
  public static ObjectNode history(DyadHistory h) {
    Countries names = Countries.get();
    String[] pair = h.getDyad().split("-");
    ObjectNode out = NODES.objectNode().put("dyad", h.getDyad());
    out.set("countries", NODES.arrayNode().add(pair[0]).add(pair[1]));
    out.set("country_names", NODES.arrayNode().add(names.name(pair[0])).add(names.name(pair[1])));
    out.put("first_contact", h.getFirstEventDate())
        .put("last_contact", h.getLastEventDate())
        .put("contacts_total", h.getContactCount())
        .put("events_total", h.getEventCount())
        .put("max_level", h.getMaxLevel().name());
    ArrayNode contacts = out.putArray("contacts");
    List<DyadContact> newestFirst = new ArrayList<>(h.getContacts());
    newestFirst.sort(Comparator.comparing(DyadContact::getDay).reversed());
    for (DyadContact c : newestFirst) {
      ObjectNode node = contacts.addObject()
          .put("contact_id", c.getContactId())
          .put("day", c.getDay())
          .put("event_type", c.getEventType().name())
          .put("status", c.getStatus().name())
          .put("level", c.getLevel().name());
      ArrayNode participants = node.putArray("participants");
      c.getParticipants().forEach(participants::add);
      ArrayNode sources = node.putArray("sources");
      c.getSources().forEach(sources::add);
      node.put("corroboration", c.getSources().size())
          .put("reports", c.getEventIds().size())
          .put("first_seen_at", c.getFirstSeenAt().toString())
          .put("last_seen_at", c.getLastSeenAt().toString());
      node.set("alert", c.getAlert() == null ? NODES.nullNode() : AvroJson.toJson(c.getAlert()));
    }
    return out;
  }

  /** One partner of {@code country}: the other side of the dyad, its last contact and the counts. */
  public static ObjectNode partner(String country, DyadHistory h) {
    String[] pair = h.getDyad().split("-");
    String other = pair[0].equals(country) ? pair[1] : pair[0];
    ObjectNode out = NODES.objectNode()
        .put("country", other)
        .put("name", Countries.get().name(other))
        .put("dyad", h.getDyad())
        .put("first_contact", h.getFirstEventDate())
        .put("last_contact", h.getLastEventDate())
        .put("contacts", h.getContactCount())
        .put("events", h.getEventCount())
        .put("max_level", h.getMaxLevel().name());
    ContactAlert latest = h.getContacts().stream()
        .filter(c -> c.getAlert() != null)
        .max(Comparator.comparing(DyadContact::getDay))
        .map(DyadContact::getAlert)
        .orElse(null);
    if (latest == null) {
      out.putNull("latest_alert");
    } else {
      out.putObject("latest_alert")
          .put("alert_id", latest.getAlertId())
          .put("kind", latest.getKind().name())
          .put("event_date", latest.getEventDate())
          .put("summary", latest.getSummary());
    }
    return out;
  }

  /** A country's partners, latest contact first (then by code). */
  public static ObjectNode partners(String country, List<JsonNode> entries) {
    List<JsonNode> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing((JsonNode e) -> e.path("last_contact").asText("")).reversed()
        .thenComparing(e -> e.path("country").asText()));
    ObjectNode out = NODES.objectNode()
        .put("country", country)
        .put("name", Countries.get().name(country));
    out.putArray("partners").addAll(sorted);
    return out;
  }
}
