package io.dyadwatch.ingest;

import io.dyadwatch.common.DeadLetters;
import io.dyadwatch.ingest.IngestResult.Outcome;
import io.dyadwatch.schemas.avro.RawArticle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ingest decisions: validate, give an id, drop exact repeats (same URL or same normalised body),
 * write. Refused files are dead-lettered with their bytes; refused HTTP requests are only answered.
 */
final class Ingestor {
  static final String STAGE = "ingest";
  /** Dead-letter values are capped so that a huge input still fits in a Kafka record; the file stays. */
  static final int MAX_DEAD_LETTER_BYTES = 1024 * 1024;

  private final ArticleParser parser;
  private final ArticleSink sink;
  private final SeenIndex seen;
  private final Clock clock;
  private final MeterRegistry registry;
  private final long maxFileBytes;

  Ingestor(ArticleParser parser, ArticleSink sink, SeenIndex seen, Clock clock, MeterRegistry registry,
      long maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
    this.parser = parser;
    this.sink = sink;
    this.seen = seen;
    this.clock = clock;
    this.registry = registry;
  }

  /** An article sent as JSON over HTTP: refused input raises {@link InvalidArticleException}. */
  IngestResult submitJson(String json, String origin) {
    count("articles.in", "channel", "http");
    try {
      return accept(parser.parseJson(json, origin, clock.instant()));
    } catch (InvalidArticleException e) {
      count("articles.rejected", "reason", e.reason());
      throw e;
    }
  }

  /**
   * The contents of a file: every refusal is dead-lettered with the bytes and the reason. A .json file
   * holds one article object or an array of them.
   */
  List<IngestResult> submitFile(String fileName, byte[] bytes) {
    count("articles.in", "channel", "file");
    String origin = "file:" + fileName;
    List<IngestResult> results = new ArrayList<>();
    try {
      if (bytes.length > maxFileBytes) {
        throw new InvalidArticleException("TOO_LARGE", "the file is larger than the limit of " + maxFileBytes + " bytes");
      }
      String text = FileContent.decodeUtf8(bytes);
      String lower = fileName.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".json")) {
        for (String object : FileContent.jsonArticles(text)) {
          results.add(accept(parser.parseJson(object, origin, clock.instant())));
        }
      } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
        results.add(accept(parser.fromBody(text, "text/html", null, origin, clock.instant())));
      } else if (lower.endsWith(".txt")) {
        results.add(accept(parser.fromBody(text, "text/plain", null, origin, clock.instant())));
      } else {
        throw new InvalidArticleException("UNSUPPORTED_FILE", "only .txt, .json and .html files are read");
      }
    } catch (InvalidArticleException e) {
      count("articles.rejected", "reason", e.reason());
      byte[] value = bytes.length > MAX_DEAD_LETTER_BYTES ? java.util.Arrays.copyOf(bytes, MAX_DEAD_LETTER_BYTES) : bytes;
      var headers = DeadLetters.fromLocation(origin, IngestConfig.SERVICE, STAGE, e.reason(),
          e.getMessage() + (value.length < bytes.length ? " (value cut to the first " + value.length + " of "
              + bytes.length + " bytes)" : ""), clock.instant());
      sink.deadLetter(fileName, value, headers);
      results.add(new IngestResult(Outcome.REJECTED, null, e.getMessage()));
    }
    return results;
  }

  private synchronized IngestResult accept(RawArticle article) {
    List<String> keys = new ArrayList<>(2);
    if (article.getUrl() != null) {
      keys.add("url:" + ArticleParser.sha256(article.getUrl().toLowerCase(Locale.ROOT)));
    }
    keys.add("body:" + ArticleParser.sha256(ArticleParser.normalisedBody(article.getBody())));
    String first = seen.firstSeen(keys);
    if (first != null) {
      count("articles.duplicate", "channel", article.getOrigin().startsWith("file:") ? "file" : "http");
      return new IngestResult(Outcome.DUPLICATE, first, "same URL or text as article " + first);
    }
    sink.send(article);
    seen.remember(keys, article.getArticleId());
    count("articles.accepted", "channel", article.getOrigin().startsWith("file:") ? "file" : "http");
    return new IngestResult(Outcome.ACCEPTED, article.getArticleId(), "accepted");
  }

  private void count(String name, String tag, String value) {
    Counter.builder(io.dyadwatch.common.Metrics.PREFIX + name).tag(tag, value).register(registry).increment();
  }

}
