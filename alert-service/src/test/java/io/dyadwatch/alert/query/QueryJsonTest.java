package io.dyadwatch.alert.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryJsonTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "null", value = {
      "CHN-PRK, CHN-PRK",
      "prk-chn, CHN-PRK",
      "' PRK-VNM ', PRK-VNM",
      "PRK-PRK, null",
      "PRK, null",
      "PRK-CHN-VNM, null",
      "PR-CHN, null",
      "P1K-CHN, null",
  })
  void dyadIsTheSortedPair(String text, String expected) {
    assertThat(QueryJson.dyad(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({"CHN-PRK, PRK, true", "CHN-PRK, CHN, true", "CHN-PRK, KOR, false", "PRK-VNM, RK-, false"})
  void involves(String dyad, String country, boolean expected) {
    assertThat(QueryJson.involves(dyad, country)).isEqualTo(expected);
  }
}
