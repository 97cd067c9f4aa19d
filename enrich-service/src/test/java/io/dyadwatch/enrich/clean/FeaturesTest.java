package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeaturesTest {
  private static final Set<String> FUNCTION_WORDS = Set.of("a", "and", "for", "in", "of", "on", "the", "to");

  private static Features of(String s) {
    return new Features(s, 0, FUNCTION_WORDS);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "AGL 37.01 Decreased By \u25BC -0.99 (-2.61%)",
      "KSE100 85,483 Increased By 30.2 (0.04%)",
      "Brent crude $82.14 +0.6%",
      "USD/JPY 157.21 -0.12",
      "Nikkei 225 39,120.45 +0.80%"})
  void marketDataIsATicker(String line) {
    assertThat(of(line).isTicker()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The index rose 1.2% to 4,500 points on Monday as investors welcomed the talks.",
      "15 de abril de 2024",
      "1 of 3",
      "Bilateral trade reached $1.6 billion in 2023, according to customs data.",
      "Kim met Putin in 2019 and 2023."})
  void numbersInASentenceOrADateAreNoTicker(String line) {
    assertThat(of(line).isTicker()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The talks ended on Friday.                                   | true
      Relations have reached "a new strategic level."              | true
      exchanges are growing more frequent. (Yonhap)                | true
      Next In Line For North Korea's Throne: Kim Jong Un's Daughter? | true
      \u5173\u7CFB\u53D1\u5C55\u3002                              | true
      Russia's Lavrov to visit North Korea on Wednesday: Moscow    | false
      North Korea China Russia (KCNA via KNS)                      | false
      """)
  void endsSentence(String line, boolean ends) {
    assertThat(Features.endsSentence(unicode(line))).isEqualTo(ends);
  }

  @Test
  void headlineCapitalisationIsTitleCase() {
    assertThat(of("Next In Line For North Korea's Throne: Kim Jong Un's Daughter?").isTitleCase()).isTrue();
    assertThat(of("North Korea denounces South Korea-US military drills, warns of consequences").isTitleCase())
        .isFalse();
  }

  @Test
  void proseIsRunningTextEndingAsASentence() {
    assertThat(of("Kremlin spokesman Dmitry Peskov said the allegations were not based on evidence.").isProse())
        .isTrue();
    assertThat(of("North Korea denounces South Korea-US military drills, warns of consequences").isProse())
        .isFalse();
    assertThat(of("Comments are closed.").isProse()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Lavrov met Turkish President Recep Tayyip Erdogan on Thursday.            | true
      Indian Prime Minister Narendra Modi met Russian President Vladimir Putin. | true
      Erdogan agreed.                                                           | true
      "Turkey is a friend."                                                     | true
      Lavrov Meets Erdogan In Ankara                                            | false
      Blinken in Cairo.                                                         | false
      Kim Jong Un and Vladimir Putin.                                           | false
      Read the report at https://example.org/report.                            | false
      """)
  void aSentenceEndsAsOneAndHasALowerCaseContentWordHoweverManyNamesItCarries(String line, boolean sentence) {
    assertThat(of(line).isSentence()).isEqualTo(sentence);
  }

  @Test
  void addressesToTheReaderAreCountedOutsideQuotesOnly() {
    Features f = of("\"We will support you,\" the minister said, but our reporters and your donation keep us going.");
    assertThat(f.firstPlural).isEqualTo(2);
    assertThat(f.readerAddress).isEqualTo(3);
    assertThat(of("The US and Japan agreed.").firstPlural).isZero();
  }

  @Test
  void linkDensityIsTheShareOfVisibleCharactersInLinks() {
    assertThat(new Features("Read more: Kim visits Moscow", 17, FUNCTION_WORDS).linkDensity())
        .isEqualTo(17.0 / 24);
  }

  private static String unicode(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
