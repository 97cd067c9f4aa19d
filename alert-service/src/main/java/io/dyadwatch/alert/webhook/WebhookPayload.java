package io.dyadwatch.alert.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dyadwatch.schemas.AvroJson;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.Evidence;

/**
 * The JSON body posted for one alert revision, shaped like an Alertmanager webhook (version 4: receiver,
 * status, labels, annotations, startsAt, fingerprint) so that tools that take Alertmanager webhooks take
 * it, with the whole alert under {@code dyadwatch}.
 */
public final class WebhookPayload {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Alertmanager's "not resolved" end time. */
  private static final String NEVER = "0001-01-01T00:00:00Z";

  private WebhookPayload() {}

  /** Idempotency key of a delivery: a receiver that has seen it already has this revision. */
  public static String idempotencyKey(ContactAlert alert) {
    return alert.getAlertId() + ":" + alert.getRevision();
  }

  public static ObjectNode of(String team, ContactAlert alert) {
    ObjectNode labels = NODES.objectNode()
        .put("alertname", "DiplomaticContact")
        .put("kind", alert.getKind().name())
        .put("dyad", alert.getDyad())
        .put("country_a", alert.getCountries().get(0))
        .put("country_b", alert.getCountries().get(1))
        .put("event_type", alert.getEventType().name())
        .put("event_status", alert.getStatus().name())
        .put("level", alert.getLevel().name())
        .put("severity", alert.getSeverity());
    ObjectNode annotations = NODES.objectNode()
        .put("summary", alert.getSummary())
        .put("description", String.join(" ", alert.getEvidence().stream().map(Evidence::getText).toList()))
        .put("source_urls", String.join(" ", alert.getSourceUrls()));
    ObjectNode entry = NODES.objectNode()
        .put("status", "firing");
    entry.set("labels", labels);
    entry.set("annotations", annotations);
    entry.put("startsAt", alert.getFirstSeenAt().toString())
        .put("endsAt", NEVER)
        .put("fingerprint", alert.getAlertId());
    ArrayNode alerts = NODES.arrayNode().add(entry);
    ObjectNode body = NODES.objectNode()
        .put("version", "4")
        .put("groupKey", "dyadwatch/" + team + "/" + alert.getAlertId())
        .put("truncatedAlerts", 0)
        .put("status", "firing")
        .put("receiver", team);
    body.set("groupLabels", NODES.objectNode().put("dyad", alert.getDyad()));
    body.set("commonLabels", labels.deepCopy());
    body.set("commonAnnotations", annotations.deepCopy());
    body.set("alerts", alerts);
    body.put("idempotency_key", idempotencyKey(alert));
    body.set("dyadwatch", AvroJson.toJson(alert));
    return body;
  }

  public static String json(String team, ContactAlert alert) {
    try {
      return MAPPER.writeValueAsString(of(team, alert));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serialises", e);
    }
  }
}
