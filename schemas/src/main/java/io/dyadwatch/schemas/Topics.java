package io.dyadwatch.schemas;

import io.dyadwatch.schemas.avro.CleanArticle;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.RawArticle;
import io.dyadwatch.schemas.serde.AvroSerde;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;

/** Every topic of the pipeline, once: name, key serde, value serde. */
public final class Topics {
  /** Articles as delivered, keyed by article id. */
  public static final Topic<String, RawArticle> RAW_ARTICLES =
      new Topic<>("news.articles.raw.v1", Serdes.String(), AvroSerde.of(RawArticle.class));

  /** Articles without debris, with metadata, keyed by article id. */
  public static final Topic<String, CleanArticle> CLEAN_ARTICLES =
      new Topic<>("news.articles.clean.v1", Serdes.String(), AvroSerde.of(CleanArticle.class));

  /** One record per contact per article, keyed by dyad (e.g. CHN-PRK). */
  public static final Topic<String, DiplomaticEvent> EVENTS =
      new Topic<>("diplomacy.events.v1", Serdes.String(), AvroSerde.of(DiplomaticEvent.class));

  /** All alerts, keyed by alert id; a later record with the same key updates the alert (compacted). */
  public static final Topic<String, ContactAlert> ALERTS =
      new Topic<>("diplomacy.alerts.v1", Serdes.String(), AvroSerde.of(ContactAlert.class));

  /** What ingest could not accept: the input bytes as they came, reasons in headers. */
  public static final Topic<byte[], byte[]> INGEST_DEAD_LETTERS =
      new Topic<>("dyadwatch.ingest.dlq.v1", Serdes.ByteArray(), Serdes.ByteArray());

  /** Raw records enrich-service could not process, as read, with origin and reason in headers. */
  public static final Topic<byte[], byte[]> ENRICH_DEAD_LETTERS =
      new Topic<>("dyadwatch.enrich.dlq.v1", Serdes.ByteArray(), Serdes.ByteArray());

  /** Events alert-service could not process, and webhook deliveries that finally failed. */
  public static final Topic<byte[], byte[]> ALERT_DEAD_LETTERS =
      new Topic<>("dyadwatch.alert.dlq.v1", Serdes.ByteArray(), Serdes.ByteArray());

  /**
   * alert-service's work queue of webhook deliveries: one record per alert revision and team, keyed by
   * dyad (a dyad's alerts stay in order), the team in a header.
   */
  public static final Topic<String, ContactAlert> WEBHOOK_DELIVERIES =
      new Topic<>("dyadwatch.alert.webhooks.v1", Serdes.String(), ALERTS.valueSerde());

  private static final Pattern TEAM_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Topics() {}

  /** The alert topic of one monitoring team: {@code diplomacy.alerts.<team>.v1}. */
  public static Topic<String, ContactAlert> teamAlerts(String team) {
    if (!TEAM_NAME.matcher(team).matches()) {
      throw new IllegalArgumentException("team name must be kebab-case (a-z, 0-9, -): " + team);
    }
    return new Topic<>("diplomacy.alerts." + team + ".v1", ALERTS.keySerde(), ALERTS.valueSerde());
  }

  /** The topics the pipeline needs before it starts (team topics come from subscriptions). */
  public static List<Topic<?, ?>> pipelineTopics() {
    return List.of(RAW_ARTICLES, CLEAN_ARTICLES, EVENTS, ALERTS,
        INGEST_DEAD_LETTERS, ENRICH_DEAD_LETTERS, ALERT_DEAD_LETTERS, WEBHOOK_DELIVERIES);
  }
}
