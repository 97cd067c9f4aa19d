package io.dyadwatch.local;

import io.dyadwatch.enrich.ArticleEnricher;
import io.dyadwatch.enrich.StageException;
import io.dyadwatch.ingest.ArticleParser;
import io.dyadwatch.ingest.InvalidArticleException;
import io.dyadwatch.schemas.AvroJson;
import io.dyadwatch.schemas.avro.CleanArticle;
import io.dyadwatch.schemas.avro.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.avro.generic.IndexedRecord;

/**
 * {@code dyadwatch extract} and {@code dyadwatch clean}: articles as JSON lines in (the fields of
 * {@code POST /articles}), records as JSON lines out, through the enrich-service's own code and
 * without Kafka. A line that cannot be used is reported on stderr with its number; the rest go on.
 */
final class JsonLinesCommand {
  private final BiFunction<ArticleEnricher, RawArticle, List<? extends IndexedRecord>> stage;

  private JsonLinesCommand(BiFunction<ArticleEnricher, RawArticle, List<? extends IndexedRecord>> stage) {
    this.stage = stage;
  }

  static JsonLinesCommand extract() {
    return new JsonLinesCommand((enricher, raw) -> enricher.enrich(raw).events());
  }

  static JsonLinesCommand clean() {
    return new JsonLinesCommand((enricher, raw) -> {
      CleanArticle article = enricher.clean(raw);
      return List.of(article);
    });
  }

  /** Returns the process exit code: 0 when every line was used, 1 when some were refused. */
  int run(BufferedReader in, PrintStream out, PrintStream err) throws IOException {
    Clock clock = Clock.systemUTC();
    ArticleEnricher enricher = ArticleEnricher.standard(clock);
    ArticleParser parser = new ArticleParser(Integer.MAX_VALUE);
    int lineNumber = 0;
    int refused = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        RawArticle raw = parser.parseJson(line, "stdin:" + lineNumber, clock.instant());
        for (IndexedRecord record : stage.apply(enricher, raw)) {
          out.println(AvroJson.toJsonLine(record));
        }
      } catch (InvalidArticleException | StageException e) {
        refused++;
        err.println("line " + lineNumber + ": " + e.getMessage());
      }
    }
    out.flush();
    return refused == 0 ? 0 : 1;
  }
}
