package io.dyadwatch.alert;

import io.dyadwatch.alert.novelty.NoveltyJudge;
import io.dyadwatch.alert.subscription.Subscriptions;
import io.dyadwatch.alert.subscription.Team;
import io.dyadwatch.alert.webhook.WebhookOutbox;
import io.dyadwatch.schemas.Topic;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DyadHistory;
import io.dyadwatch.schemas.serde.AvroSerde;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * diplomacy.events.v1 (DiplomaticEvent by dyad) → novelty per dyad, with the history in a persistent,
 * changelogged store → diplomacy.alerts.v1 (ContactAlert by alert id), each matching team's
 * diplomacy.alerts.&lt;team&gt;.v1 (by alert id) and, for teams with a webhook, the webhook outbox (by
 * dyad); undecodable or invalid events → dyadwatch.alert.dlq.v1 as read.
 */
public final class AlertTopology {
  /** Store of {@link DyadHistory} by dyad; its changelog is dyadwatch-alert-dyad-history-changelog. */
  public static final String HISTORY_STORE = "dyad-history";

  static final String SOURCE = "events";
  static final String NOVELTY = "novelty";
  static final String ALERTS_SINK = "alerts";
  static final String DEAD_LETTER_SINK = "dead-letters";
  static final String WEBHOOK_SINK = "webhook-outbox";

  private AlertTopology() {}

  public static Topology build(AlertConfig config) {
    return build(config, new SimpleMeterRegistry());
  }

  /** As {@link #build(AlertConfig)}, counting into the given registry. */
  public static Topology build(AlertConfig config, MeterRegistry registry) {
    NoveltyJudge judge = new NoveltyJudge(config.rules());
    AlertMetrics metrics = new AlertMetrics(registry);
    Topology topology = new Topology();
    topology.addSource(SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), Topics.EVENTS.name());
    Subscriptions subscriptions = config.subscriptions();
    topology.addProcessor(NOVELTY, () -> new AlertProcessor(judge, subscriptions, metrics), SOURCE);
    topology.addStateStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HISTORY_STORE), Serdes.String(),
            AvroSerde.of(DyadHistory.class))
            // A busy dyad's history, with its alerts' evidence and URLs, can outgrow the broker's 1 MB default.
            .withLoggingEnabled(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024))),
        NOVELTY);
    topology.addSink(ALERTS_SINK, Topics.ALERTS.name(), Topics.ALERTS.keySerde().serializer(),
        Topics.ALERTS.valueSerde().serializer(), NOVELTY);
    topology.addSink(DEAD_LETTER_SINK, Topics.ALERT_DEAD_LETTERS.name(),
        Topics.ALERT_DEAD_LETTERS.keySerde().serializer(), Topics.ALERT_DEAD_LETTERS.valueSerde().serializer(),
        NOVELTY);
    for (Team team : subscriptions.teams()) {
      if (team.topic()) {
        Topic<String, ContactAlert> topic = team.alertTopic();
        topology.addSink(teamSink(team), topic.name(), topic.keySerde().serializer(),
            topic.valueSerde().serializer(), NOVELTY);
      }
    }
    if (subscriptions.anyWebhook()) {
      topology.addSink(WEBHOOK_SINK, WebhookOutbox.TOPIC.name(), WebhookOutbox.TOPIC.keySerde().serializer(),
          WebhookOutbox.TOPIC.valueSerde().serializer(), NOVELTY);
    }
    return topology;
  }

  static String teamSink(Team team) {
    return "team-" + team.name();
  }

  /** The topics this service reads and writes, for topic creation. */
  public static List<Topic<?, ?>> topics(AlertConfig config) {
    List<Topic<?, ?>> topics = new ArrayList<>(List.of(Topics.EVENTS, Topics.ALERTS, Topics.ALERT_DEAD_LETTERS));
    config.subscriptions().teams().stream().filter(Team::topic).forEach(t -> topics.add(t.alertTopic()));
    if (config.subscriptions().anyWebhook()) {
      topics.add(WebhookOutbox.TOPIC);
    }
    return topics;
  }
}
