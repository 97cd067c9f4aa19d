package io.dyadwatch.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dyadwatch.enrich.clean.CleanText;
import io.dyadwatch.enrich.clean.Cleaner;
import io.dyadwatch.enrich.clean.RawText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five raw samples of {@code samples/}, with their web debris (tickers, related headlines,
 * captions), read both through the cleaner as the pipeline does and as they come: the contacts an
 * analyst must find are there, and nothing else than what an analyst would allow.
 */
class SamplesTest {
  private static final Extractor EXTRACTOR = new Extractor();

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("000_ed87db84ad5602ab.txt",
            Set.of("CHN-PRK OCCURRED", "LAO-PRK OCCURRED", "PRK-VNM OCCURRED", "PRK-RUS OCCURRED"),
            Set.of("LAO-PRK PLANNED", "PRK-VNM PLANNED")),
        Arguments.of("001_fa0e140119a68f0a.txt",
            Set.of("PRK-RUS PLANNED"),
            Set.of("PRK-RUS OCCURRED", "CHN-RUS OCCURRED")),
        Arguments.of("002_41ec8c6fda7abf97.txt",
            Set.of("CHN-PRK OCCURRED"),
            Set.of("PRK-RUS OCCURRED")),
        Arguments.of("003_04a2ce428f0073ba.txt",
            Set.of("PRK-RUS OCCURRED"),
            Set.of()),
        Arguments.of("004_d552f4a4170fe8c8.txt",
            Set.of("CHN-PRK PLANNED", "PRK-RUS PLANNED"),
            Set.of("CHN-PRK OCCURRED", "PRK-RUS OCCURRED")))
        .flatMap(a -> Stream.of(Arguments.of(a.get()[0], true, a.get()[1], a.get()[2]),
            Arguments.of(a.get()[0], false, a.get()[1], a.get()[2])));
  }

  @ParameterizedTest(name = "{0}, cleaned: {1}")
  @MethodSource("samples")
  void findsWhatAnAnalystFinds(String sample, boolean cleaned, Set<String> required, Set<String> allowed)
      throws IOException {
    Optional<Path> file = RepoFiles.find("samples/" + sample);
    assumeTrue(file.isPresent(), "sample not found: samples/" + sample);
    String raw = Files.readString(file.get());
    String text = raw;
    String title = null;
    if (cleaned) {
      CleanText clean = new Cleaner().clean(new RawText(raw, "text/plain", null, null));
      text = clean.text();
      title = clean.title();
    }
    List<Contact> contacts = EXTRACTOR.extract(new Document(sample, title, text, null, "en"));

    Set<String> found = contacts.stream().map(c -> c.dyad() + " " + c.status()).collect(Collectors.toSet());
    assertThat(found).containsAll(required);
    assertThat(found).isSubsetOf(Stream.concat(required.stream(), allowed.stream()).toList());
    for (Contact c : contacts) {
      assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
      assertThat(c.evidence().text()).doesNotContain("Decreased By", "Read Next", "Comments");
    }
  }
}
