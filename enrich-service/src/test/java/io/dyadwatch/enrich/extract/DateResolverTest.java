package io.dyadwatch.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.schemas.avro.EventStatus;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {
  private final DateResolver dates = new DateResolver();

  /** Dates worked out on a calendar: 2023-09-07 was a Thursday, 2024-11-19 a Tuesday. */
  @ParameterizedTest(name = "{0} ({1}, {2})")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      met on Tuesday                    | 2023-09-07 | OCCURRED | on Tuesday         | 2023-09-05
      will meet on Tuesday              | 2023-09-07 | PLANNED  | on Tuesday         | 2023-09-12
      arrived on Thursday               | 2023-09-07 | OCCURRED | on Thursday        | 2023-09-07
      arrived last night                | 2023-09-07 | OCCURRED | last night         | 2023-09-06
      will arrive tomorrow              | 2023-09-07 | PLANNED  | tomorrow           | 2023-09-08
      met on Sept. 12                   | 2023-09-13 | OCCURRED | on Sept. 12        | 2023-09-12
      met on Dec. 28                    | 2024-01-03 | OCCURRED | on Dec. 28         | 2023-12-28
      will visit on May 21              | 2022-05-20 | PLANNED  | on May 21          | 2022-05-21
      will visit on 2 January           | 2023-12-20 | PLANNED  | on 2 January       | 2024-01-02
      visited on November 19, 2024      | null       | OCCURRED | on November 19, 2024 | 2024-11-19
      will visit next week              | 2023-09-07 | PLANNED  | next week          | 2023-09-11
      visited last week                 | 2023-09-07 | OCCURRED | last week          | 2023-08-28
      visited last month                | 2016-03    | OCCURRED | last month         | 2016-02-01
      will visit next month             | 2023-12-20 | PLANNED  | next month         | 2024-01-01
      signed a treaty in June           | 2024-11-19 | OCCURRED | in June            | 2024-06-01
      will visit in June                | 2024-11-19 | PLANNED  | in June            | 2025-06-01
      met in December                   | 2024-11-19 | OCCURRED | in December        | 2023-12-01
      arrived on Thursday               | 2016-03    | OCCURRED | on Thursday        | null
      arrived the previous day          | 2024-11-19 | OCCURRED | the previous day   | null
      """)
  void resolvesAgainstThePublicationDate(String text, String published, EventStatus status, String words,
      String expected) {
    List<Token> toks = Tokenizer.tokenize(text);
    SentenceView v = new SentenceView(text, toks, 0, toks.size(), false, 0);
    List<DateResolver.Expr> found = dates.find(v);

    assertThat(found).hasSize(1);
    DateResolver.Expr e = found.get(0);
    assertThat(v.text(e.start(), e.end())).isEqualTo(words);
    assertThat(Objects.toString(dates.resolve(e, status, PubDate.parse(published)), null)).isEqualTo(expected);
  }
}
