package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
  private static final DateFinder DATES = DateFinder.load();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      November 19, 2024 10:12am                  | 2024-11-19T10:12
      Thursday 07 September 2023 02:30 BST       | 2023-09-07T02:30+01:00
      May 20, 2022 / 03:02 PM IST                | 2022-05-20T15:02+05:30
      28 May 2019 [14:49] - TODAY.AZ             | 2019-05-28T14:49
      2024-10-13 21:02:45                        | 2024-10-13T21:02:45
      Wed 28 Mar 2024 17.40 GMT                  | 2024-03-28T17:40Z
      August 29, 2023 4:15 PM GMT+1              | 2023-08-29T16:15+01:00
      Published 6:41 PM EDT, September 24, 2024  | 2024-09-24T18:41-04:00
      Sept. 15, 2023                             | 2023-09-15
      Posted on 1st March 2024                   | 2024-03-01
      12:30 CST, March 3, 2024                   | 2024-03-03T12:30
      2023/09/11                                 | 2023-09-11
      from 9 to 11 September 2023                | 2023-09-11
      February 30, 2024                          | none
      Oct. 13                                    | none
      on 10 September                            | none
      13:45 on Monday                            | none
      """)
  void readsPrintedDates(String text, String iso) {
    DateFinder.Found found = DATES.find(text);
    assertThat(found == null ? null : found.iso()).isEqualTo(iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      2024-11-19                       | 2024-11-19
      2019-05                          | 2019-05
      2024-11-19T10:12:00+09:00        | 2024-11-19T10:12:00+09:00
      2024-11-19 10:12                 | 2024-11-19T10:12
      Tue, 19 Nov 2024 10:12:00 GMT    | 2024-11-19T10:12:00Z
      yesterday                        | none
      """)
  void keepsIsoAndReadsTheRest(String value, String iso) {
    assertThat(DATES.toIso(value)).isEqualTo(iso);
  }
}
