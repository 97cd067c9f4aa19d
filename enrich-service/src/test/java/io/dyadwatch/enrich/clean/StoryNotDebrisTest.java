package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sentences of the news that carry words of page debris ("your support", "become a member", "no
 * comment", "follow on") stay in the story, and the paragraphs after them too; the debris itself
 * still goes.
 */
class StoryNotDebrisTest {
  private static final Cleaner CLEANER = new Cleaner();
  private static final String LEAD = "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Wednesday for talks "
      + "with Turkish officials on Syria and grain exports.";
  private static final String LAST = "The two sides agreed to meet again in Moscow next month, the Turkish foreign "
      + "ministry said in a statement.";

  @ParameterizedTest
  @ValueSource(strings = {
      "Ukraine wants to become a member of NATO as soon as possible, Zelensky said.",
      "\"Thank you for your support,\" Zelensky told Erdogan.",
      "No comment was immediately available from the Russian embassy in Ankara.",
      "Follow on talks will be held in Istanbul in May.",
      "Join us in building peace, Erdogan told Lavrov.",
      "Erdogan urged Moscow to sign up to a renewed grain deal, his office said."})
  void aSentenceOfTheNewsWithWordsOfDebrisIsStory(String sentence) {
    String body = LEAD + "\n\n" + sentence + "\n\n" + LAST;
    CleanText clean = CLEANER.clean(new RawText(body, null, null, null));
    assertThat(clean.text()).isEqualTo(body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Become a member                                           | appeal
      Your support makes all the difference.                    | appeal
      No comments yet.                                          | comments
      Follow us on Twitter @AzerNewsAz                          | share
      Follow on Facebook                                        | share
      """)
  void theDebrisItselfStillGoes(String line, String reason) {
    CleanText clean = CLEANER.clean(new RawText(LEAD + "\n\n" + LAST + "\n\n" + line, null, null, null));
    assertThat(clean.text()).isEqualTo(LEAD + "\n\n" + LAST);
    assertThat(clean.removed()).contains(new Removed(line, reason));
  }

  @ParameterizedTest
  @ValueSource(strings = {" - Bernama", " \u2013 AFP", " -- Kyodo News", " (end)", " (end) mt.hs", " (END) ak"})
  void aLastParagraphSignedByAnAgencyOrClosedByAnEndMarkIsStoryWithoutIt(String signoff) {
    String last = "US President Donald Trump had spoken by phone with both leaders on Saturday, warning that "
        + "Washington would not conclude trade deals while the fighting continued.";
    CleanText clean = CLEANER.clean(new RawText(LEAD + "\n\n" + last + signoff, null, null, null));
    assertThat(clean.text()).isEqualTo(LEAD + "\n\n" + last);
  }

  @Test
  void aSentenceWhoseNamesAreLinksIsStoryAndATeaserLinkIsNot() {
    String html = "<html><body><article><h1>Lavrov in Ankara</h1><p>" + LEAD + "</p>"
        + "<p><a href=\"/t/lavrov\">Sergei Lavrov</a> met <a href=\"/t/erdogan\">Recep Tayyip Erdogan</a>"
        + " in <a href=\"/t/ankara\">Ankara</a>.</p>"
        + "<p><a href=\"/news/125\">Erdogan says Turkey will host the next round of talks.</a></p>"
        + "<p>" + LAST + "</p></article></body></html>";
    CleanText clean = CLEANER.clean(new RawText(html, "text/html", null, null));
    assertThat(clean.text()).isEqualTo(LEAD + "\n\nSergei Lavrov met Recep Tayyip Erdogan in Ankara.\n\n" + LAST);
    assertThat(clean.removed())
        .contains(new Removed("Erdogan says Turkey will host the next round of talks.", "link-list"));
  }

  @Test
  void aBriefWhoseParagraphsEndWithTheAgencysNameHasNoCaptions() {
    CleanText clean = CLEANER.clean(new RawText("SEOUL, Sept. 3 (Yonhap) -- Kim Jong Un met Li Qiang on Tuesday. (Yonhap)"
        + "\n\nThe two discussed trade, KCNA said. (Yonhap)", null, null, null));
    assertThat(clean.dateline()).isEqualTo("SEOUL, Sept. 3 (Yonhap)");
    assertThat(clean.text())
        .isEqualTo("Kim Jong Un met Li Qiang on Tuesday. (Yonhap)\n\nThe two discussed trade, KCNA said. (Yonhap)");
    assertThat(clean.captions()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Lavrov said the talks with Erdogan were constructive and would continue in Moscow          | true
      Erdogan told reporters that Turkey was ready to host a new round of Russia-Ukraine talks | true
      Putin says Russia ready for talks with Ukraine                                          | false
      Russia's Lavrov to visit North Korea on Wednesday: Moscow                               | false
      Kremlin said to weigh new talks with Ankara after grain deal lapses                      | false
      """)
  void aSentenceThatLostItsFullStopStaysAndARelatedHeadlineGoes(String line, boolean story) {
    CleanText clean = CLEANER.clean(new RawText(LEAD + "\n\n" + line + "\n\n" + LAST, null, null, null));
    assertThat(CleanerFixturesTest.paragraphs(clean.text()).contains(line)).isEqualTo(story);
  }
}
