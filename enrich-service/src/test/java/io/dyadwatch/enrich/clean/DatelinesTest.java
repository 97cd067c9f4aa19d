package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      SEOUL/BEIJING: North Korea has sent a delegation     | SEOUL/BEIJING             | North Korea has sent a delegation
      BERLIN (AP) - A planned meeting was canceled         | BERLIN (AP)               | A planned meeting was canceled
      TEHRAN, Oct. 13 (Xinhua) -- Iran's Foreign Ministry  | TEHRAN, Oct. 13 (Xinhua)  | Iran's Foreign Ministry
      CAIRO, Aug 29 (Reuters) - Egyptian President Sisi    | CAIRO, Aug 29 (Reuters)   | Egyptian President Sisi
      NEW DELHI: Prime Minister Narendra Modi held talks   | NEW DELHI                 | Prime Minister Narendra Modi held talks
      JACKSON, Miss. - The governor said                    | JACKSON, Miss.            | The governor said
      Beijing, March 4 (Reuters) - China and Brazil        | Beijing, March 4 (Reuters) | China and Brazil
      Washington (CNN) - The two leaders spoke             | Washington (CNN)          | The two leaders spoke
      New Delhi, Jan 5 (IANS) External Affairs Minister    | New Delhi, Jan 5 (IANS)   | External Affairs Minister
      UPDATE: talks resumed on Friday                      | none                      | none
      What Happened: On Saturday, state media said         | none                      | none
      The talks - which began on Monday - ended            | none                      | none
      US: the two sides met                                | none                      | none
      """)
  void findsTheDatelineAndWhereTheStoryStarts(String paragraph, String dateline, String rest) {
    Datelines.Found found = Datelines.find(paragraph);
    if (dateline == null) {
      assertThat(found).isNull();
    } else {
      assertThat(found.dateline()).isEqualTo(dateline);
      assertThat(paragraph.substring(found.storyStart())).isEqualTo(rest);
    }
  }
}
