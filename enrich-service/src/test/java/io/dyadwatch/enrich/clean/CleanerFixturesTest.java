package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The cleaner against the labelled fixtures: kept story lines, metadata, offsets. */
class CleanerFixturesTest {
  private static final Cleaner CLEANER = new Cleaner();
  private static final double REQUIRED = 0.97;

  static Stream<Fixture> fixtures() {
    return Fixture.all().stream();
  }

  static Stream<Fixture> samples() {
    return Fixture.all().stream().filter(Fixture::isSample);
  }

  @Test
  void thereAreTheFiveSamplesAndAtLeastTwentyMoreFixtures() {
    List<Fixture> all = Fixture.all();
    assertThat(all.stream().filter(Fixture::isSample)).hasSize(5);
    assertThat(all.size() - 5).isGreaterThanOrEqualTo(20);
  }

  /**
   * Line-level precision and recall of kept story text over all fixtures: a kept paragraph is
   * right when the expected text has it, word for word.
   */
  @Test
  void keptStoryLinesHavePrecisionAndRecallOfAtLeast97Percent() {
    int kept = 0;
    int expected = 0;
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (Fixture fixture : Fixture.all()) {
      List<String> actual = paragraphs(CLEANER.clean(fixture.raw()).text());
      Map<String, Integer> wanted = counts(fixture.paragraphs());
      for (String line : actual) {
        Integer n = wanted.get(line);
        if (n != null && n > 0) {
          wanted.put(line, n - 1);
          right++;
        } else {
          misses.add(fixture.name() + ": kept but not story: " + line);
        }
      }
      wanted.forEach((line, n) -> {
        for (int k = 0; k < n; k++) {
          misses.add(fixture.name() + ": story lost: " + line);
        }
      });
      kept += actual.size();
      expected += fixture.paragraphs().size();
    }
    double precision = kept == 0 ? 0 : (double) right / kept;
    double recall = expected == 0 ? 0 : (double) right / expected;
    System.out.printf("clean fixtures: %d story lines expected, %d kept, %d right: precision %.4f, recall %.4f%n",
        expected, kept, right, precision, recall);
    misses.forEach(m -> System.out.println("  " + m));
    assertThat(precision).as("precision of kept story lines").isGreaterThanOrEqualTo(REQUIRED);
    assertThat(recall).as("recall of story lines").isGreaterThanOrEqualTo(REQUIRED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyStoryParagraphOfTheSamplesSurvives(Fixture sample) {
    assertThat(paragraphs(CLEANER.clean(sample.raw()).text())).containsAll(sample.paragraphs());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void metadataIsAsLabelled(Fixture fixture) {
    CleanText clean = CLEANER.clean(fixture.raw());
    assertThat(clean.title()).as("title").isEqualTo(fixture.expect("title"));
    assertThat(clean.byline()).as("byline").isEqualTo(fixture.expect("byline"));
    assertThat(clean.dateline()).as("dateline").isEqualTo(fixture.expect("dateline"));
    assertThat(clean.publishedAt()).as("published_at").isEqualTo(fixture.expect("published_at"));
    assertThat(clean.language()).as("language").isEqualTo(fixture.expect("language"));
    assertThat(clean.captions()).as("captions").isEqualTo(fixture.captions());
    if (fixture.expect("flags") != null) {
      assertThat(String.join(" ", clean.flags().stream().sorted().toList())).as("flags")
          .isEqualTo(fixture.expect("flags"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyOffsetSpanPointsAtTheRawTextItCameFrom(Fixture fixture) {
    CleanText clean = CLEANER.clean(fixture.raw());
    OffsetChecks.assertSpansMatch(fixture.body(), clean);
  }

  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\n\n")) {
      if (!p.isBlank()) {
        out.add(p);
      }
    }
    return out;
  }

  private static Map<String, Integer> counts(List<String> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (String line : lines) {
      counts.merge(line, 1, Integer::sum);
    }
    return counts;
  }
}
