package io.dyadwatch.enrich;

import io.dyadwatch.schemas.avro.CleanArticle;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import java.util.List;

/**
 * What enrichment made of one raw article.
 *
 * @param skipped why extraction did not run (e.g. unsupported language), or null when it ran
 */
public record Enrichment(CleanArticle article, List<DiplomaticEvent> events, String skipped) {}
