package io.dyadwatch.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-labelled sentences and short articles of {@code extract/cases.txt}: every rule of
 * extraction (actors, contact words, several contacts in a sentence, status, dates) and every kind
 * of non-contact (criticism, threats, sanctions, military action, trade, sport, statements, reported
 * speech, news agencies, same-country pairs, summits, international organisations, page debris).
 */
class ExtractorCasesTest {
  private static final Extractor EXTRACTOR = new Extractor();

  static Stream<ExtractionCase> cases() {
    return ExtractionCase.load("/extract/cases.txt").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractsExactlyTheLabelledContacts(ExtractionCase c) {
    List<Contact> contacts = EXTRACTOR.extract(new Document("case", null, c.text(), c.published(), "en", c.dateline(), c.source()));

    assertThat(contacts.stream().map(ExtractorCasesTest::key).sorted().distinct())
        .as("contacts of: %s", c.text())
        .containsExactlyElementsOf(c.expected().stream().map(ExtractionCase.Expected::key).sorted().toList());
    for (ExtractionCase.Expected e : c.expected()) {
      Contact found = contacts.stream().filter(x -> key(x).equals(e.key())).findFirst().orElseThrow();
      for (Map.Entry<String, String> attribute : e.attributes().entrySet()) {
        assertThat(attribute(found, attribute.getKey()))
            .as("%s of %s in: %s", attribute.getKey(), e.key(), c.text())
            .isEqualTo(attribute.getValue());
      }
      assertThat(c.text().substring(found.evidence().start(), found.evidence().end()))
          .isEqualTo(found.evidence().text());
    }
  }

  private static String key(Contact c) {
    return c.dyad() + " " + c.type() + " " + c.status();
  }

  private static String attribute(Contact c, String name) {
    return switch (name) {
      case "initiator" -> Objects.toString(c.initiator());
      case "host" -> Objects.toString(c.host());
      case "date" -> Objects.toString(c.eventDate());
      case "dateText" -> Objects.toString(c.dateText()).replace(' ', '_');
      case "level" -> c.level().name();
      case "location" -> c.location() == null ? "null" : c.location().country();
      default -> throw new IllegalArgumentException("unknown attribute " + name);
    };
  }
}
