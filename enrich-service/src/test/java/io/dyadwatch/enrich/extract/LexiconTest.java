package io.dyadwatch.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.standard();

  private Lexicon.Match match(String phrase) {
    List<Token> toks = Tokenizer.tokenize(phrase);
    return lexicon.match(toks, 0, toks.size());
  }

  @Test
  void everyUnMemberObserverTaiwanKosovoAndTheFreelyAssociatedStatesAreStates() {
    assertThat(lexicon.countryNames).hasSize(193 + 2 + 2 + 2).containsKeys("VAT", "PSE", "TWN", "XKX", "COK", "NIU");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      North Korea                          | COUNTRY     | PRK
      DPRK                                 | COUNTRY     | PRK
      Burma                                | COUNTRY     | MMR
      Ivory Coast                          | COUNTRY     | CIV
      the U.S.                             | BLOCKED     | null
      U.S.                                 | COUNTRY     | USA
      North Korean                         | DEMONYM     | PRK
      North Koreans                        | DEMONYM     | PRK
      Emirati                              | DEMONYM     | ARE
      Kremlin                              | SEAT        | RUS
      White House                          | SEAT        | USA
      Dhaka                                | SEAT        | BGD
      Primorsky Krai                       | PLACE       | RUS
      Workers' Party of Korea              | INSTITUTION | PRK
      Chinese Communist Party              | INSTITUTION | CHN
      State Department                     | INSTITUTION | USA
      KCNA                                 | SOURCE      | null
      Xinhua                               | SOURCE      | null
      ASEAN                                | ORG         | null
      Latin America                        | BLOCKED     | null
      """)
  void namesCountriesInstitutionsSourcesAndOrganisations(String phrase, String kind, String code) {
    Lexicon.Match m = match(phrase);
    if (kind.equals("BLOCKED") && phrase.startsWith("the")) {
      assertThat(m).as("'the' starts no entry").isNull();
      return;
    }
    assertThat(m).isNotNull();
    assertThat(m.entry().kind.name()).isEqualTo(kind);
    assertThat(String.valueOf(m.entry().code)).isEqualTo(code);
    assertThat(m.length()).isEqualTo(Tokenizer.tokenize(phrase).size());
  }

  @Test
  void lettersCaseKeepsPronounsAndCommonWordsOut() {
    assertThat(match("us")).isNull();
    assertThat(match("china")).isNull();
    assertThat(match("chad")).isNull();
    assertThat(match("US").entry().code).isEqualTo("USA");
    assertThat(match("NORTH KOREA").entry().code).isEqualTo("PRK");
  }

  @Test
  void rolesCarryTheirLevel() {
    assertThat(match("foreign minister").entry().level.name()).isEqualTo("MINISTER");
    assertThat(match("Vice-Premier").entry().level.name()).isEqualTo("MINISTER");
    assertThat(match("vice-minister").entry().level.name()).isEqualTo("SENIOR_OFFICIAL");
    assertThat(match("President").entry().level.name()).isEqualTo("HEAD_OF_STATE_OR_GOVERNMENT");
    assertThat(match("governor").entry().level.name()).isEqualTo("SUBNATIONAL");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      Antony Blinken                       | USA
      Antony J. Blinken                    | USA
      Sooronbai Jeenbekov                  | KGZ
      Mevlut Cavusoglu                     | TUR
      Jay Carney                           | null
      Hunter Biden                         | null
      """)
  void listedOfficialsByFullNameOrAnotherSpellingOnly(String name, String country) {
    assertThat(lexicon.knownPerson(name)).isEqualTo(country);
  }
}
