package io.dyadwatch.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the U.S. mainland            | the U.S. mainland
      D.P.R.K. and N.Korea         | D.P.R.K. and N . Korea
      Russia's Lavrov              | Russia 's Lavrov
      Russia’s Lavrov              | Russia ’s Lavrov
      Workers' Party               | Workers ' Party
      didn't visit                 | didn't visit
      Kim Jong-un                  | Kim Jong - un
      North Korea-Russia talks     | North Korea - Russia talks
      KSE100 85,483 (0.04%)        | KSE100 85,483 ( 0.04 % )
      Sana'a and Xi'an             | Sana'a and Xi'an
      a Sit-down with Li           | a Sit-down with Li
      a tête-à-tête, sit-in        | a tête-à-tête , sit - in
      """)
  void splitsWordsPossessivesAndAbbreviations(String text, String expected) {
    assertThat(Tokenizer.tokenize(text)).extracting(t -> t.text).containsExactly(expected.split(" "));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Lavrov’s visit to\n\nPyongyang, on Sept. 12.";
    List<Token> toks = Tokenizer.tokenize(text);
    for (Token t : toks) {
      assertThat(text.substring(t.start, t.end)).isEqualTo(t.text);
    }
    assertThat(toks.get(1).norm).isEqualTo("'s");
    assertThat(toks.get(1).kind).isEqualTo(Token.Kind.POSSESSIVE);
  }
}
