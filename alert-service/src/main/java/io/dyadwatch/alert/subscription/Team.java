package io.dyadwatch.alert.subscription;

import io.dyadwatch.schemas.Topic;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.ContactAlert;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A monitoring team: what it watches and where its alerts go, to its own topic
 * {@code diplomacy.alerts.<name>.v1} and/or a webhook (null when none).
 */
public record Team(String name, TeamFilter filter, boolean topic, WebhookTarget webhook) {
  public Team {
    Objects.requireNonNull(filter, "filter");
    Topics.teamAlerts(name);
    if (!topic && webhook == null) {
      throw new IllegalArgumentException("team " + name + " has no output: set topic: true or a webhook");
    }
  }

  public Topic<String, ContactAlert> alertTopic() {
    return Topics.teamAlerts(name);
  }

  /** "korea-desk: countries KOR, PRK -> topic diplomacy.alerts.korea-desk.v1, webhook http://..." */
  public String describe() {
    List<String> outputs = new ArrayList<>();
    if (topic) {
      outputs.add("topic " + alertTopic().name());
    }
    if (webhook != null) {
      outputs.add("webhook " + webhook.display());
    }
    return name + ": " + filter.describe() + " -> " + String.join(", ", outputs);
  }
}
