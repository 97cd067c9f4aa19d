package io.dyadwatch.alert.webhook;

import io.dyadwatch.schemas.Topic;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.ContactAlert;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * alert-service's own work queue of webhook deliveries: one record per alert revision and team, keyed by
 * dyad so that one partition holds a dyad's alerts in order, the team in a header. Written by the
 * topology in its transactions, read committed by {@link WebhookDispatcher}.
 */
public final class WebhookOutbox {
  /** The topic; defined with the others in {@link Topics}. */
  public static final Topic<String, ContactAlert> TOPIC = Topics.WEBHOOK_DELIVERIES;
  public static final String TEAM_HEADER = "dyadwatch.team";

  private WebhookOutbox() {}

  public static String team(Headers headers) {
    Header h = headers.lastHeader(TEAM_HEADER);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
