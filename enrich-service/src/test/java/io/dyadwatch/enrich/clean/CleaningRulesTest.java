package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleaningRulesTest {
  private static final CleaningRules RULES = CleaningRules.load();

  private static String debris(String line) {
    return RULES.debris(new Features(line, 0, RULES.functionWords));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      Read Next: Luxury car meant for Kim blocked by Japan                 | related-link
      See Also: Next In Line For North Korea's Throne                      | related-link
      Comments are closed.                                                 | comments
      (c) 2025 Example News. All rights reserved.                          | copyright
      This content was partially produced with the help of an AI tool.     | disclosure
      We use cookies to improve your experience on our website.            | cookie-notice
      Your support helps us to tell the story                              | appeal
      Please refresh the page or navigate to another page on the site      | subscription
      Share this article                                                   | share
      Estimated read time: Less than a minute                              | reading-time
      Reporting by Jane Doe; Editing by John Roe                           | credits
      Kim Jong Un Photo by Alexander Khitrov on Shutterstock               | photo-credit
      Enditem                                                              | end-mark
      The two sides agreed to share intelligence on maritime activity.     | none
      Readers of the report said the talks had gone well.                  | none
      More than 200 delegates attended the talks in Geneva on Monday.      | none
      Also on DW: Scholz heads to Beijing                                  | related-link
      Also on Saturday, Boris Johnson made an unannounced visit to Kyiv, walking with Zelenskyy.  | none
      """)
  void namesTheDebrisClassOfALine(String line, String reason) {
    assertThat(debris(line)).isEqualTo(reason);
  }

  @Test
  void aRuleForShortLinesLeavesLongParagraphsAlone() {
    String paragraph = "Comments are closed in the sense that " + "the ministers spoke at length about trade ".repeat(3)
        + "and agreed to meet again.";
    assertThat(debris("Comments are closed.")).isEqualTo("comments");
    assertThat(debris(paragraph)).isNull();
  }

  @Test
  void theFirstRuleInTheFileWins() {
    // a copyright rule and a photo-credit rule both match; copyright comes earlier in the file
    assertThat(debris("Copyright Getty Images")).isEqualTo("copyright");
    // an anchored subscription rule and an unanchored newsletter rule both match; the anchored one is earlier
    assertThat(debris("Sign up for our newsletter, delivered every morning")).isEqualTo("subscription");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "none", textBlock = """
      \\ball\\s+rights\\s+reserved\\b                       ; reserved
      \\bcomments?\\s+(are|is)\\s+closed\\b                 ; comment
      \\bad\\s*-?blockers?\\b                               ; blocker
      \\b(subscribe|register)\\s+now\\b                     ; none
      \\bpic\\.twitter\\.com/                               ; twitter
      cookies|privacy                                       ; none
      """)
  void findsTheWordEveryMatchContains(String regex, String word) {
    assertThat(CleaningRules.requiredWord(regex)).isEqualTo(word);
  }
}
