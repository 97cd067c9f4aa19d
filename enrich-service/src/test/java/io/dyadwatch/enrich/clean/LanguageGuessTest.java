package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The two foreign ministers met in Beijing on Tuesday and agreed to expand trade and security cooperation.
      fr | Les deux ministres des Affaires étrangères se sont rencontrés mardi à Pékin pour parler de commerce.
      es | Los dos ministros de Relaciones Exteriores se reunieron el martes en Pekín para hablar de comercio.
      de | Die beiden Außenminister trafen sich am Dienstag in Peking und vereinbarten eine engere Zusammenarbeit.
      ru | Министры иностранных дел двух стран встретились во вторник в Пекине и обсудили торговлю.
      ar | التقى وزيرا خارجية البلدين في بكين يوم الثلاثاء واتفقا على توسيع التعاون التجاري.
      ko | 양국 외교장관은 화요일 베이징에서 만나 무역과 안보 협력을 확대하기로 합의했다.
      """)
  void guessesTheLanguageOfAParagraph(String code, String text) {
    LanguageGuess.Guess guess = LanguageGuess.of(text);
    assertThat(guess.code()).isEqualTo(code);
    assertThat(guess.confidence()).isBetween(0.0, 1.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Spanish Prime Minister Pedro Sanchez will meet Moroccan Prime Minister Aziz Akhannouch this month.
      it | Il presidente della Repubblica Sergio Mattarella ha ricevuto al Quirinale il presidente tedesco.
      de | Bundeskanzler Olaf Scholz will am Montag den polnischen Ministerpraesidenten Donald Tusk treffen.
      """)
  void aShortSentenceOfNamesIsReadByItsFunctionWords(String code, String text) {
    assertThat(LanguageGuess.of(text).code()).isEqualTo(code);
  }

  @Test
  void anOpeningTickerInAnotherLanguageDoesNotDecide() {
    String text = "Dólar blue $1.180 | Dólar oficial $826,50 | Riesgo país 1.742 | Merval 1.203.455 | Soja US$ 425"
        + " | Trigo US$ 210 | Maíz US$ 180 | Petróleo US$ 77 | Oro US$ 2.030 | Bolsa de Comercio de Rosario\n\n"
        + "Milei meets Netanyahu and Herzog in Jerusalem\n\n"
        + "Argentine President Javier Milei held talks with Prime Minister Benjamin Netanyahu in Jerusalem on"
        + " Wednesday, on the second day of a visit to Israel during which he pledged to move the embassy of"
        + " Argentina from Tel Aviv to Jerusalem, a decision that was welcomed by the Israeli government.";
    assertThat(LanguageGuess.of(text).code()).isEqualTo("en");
    assertThat(LanguageGuess.sample(text)).contains("Argentine President").doesNotContain("Dólar");
  }

  @Test
  void tooFewLettersAreUndetermined() {
    assertThat(LanguageGuess.of("12,345.67 (+0.5%)")).isEqualTo(LanguageGuess.UNDETERMINED);
    assertThat(LanguageGuess.of("Kim Jong Un")).isEqualTo(LanguageGuess.UNDETERMINED);
  }

  @Test
  void aScriptOnlyOneLanguageUsesIsCertain() {
    assertThat(LanguageGuess.of("양국 외교장관은 화요일 베이징에서 만나 무역과 안보 협력을 확대하기로 합의했다.").confidence())
        .isEqualTo(1.0);
  }
}
