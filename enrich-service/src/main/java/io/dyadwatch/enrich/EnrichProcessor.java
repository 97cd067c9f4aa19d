package io.dyadwatch.enrich;

import io.dyadwatch.common.DeadLetters;
import io.dyadwatch.enrich.clean.UnusableInputException;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.CleanArticle;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.RawArticle;
import java.time.Clock;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * One raw article in: its clean article to the clean sink, each event (re-keyed by dyad) to the event
 * sink; a record that cannot be processed goes, as read, to the dead-letter sink with the reason.
 */
final class EnrichProcessor implements Processor<byte[], byte[], Object, Object> {
  private final ArticleEnricher enricher;
  private final EnrichMetrics metrics;
  private final Clock clock;
  private ProcessorContext<Object, Object> context;

  EnrichProcessor(ArticleEnricher enricher, EnrichMetrics metrics, Clock clock) {
    this.enricher = enricher;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    metrics.articleIn();
    RawArticle raw;
    try {
      raw = Topics.RAW_ARTICLES.valueSerde().deserializer().deserialize(Topics.RAW_ARTICLES.name(), record.value());
      if (raw == null) {
        throw new SerializationException("null value (tombstone) where a RawArticle was expected");
      }
    } catch (SerializationException e) {
      deadLetter(record, "decode", e.getClass().getName(), e.getMessage(), "UNDECODABLE");
      return;
    }
    Enrichment result;
    try {
      result = enricher.enrich(raw);
    } catch (StageException e) {
      RuntimeException cause = e.failure();
      String reason = cause instanceof UnusableInputException u ? u.reason() : cause.getClass().getSimpleName();
      deadLetter(record, e.stage(), cause.getClass().getName(), cause.getMessage(), reason);
      return;
    }
    CleanArticle article = result.article();
    context.forward(record.withKey((Object) article.getArticleId()).withValue(article), EnrichTopology.CLEAN_SINK);
    if (article.getText().isBlank()) {
      deadLetter(record, ArticleEnricher.STAGE_CLEAN, "NoStoryText",
          "no story text left after cleaning (flags: " + article.getFlags() + ")", "NO_TEXT");
      return;
    }
    if (result.skipped() != null) {
      metrics.skipped("language");
      deadLetter(record, ArticleEnricher.STAGE_EXTRACT, "UnsupportedLanguage", result.skipped(), "LANGUAGE");
      return;
    }
    for (DiplomaticEvent event : result.events()) {
      context.forward(record.withKey((Object) event.getDyad()).withValue(event), EnrichTopology.EVENT_SINK);
    }
    metrics.eventsOut(result.events().size());
  }

  private void deadLetter(Record<byte[], byte[]> record, String stage, String errorClass, String message,
      String reason) {
    metrics.rejected(stage, reason);
    context.forward(DeadLetters.forRecord(record, context.recordMetadata(), EnrichConfig.SERVICE, stage, errorClass,
        message, clock.instant()), EnrichTopology.DEAD_LETTER_SINK);
  }
}
