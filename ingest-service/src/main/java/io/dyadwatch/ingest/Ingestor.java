package io.dyadwatch.ingest;

import io.dyadwatch.common.DeadLetters;
import io.dyadwatch.common.Metrics;
import io.dyadwatch.ingest.IngestResult.Outcome;
import io.dyadwatch.schemas.avro.RawArticle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
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
   * holds one article object or an array of them; in an array, each element is judged on its own (a
   * refused one is dead-lettered as written, its location ending in {@code #/<index>}) and the others
   * still go through.
   */
  List<IngestResult> submitFile(String fileName, byte[] bytes) {
    String origin = "file:" + fileName;
    String text;
    String contentType; // of a .txt or .html body; null for a file holding one JSON article
    try {
      if (bytes.length > maxFileBytes) {
        throw new InvalidArticleException("TOO_LARGE", "the file is larger than the limit of " + maxFileBytes + " bytes");
      }
      text = FileContent.decodeUtf8(bytes);
      String lower = fileName.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".json")) {
        FileContent.JsonArticles json = FileContent.jsonArticles(text);
        if (json.array()) {
          return submitArray(fileName, origin, json.texts());
        }
        contentType = null;
      } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
        contentType = "text/html";
      } else if (lower.endsWith(".txt")) {
        contentType = "text/plain";
      } else {
        throw new InvalidArticleException("UNSUPPORTED_FILE", "only .txt, .json and .html files are read");
      }
    } catch (InvalidArticleException e) {
      count("articles.in", "channel", "file");
      return List.of(refuse(fileName, origin, bytes, e));
    }
    count("articles.in", "channel", "file");
    try {
      RawArticle article = contentType == null
          ? parser.parseJson(text, origin, clock.instant())
          : parser.fromBody(text, contentType, null, origin, clock.instant());
      return List.of(accept(article));
    } catch (InvalidArticleException e) {
      return List.of(refuse(fileName, origin, bytes, e));
    }
  }

  private List<IngestResult> submitArray(String fileName, String origin, List<String> articles) {
    List<IngestResult> results = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      count("articles.in", "channel", "file");
      String json = articles.get(i);
      try {
        results.add(accept(parser.parseJson(json, origin, clock.instant())));
      } catch (InvalidArticleException e) {
        results.add(refuse(fileName, origin + "#/" + i, json.getBytes(StandardCharsets.UTF_8), e));
      }
    }
    return results;
  }

  private IngestResult refuse(String fileName, String location, byte[] input, InvalidArticleException e) {
    count("articles.rejected", "reason", e.reason());
    byte[] value = input.length > MAX_DEAD_LETTER_BYTES ? Arrays.copyOf(input, MAX_DEAD_LETTER_BYTES) : input;
    String message = e.getMessage()
        + (value.length < input.length ? " (value cut to its first " + value.length + " bytes)" : "");
    sink.deadLetter(fileName, value,
        DeadLetters.fromLocation(location, IngestConfig.SERVICE, STAGE, e.reason(), message, clock.instant()));
    return new IngestResult(Outcome.REJECTED, null, e.getMessage());
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
    Counter.builder(Metrics.PREFIX + name).tag(tag, value).register(registry).increment();
  }

}
