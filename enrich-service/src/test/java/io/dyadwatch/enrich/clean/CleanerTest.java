package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cleaner's decisions, each on a small article written for it. */
class CleanerTest {
  private static final Cleaner CLEANER = new Cleaner();
  private static final String LEAD = "Chinese Foreign Minister Wang Yi will visit North Korea later this week, "
      + "the Chinese Foreign Ministry said in a statement on Monday.";
  private static final String SECOND = "The minister is due to meet his North Korean counterpart and discuss "
      + "trade, tourism and the situation on the peninsula, the statement said.";

  private static CleanText clean(String body) {
    return CLEANER.clean(new RawText(body, null, null, null));
  }

  @Test
  void aRelatedHeadlineStandingInTheStoryIsDropped() {
    CleanText clean = clean(LEAD + "\n\nRussia's Lavrov to visit North Korea on Wednesday: Moscow\n\n" + SECOND);
    assertThat(clean.text()).isEqualTo(LEAD + "\n\n" + SECOND);
    assertThat(clean.removed()).containsExactly(
        new Removed("Russia's Lavrov to visit North Korea on Wednesday: Moscow", "headline-in-body"));
  }

  @Test
  void aHeadlineThatTheLeadRepeatsIsTheTitleAndNotText() {
    CleanText clean = clean("Chinese foreign minister to visit North Korea this week\n\n" + LEAD + "\n\n" + SECOND);
    assertThat(clean.title()).isEqualTo("Chinese foreign minister to visit North Korea this week");
    assertThat(clean.text()).isEqualTo(LEAD + "\n\n" + SECOND);
  }

  @Test
  void aHeadlineThatOnlyItStatesIsTheTitleAndStaysInTheText() {
    CleanText clean = clean("Seoul and Tokyo agree on new hotline\n\n" + LEAD + "\n\n" + SECOND);
    assertThat(clean.title()).isEqualTo("Seoul and Tokyo agree on new hotline");
    assertThat(clean.text()).startsWith("Seoul and Tokyo agree on new hotline\n\n" + LEAD);
  }

  @Test
  void theDeliveredTitleIsTheTitle() {
    CleanText clean = CLEANER.clean(new RawText(LEAD, null, "Wang Yi to visit Pyongyang", null));
    assertThat(clean.title()).isEqualTo("Wang Yi to visit Pyongyang");
    assertThat(clean.text()).isEqualTo(LEAD);
  }

  @Test
  void theDatelineIsTakenOffTheFirstParagraphAndTheOffsetsFollow() {
    String body = "BEIJING, Sept. 15 (Xinhua) -- " + LEAD;
    CleanText clean = clean(body);
    assertThat(clean.dateline()).isEqualTo("BEIJING, Sept. 15 (Xinhua)");
    assertThat(clean.text()).isEqualTo(LEAD);
    assertThat(clean.offsetMap()).containsExactly(new Span(0, 30, LEAD.length(), LEAD.length()));
  }

  @ParameterizedTest(name = "delivered {0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      2024-11-18           | 2024-11-18
      2024-11              | 2024-11-19T10:12
      2023-05              | 2023-05
      none                 | 2024-11-19T10:12
      """)
  void aFullDeliveredDateWinsAndAPartialOneIsRefinedByTheText(String delivered, String expected) {
    String body = "N. Korea's Kim urges promotion of relations with Russia\nNovember 19, 2024 10:12am\n\n" + LEAD;
    CleanText clean = CLEANER.clean(new RawText(body, null, null, delivered));
    assertThat(clean.publishedAt()).isEqualTo(expected);
  }

  @Test
  void captionsAreKeptApartFromTheText() {
    CleanText clean = clean("Wang Yi (left) shakes hands with Choe Son Hui in Pyongyang on Tuesday. (KCNA)\n\n"
        + LEAD + "\n\n" + SECOND);
    assertThat(clean.captions())
        .containsExactly("Wang Yi (left) shakes hands with Choe Son Hui in Pyongyang on Tuesday. (KCNA)");
    assertThat(clean.text()).isEqualTo(LEAD + "\n\n" + SECOND);
  }

  @Test
  void anAppealAndTheParagraphsThatSpeakForItAreDropped() {
    CleanText clean = clean(LEAD + "\n\n"
        + "Your support helps us to tell the story\n\n"
        + "From the border to the capital, we are there when the story breaks, and our reporters stay.\n\n"
        + "Your donation allows us to keep sending journalists into the field. Readers like you make it possible.\n\n"
        + SECOND);
    assertThat(clean.text()).isEqualTo(LEAD + "\n\n" + SECOND);
    assertThat(clean.removed()).extracting(Removed::reason).containsExactly("appeal", "appeal", "appeal");
  }

  @Test
  void afterACopyrightLineOnlyALongParagraphCanStillBeStory() {
    CleanText clean = clean(LEAD + "\n\n(c) 2025 Example News. All rights reserved.\n\n"
        + "Trade confidently with insights and alerts from analyst ratings and breaking news.");
    assertThat(clean.text()).isEqualTo(LEAD);
    assertThat(clean.removed()).extracting(Removed::reason).containsExactly("copyright", "after-footer");
  }

  @Test
  void tickerLinesAboveTheStoryAreDropped() {
    CleanText clean = clean("KSE100 85,483 Increased By 30.2 (0.04%)\nBR30 27,380 Decreased By -251 (-0.91%)\n\n" + LEAD);
    assertThat(clean.text()).isEqualTo(LEAD);
    assertThat(clean.removed()).extracting(Removed::reason).containsExactly("ticker", "ticker");
  }

  @Test
  void aBylineAndADateLineUnderTheHeadlineAreMetadata() {
    CleanText clean = clean("Chinese foreign minister to visit North Korea this week\nBy Jane Doe\n"
        + "Thursday 07 September 2023 02:30 BST\n\n" + LEAD);
    assertThat(clean.byline()).isEqualTo("Jane Doe");
    assertThat(clean.publishedAt()).isEqualTo("2023-09-07T02:30+01:00");
    assertThat(clean.removed()).extracting(Removed::reason).containsExactly("title", "byline", "date");
  }

  @Test
  void listMarkersAreNotPartOfTheSentence() {
    CleanText clean = clean(LEAD + "\n\n\u2022 The two sides will also discuss tourism and flights between their capitals.");
    assertThat(clean.text()).isEqualTo(LEAD + "\n\nThe two sides will also discuss tourism and flights between their capitals.");
  }

  @Test
  void anArticleInAnotherLanguageIsKeptAndMarked() {
    CleanText clean = clean("Le ministre chinois des Affaires étrangères se rendra en Corée du Nord cette semaine, "
        + "a annoncé lundi le ministère dans un communiqué.");
    assertThat(clean.language()).isEqualTo("fr");
    assertThat(clean.text()).startsWith("Le ministre chinois");
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      <p>One</p><p>Two</p><p>Three</p>                     | none       | true
      <p>One</p><p>Two</p><p>Three</p>                     | text/plain | false
      <!DOCTYPE html><title>x</title>                      | text/plain | true
      Plain text with <b>one</b> tag and x < y             | none       | false
      Plain text                                           | text/html  | true
      """)
  void htmlIsTakenFromTheDeliveryOrRecognised(String body, String contentType, boolean html) {
    assertThat(Cleaner.isHtml(body, contentType)).isEqualTo(html);
  }
}
