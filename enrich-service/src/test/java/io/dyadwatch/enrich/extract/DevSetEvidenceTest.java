package io.dyadwatch.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadwatch.enrich.clean.CleanText;
import io.dyadwatch.enrich.clean.Cleaner;
import io.dyadwatch.enrich.clean.RawText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every event of the dev set ({@code shared/dev-set/articles.jsonl} beside the repository) and of
 * the labelled sets in the repository, cleaned and extracted as the pipeline does (dateline and
 * outlet included), carries as evidence exactly the clean text at its offsets; no article fails.
 */
class DevSetEvidenceTest {
  @ParameterizedTest
  @ValueSource(strings = {"shared/dev-set/articles.jsonl", "eval/articles.jsonl", "eval-holdout/articles.jsonl",
      "eval2/articles.jsonl", "eval3/articles.jsonl", "eval4/articles.jsonl", "eval5/articles.jsonl",
      "eval6/articles.jsonl", "eval7/articles.jsonl", "eval8/articles.jsonl", "eval-holdout2/articles.jsonl",
      "eval-holdout3/articles.jsonl", "eval-holdout4/articles.jsonl", "eval-holdout5/articles.jsonl",
      "eval-holdout6/articles.jsonl", "eval9/articles.jsonl", "eval-holdout7/articles.jsonl",
      "eval-holdout8/articles.jsonl", "eval-holdout9/articles.jsonl", "eval-holdout10/articles.jsonl",
      "eval-holdout11/articles.jsonl", "eval-holdout12/articles.jsonl", "eval-holdout13/articles.jsonl",
      "eval-holdout14/articles.jsonl", "eval-holdout15/articles.jsonl", "eval-holdout16/articles.jsonl",
      "eval-holdout17/articles.jsonl", "eval-holdout18/articles.jsonl", "eval-holdout43/articles.jsonl",
      "eval-holdout44/articles.jsonl", "eval-holdout45/articles.jsonl", "eval-holdout46/articles.jsonl",
      "eval-holdout47/articles.jsonl", "eval-holdout49/articles.jsonl", "eval-holdout51/articles.jsonl",
      "eval-holdout53/articles.jsonl"})
  void evidenceIsTheCleanTextAtItsOffsets(String set) throws IOException {
    Optional<Path> file = RepoFiles.find(set);
    assumeTrue(file.isPresent(), "set not found: no " + set + " above " + Path.of("").toAbsolutePath());
    ObjectMapper json = new ObjectMapper();
    Cleaner cleaner = new Cleaner();
    Extractor extractor = new Extractor();
    int events = 0;
    for (String line : Files.readAllLines(file.get())) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode article = json.readTree(line);
      CleanText clean = cleaner.clean(new RawText(article.path("body").asText(), null,
          article.path("title").asText(null), article.path("published_at").asText(null)));
      if (!"en".equals(clean.language())) {
        continue;
      }
      String text = clean.text();
      List<Contact> contacts = extractor.extract(new Document(article.path("id").asText(), clean.title(), text,
          clean.publishedAt(), clean.language(), clean.dateline(), article.path("source").asText(null)));
      for (Contact c : contacts) {
        Sentence e = c.evidence();
        assertThat(e.start()).isBetween(0, e.end());
        assertThat(e.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(e.start(), e.end())).as("evidence of %s in %s", c.dyad(), article.path("id"))
            .isEqualTo(e.text());
        events++;
      }
    }
    assertThat(events).as("events in %s", set).isGreaterThan(0);
  }
}
