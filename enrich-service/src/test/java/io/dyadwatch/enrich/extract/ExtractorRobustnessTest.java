package io.dyadwatch.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Odd input never breaks extraction, and one extractor serves many threads with the same results. */
class ExtractorRobustnessTest {
  private static final String[] PIECES = {"Russian", "President", "Vladimir", "Putin", "visited", "North Korea",
      "met", "with", "his", "Chinese", "counterpart", "Xi", "Jinping", "'s", "’s", ",", ".", "?", "\n", "\n\n", "(",
      ")", "\"", "“", "”", "-", "—", "U.S.", "Mr.", "Sept.", "12", "on", "Tuesday", "will", "to", "visit", "the",
      "two", "sides", "signed", "an", "agreement", "in", "Beijing", "delegation", "led", "by", "phone", "call", "▼",
      "KCNA", "said", "he", "it", "and", "former", "EU", "summit", "talks", "between", "here", "PYONGYANG", "invited",
      "Korea", "Korean", "é", "\t", "   ", "", "1.66%", "A.", "no", "plans", "if", "cancelled"};

  private final Extractor extractor = new Extractor();

  @Test
  void randomTextNeverFailsAndEvidenceStaysInTheText() {
    Random random = new Random(20241119);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder b = new StringBuilder();
      int words = random.nextInt(80);
      for (int w = 0; w < words; w++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      String published = switch (n % 4) {
        case 0 -> null;
        case 1 -> "2016-03";
        case 2 -> "2024-11-19T10:12:00Z";
        default -> "not a date";
      };
      for (Contact c : extractor.extract(new Document("fuzz-" + n, null, text, published, "en"))) {
        assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
        assertThat(c.countries()).hasSize(2).doesNotHaveDuplicates().isSorted();
        assertThat(c.confidence()).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void emptyAndBlankTextHaveNoContacts() {
    assertThat(extractor.extract(new Document("a", null, "", null, "en"))).isEmpty();
    assertThat(extractor.extract(new Document("b", null, " \n\n \t", null, "en"))).isEmpty();
    assertThat(extractor.extract(new Document("c", null, null, null, "en"))).isEmpty();
  }

  @Test
  void oneExtractorGivesTheSameResultsOnManyThreads() throws Exception {
    List<Document> documents = new ArrayList<>();
    for (ExtractionCase c : ExtractionCase.load("/extract/cases.txt")) {
      documents.add(new Document(c.name(), null, c.text(), c.published(), "en"));
    }
    List<List<Contact>> expected = documents.stream().map(extractor::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Contact>>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> documents.stream().map(extractor::extract).toList()));
      }
      for (Future<List<List<Contact>>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
