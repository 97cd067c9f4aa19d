package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short articles lose nothing: every paragraph of a wire brief survives, however short it is,
 * however many names it carries, and wherever it stands (first, last, alone after the headline).
 * Paragraphs in a case are separated by " / ".
 */
class ShortStoriesTest {
  private static final Cleaner CLEANER = new Cleaner();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      two paragraphs, the second thick with names | Russian Foreign Minister Sergei Lavrov arrived in Ankara on Wednesday. / Lavrov met Turkish President Recep Tayyip Erdogan on Thursday.
      two paragraphs, the first thick with names  | Lavrov met Turkish President Recep Tayyip Erdogan on Thursday. / The two men discussed grain exports and the war in Ukraine, officials said.
      two one-sentence paragraphs of names        | Lavrov met Erdogan in Ankara. / Putin phoned Erdogan on Friday.
      three paragraphs, the last two words        | Russian Foreign Minister Sergei Lavrov arrived in Ankara on Wednesday. / Lavrov met Turkish President Recep Tayyip Erdogan on Thursday. / Erdogan agreed.
      three paragraphs starting with surnames     | Kim Jong Un met Russian Defence Minister Andrei Belousov in Pyongyang. / Belousov, Kim and Choe Son Hui attended a banquet. / KCNA reported the meeting on Saturday.
      quotes as paragraphs                        | Russian Foreign Minister Sergei Lavrov arrived in Ankara on Wednesday for talks on Syria. / "We have a lot to discuss," Lavrov told reporters. / "Turkey is a friend." / Erdogan hosted Lavrov, Shoigu and Peskov at the Presidential Complex.
      a quote closing the story                   | Egyptian President Abdel Fattah al-Sisi received Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Cairo on Monday. / "Egypt and Qatar stand together," Sisi said.
      """)
  void everyParagraphOfABriefSurvives(String name, String paragraphs) {
    List<String> story = List.of(paragraphs.split(" / "));
    CleanText clean = CLEANER.clean(new RawText(String.join("\n\n", story), null, null, null));
    assertThat(clean.text()).isEqualTo(String.join("\n\n", story));
    assertThat(clean.removed()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a sentence of names after the headline | Modi, Putin hold talks in Moscow | Indian Prime Minister Narendra Modi met Russian President Vladimir Putin. / Modi thanked Putin.
      a wire brief in names after its headline | Lavrov arrives in Ankara for talks | Russian Foreign Minister Sergei Lavrov arrived in Ankara on Wednesday. / Lavrov met Turkish President Recep Tayyip Erdogan on Thursday.
      """)
  void aBriefUnderItsHeadlineKeepsEveryParagraph(String name, String headline, String paragraphs) {
    List<String> story = List.of(paragraphs.split(" / "));
    CleanText clean = CLEANER.clean(new RawText(headline + "\n\n" + String.join("\n\n", story), null, null, null));
    assertThat(clean.title()).isEqualTo(headline);
    assertThat(CleanerFixturesTest.paragraphs(clean.text())).containsAll(story);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a wire dateline on a lead of names | ANKARA (Reuters) - Russian Foreign Minister Sergei Lavrov arrived in Ankara on Wednesday. | ANKARA (Reuters) | Russian Foreign Minister Sergei Lavrov arrived in Ankara on Wednesday.
      a wire dateline on a lead of names and a date | PYONGYANG, Sept. 3 (Yonhap) - Kim Jong Un met Chinese Premier Li Qiang. | PYONGYANG, Sept. 3 (Yonhap) | Kim Jong Un met Chinese Premier Li Qiang.
      """)
  void aLeadOfNamesUnderADatelineIsTheLeadAndNotTheTitle(String name, String lead, String dateline, String text) {
    String second = "Erdogan and Lavrov discussed Syria, grain exports and the war in Ukraine.";
    CleanText clean = CLEANER.clean(new RawText(lead + "\n\n" + second, null, null, null));
    assertThat(clean.title()).isNull();
    assertThat(clean.dateline()).isEqualTo(dateline);
    assertThat(clean.text()).isEqualTo(text + "\n\n" + second);
  }
}
