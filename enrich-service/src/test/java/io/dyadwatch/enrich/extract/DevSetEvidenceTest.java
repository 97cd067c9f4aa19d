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
import org.junit.jupiter.api.Test;

/**
 * Every event of the dev set ({@code shared/dev-set/articles.jsonl} beside the repository), cleaned
 * and extracted as the pipeline does, carries as evidence exactly the clean text at its offsets.
 */
class DevSetEvidenceTest {
  private static final String DEV_SET = "shared/dev-set/articles.jsonl";

  @Test
  void evidenceIsTheCleanTextAtItsOffsets() throws IOException {
    Optional<Path> file = RepoFiles.find(DEV_SET);
    assumeTrue(file.isPresent(), "dev set not found: no " + DEV_SET + " above " + Path.of("").toAbsolutePath());
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
          clean.publishedAt(), clean.language()));
      for (Contact c : contacts) {
        Sentence e = c.evidence();
        assertThat(e.start()).isBetween(0, e.end());
        assertThat(e.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(e.start(), e.end())).as("evidence of %s in %s", c.dyad(), article.path("id"))
            .isEqualTo(e.text());
        events++;
      }
    }
    assertThat(events).as("events in the dev set").isGreaterThan(0);
  }
}
