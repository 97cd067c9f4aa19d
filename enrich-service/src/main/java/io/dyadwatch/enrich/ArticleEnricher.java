package io.dyadwatch.enrich;

import io.dyadwatch.enrich.clean.CleanText;
import io.dyadwatch.enrich.clean.Cleaner;
import io.dyadwatch.enrich.clean.RawText;
import io.dyadwatch.enrich.clean.Removed;
import io.dyadwatch.enrich.clean.Span;
import io.dyadwatch.enrich.extract.Contact;
import io.dyadwatch.enrich.extract.Document;
import io.dyadwatch.enrich.extract.Extractor;
import io.dyadwatch.schemas.avro.CleanArticle;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.OffsetSpan;
import io.dyadwatch.schemas.avro.RawArticle;
import io.dyadwatch.schemas.avro.RemovedLine;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Raw article in, clean article and diplomatic events out: the enrich-service's work without Kafka,
 * shared by its topology and the command-line tools. Thread-safe.
 */
public final class ArticleEnricher {
  public static final String STAGE_CLEAN = "clean";
  public static final String STAGE_EXTRACT = "extract";

  private final Cleaner cleaner;
  private final Extractor extractor;
  private final Set<String> languages;
  private final Clock clock;

  public ArticleEnricher(Cleaner cleaner, Extractor extractor, Set<String> languages, Clock clock) {
    this.cleaner = cleaner;
    this.extractor = extractor;
    this.languages = Set.copyOf(languages);
    this.clock = clock;
  }

  /** The cleaner and extractor with their bundled data; extraction for English only. */
  public static ArticleEnricher standard(Clock clock) {
    return new ArticleEnricher(new Cleaner(), new Extractor(), Set.of("en"), clock);
  }

  /**
   * Cleans the article and, when its language is supported, extracts its contacts.
   *
   * @throws StageException when a stage fails; its stage names which
   */
  public Enrichment enrich(RawArticle raw) {
    CleanArticle article = clean(raw);
    if (!languages.contains(article.getLanguage())) {
      return new Enrichment(article, List.of(), "unsupported language: " + article.getLanguage());
    }
    return new Enrichment(article, extract(article), null);
  }

  public CleanArticle clean(RawArticle raw) {
    CleanText clean;
    try {
      clean = cleaner.clean(new RawText(raw.getBody(), raw.getContentType(), raw.getTitle(), raw.getPublishedAt()));
    } catch (RuntimeException e) {
      throw new StageException(STAGE_CLEAN, e);
    }
    return CleanArticle.newBuilder()
        .setArticleId(raw.getArticleId())
        .setSource(raw.getSource())
        .setUrl(raw.getUrl())
        .setTitle(clean.title())
        .setByline(clean.byline())
        .setDateline(clean.dateline())
        .setPublishedAt(clean.publishedAt())
        .setLanguage(clean.language())
        .setText(clean.text())
        .setCaptions(List.copyOf(clean.captions()))
        .setRemoved(clean.removed().stream().map(ArticleEnricher::removedLine).toList())
        .setOffsetMap(clean.offsetMap().stream().map(ArticleEnricher::offsetSpan).toList())
        .setFlags(clean.flags().stream().sorted().toList())
        .setIngestedAt(raw.getIngestedAt())
        .setCleanedAt(clock.instant())
        .build();
  }

  public List<DiplomaticEvent> extract(CleanArticle article) {
    List<Contact> contacts;
    try {
      contacts = extractor.extract(new Document(article.getArticleId(), article.getTitle(), article.getText(),
          article.getPublishedAt(), article.getLanguage(), article.getDateline(), article.getSource()));
    } catch (RuntimeException e) {
      throw new StageException(STAGE_EXTRACT, e);
    }
    return contacts.stream().map(c -> EventMapper.toEvent(article, c, clock.instant())).toList();
  }

  private static RemovedLine removedLine(Removed r) {
    return new RemovedLine(r.text(), r.reason());
  }

  private static OffsetSpan offsetSpan(Span s) {
    return new OffsetSpan(s.cleanStart(), s.rawStart(), s.length(), s.rawLength());
  }
}
