package io.dyadwatch.alert.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
  private final Countries countries = Countries.get();

  @ParameterizedTest(name = "{0}: {1}, {2}")
  @CsvSource({
      "PRK, North Korea, eastern-asia",
      "KOR, South Korea, eastern-asia",
      "LAO, Laos, south-eastern-asia",
      "VNM, Vietnam, south-eastern-asia",
      "RUS, Russia, eastern-europe",
      "PER, Peru, south-america",
      "USA, United States, northern-america",
      "COD, DR Congo, middle-africa",
      "XKX, Kosovo, southern-europe",
  })
  void nameAndRegion(String code, String name, String region) {
    assertThat(countries.name(code)).isEqualTo(name);
    assertThat(countries.region(code)).isEqualTo(region);
    assertThat(countries.isKnown(code)).isTrue();
  }

  @Test
  void unknownCodeIsNamedByItself() {
    assertThat(countries.name("XYZ")).isEqualTo("XYZ");
    assertThat(countries.region("XYZ")).isNull();
    assertThat(countries.isKnown("XYZ")).isFalse();
  }

  @Test
  void regionsAreTheUnSubRegions() {
    assertThat(countries.regions()).hasSize(23).contains("eastern-asia", "south-america", "western-africa");
  }
}
