package io.dyadwatch.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private final Segmenter segmenter = new Segmenter(Lexicon.standard());

  private List<String> sentences(String text) {
    List<Token> toks = Tokenizer.tokenize(text);
    return segmenter.segment(text, toks).stream()
        .map(s -> text.substring(toks.get(s.from()).start, toks.get(s.to() - 1).end))
        .toList();
  }

  @Test
  void abbreviationsAndInitialsDoNotEndASentence() {
    assertThat(sentences("Mr. Kim met Gen. Shoigu on Sept. 12 in N. Korea. He left. U.S. envoy Sung Kim said so."))
        .containsExactly("Mr. Kim met Gen. Shoigu on Sept. 12 in N. Korea.", "He left.",
            "U.S. envoy Sung Kim said so.");
  }

  @Test
  void anAbbreviationEndsASentenceBeforeACommonOpener() {
    assertThat(sentences("Tensions rose with the U.S. Previously, talks had stalled."))
        .containsExactly("Tensions rose with the U.S.", "Previously, talks had stalled.");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(sentences("\"We met,\" he said. \"It went well.\" Talks end today."))
        .containsExactly("\"We met,\" he said.", "\"It went well.\"", "Talks end today.");
  }

  @Test
  void headlinesCountBeforeTheStoryButNotInsideIt() {
    String text = "Putin to visit North Korea\n\nRussian President Vladimir Putin will visit Pyongyang.\n\n"
        + "North Korea denounces drills, warns of consequences\n\nThe visit starts on Tuesday.";
    assertThat(sentences(text)).containsExactly("Putin to visit North Korea",
        "Russian President Vladimir Putin will visit Pyongyang.", "The visit starts on Tuesday.");
  }

  @Test
  void tickersCaptionsAndLinksAreSkipped() {
    String text = "AGL 37.01 Decreased By ▼ -0.99 (-2.61%)\nKim (left) greets Putin. (KCNA)\n"
        + "Read Next: Kim To Visit Moscow\nThe two leaders met on Tuesday.\n© 2025 Example. All rights reserved.";
    assertThat(sentences(text)).containsExactly("The two leaders met on Tuesday.");
  }

  @Test
  void hardWrappedLinesAreOneParagraph() {
    String text = "President Jacob Zuma of South Africa arrived Nigeria last night on a two\n"
        + "day state visit. He was received by the Minister of Foreign Affairs\nGeoffrey Onyeama.";
    assertThat(sentences(text)).containsExactly(
        "President Jacob Zuma of South Africa arrived Nigeria last night on a two\nday state visit.",
        "He was received by the Minister of Foreign Affairs\nGeoffrey Onyeama.");
  }

  @Test
  void aStandfirstWithoutItsFullStopIsNotJoinedToTheStoryAfterABlankLine() {
    String text = "Milei was greeted by Israel's foreign minister. He will meet Netanyahu before heading to Rome\n\n"
        + "President Javier Milei landed at Ben Gurion Airport on Tuesday.";
    assertThat(sentences(text)).containsExactly(
        "Milei was greeted by Israel's foreign minister. He will meet Netanyahu before heading to Rome",
        "President Javier Milei landed at Ben Gurion Airport on Tuesday.");
  }
}
