package io.dyadwatch.enrich;

import io.dyadwatch.enrich.clean.Cleaner;
import io.dyadwatch.enrich.extract.Extractor;
import io.dyadwatch.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;

/**
 * Reads {@code news.articles.raw.v1}; writes {@code news.articles.clean.v1} (by article id),
 * {@code diplomacy.events.v1} (by dyad) and {@code dyadwatch.enrich.dlq.v1} (what could not be processed).
 */
public final class EnrichTopology {
  static final String SOURCE = "raw-articles";
  static final String PROCESSOR = "enrich";
  static final String CLEAN_SINK = "clean-articles";
  static final String EVENT_SINK = "events";
  static final String DEAD_LETTER_SINK = "dead-letters";

  private EnrichTopology() {}

  public static Topology build(EnrichConfig config) {
    return build(config, new SimpleMeterRegistry(), Clock.systemUTC());
  }

  public static Topology build(EnrichConfig config, MeterRegistry registry, Clock clock) {
    ArticleEnricher enricher = new ArticleEnricher(new Cleaner(), new Extractor(), config.languages(), clock);
    Topology topology = new Topology();
    // Raw bytes in: a record that does not decode must reach the dead-letter topic as it was read.
    topology.addSource(SOURCE, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer(),
        Topics.RAW_ARTICLES.name());
    topology.addProcessor(PROCESSOR, () -> new EnrichProcessor(enricher, new EnrichMetrics(registry), clock), SOURCE);
    topology.addSink(CLEAN_SINK, Topics.CLEAN_ARTICLES.name(), Topics.CLEAN_ARTICLES.keySerde().serializer(),
        Topics.CLEAN_ARTICLES.valueSerde().serializer(), PROCESSOR);
    topology.addSink(EVENT_SINK, Topics.EVENTS.name(), Topics.EVENTS.keySerde().serializer(),
        Topics.EVENTS.valueSerde().serializer(), PROCESSOR);
    topology.addSink(DEAD_LETTER_SINK, Topics.ENRICH_DEAD_LETTERS.name(),
        Topics.ENRICH_DEAD_LETTERS.keySerde().serializer(), Topics.ENRICH_DEAD_LETTERS.valueSerde().serializer(),
        PROCESSOR);
    return topology;
  }
}
