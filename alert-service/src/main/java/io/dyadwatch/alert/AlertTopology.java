package io.dyadwatch.alert;

import io.dyadwatch.alert.novelty.NoveltyJudge;
import io.dyadwatch.schemas.Topic;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.DyadHistory;
import io.dyadwatch.schemas.serde.AvroSerde;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * diplomacy.events.v1 (DiplomaticEvent by dyad) → novelty per dyad, with the history in a persistent,
 * changelogged store → diplomacy.alerts.v1 (ContactAlert by alert id); undecodable or invalid events →
 * dyadwatch.alert.dlq.v1 as read.
 */
public final class AlertTopology {
  /** Store of {@link DyadHistory} by dyad; its changelog is dyadwatch-alert-dyad-history-changelog. */
  public static final String HISTORY_STORE = "dyad-history";

  static final String SOURCE = "events";
  static final String NOVELTY = "novelty";
  static final String ALERTS_SINK = "alerts";
  static final String DEAD_LETTER_SINK = "dead-letters";

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
    topology.addProcessor(NOVELTY, () -> new AlertProcessor(judge, metrics), SOURCE);
    topology.addStateStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HISTORY_STORE), Serdes.String(),
            AvroSerde.of(DyadHistory.class)).withLoggingEnabled(Map.of()),
        NOVELTY);
    topology.addSink(ALERTS_SINK, Topics.ALERTS.name(), Topics.ALERTS.keySerde().serializer(),
        Topics.ALERTS.valueSerde().serializer(), NOVELTY);
    topology.addSink(DEAD_LETTER_SINK, Topics.ALERT_DEAD_LETTERS.name(),
        Topics.ALERT_DEAD_LETTERS.keySerde().serializer(), Topics.ALERT_DEAD_LETTERS.valueSerde().serializer(),
        NOVELTY);
    return topology;
  }

  /** The topics this service reads and writes, for topic creation. */
  public static List<Topic<?, ?>> topics(AlertConfig config) {
    return List.of(Topics.EVENTS, Topics.ALERTS, Topics.ALERT_DEAD_LETTERS);
  }
}
