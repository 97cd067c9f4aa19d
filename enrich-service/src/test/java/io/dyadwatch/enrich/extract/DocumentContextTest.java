package io.dyadwatch.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the cleaner knows beside the text (the dateline it took off, the outlet) places unplaced officials. */
class DocumentContextTest {
  private static final Extractor EXTRACTOR = new Extractor();
  private static final String TEXT = "Prime Minister Arjun Mehra will visit Japan next week, his office said.";

  @Test
  void datelineTakenOffTheTextPlacesAnOfficialTheStoryDoesNot() {
    assertOneContactFrom(TEXT, "2025-01-06", "NEW DELHI, Jan 6 (PTI)", "IND-JPN", "IND");
  }

  @Test
  void outletsNationalDomainPlacesAnOfficialWhenThereIsNoDateline() {
    List<Contact> contacts = EXTRACTOR.extract(new Document("o", null, TEXT, "2025-01-06", "en", null, "rnz.co.nz"));
    assertThat(contacts).extracting(Contact::dyad).containsExactly("JPN-NZL");
  }

  @Test
  void withoutDatelineOrNationalDomainTheOfficialStaysUnplaced() {
    assertThat(EXTRACTOR.extract(new Document("n", null, TEXT, "2025-01-06", "en", null, "example.com"))).isEmpty();
    assertThat(Extractor.outletCountry("startup.io")).isNull();
    assertThat(Extractor.outletCountry("capitalfm.co.ke")).isEqualTo("KEN");
    assertThat(Extractor.outletCountry("independent.co.uk")).isEqualTo("GBR");
  }

  @Test
  void datelineDecidesBetweenSeveralCountriesWhoseOfficialsTheStoryNames() {
    String text = "Economy Minister Lena Vogt is due to travel to Qatar at the weekend. Chancellor Olaf Scholz spoke "
        + "by telephone with Norwegian Prime Minister Jonas Gahr Stoere on Tuesday.";
    List<Contact> contacts = EXTRACTOR.extract(
        new Document("t", null, text, "2022-03-16", "en", "BERLIN, March 16 (Reuters)", null));
    assertThat(contacts).extracting(Contact::dyad).containsExactly("DEU-QAT", "DEU-NOR");
    assertThat(EXTRACTOR.extract(new Document("u", null, text, "2022-03-16", "en", null, "example.com")))
        .extracting(Contact::dyad).containsExactly("DEU-NOR");
  }

  @Test
  void aStateAfterACityTheGazetteersDoNotKnowPlacesTheDateline() {
    assertOneContactFrom("Governor Kim Reynolds met Japanese officials in Tokyo on Monday.", "2019-11-11",
        "DES MOINES, Iowa (KCRG)", "JPN-USA", "USA");
  }

  @Test
  void withNoDatelineANamedOfficialBelongsToTheCountryTheStoryIsAbout() {
    String text = "Vietnam's exports to the U.S. rose 27 percent. Vietnam's trade surplus grew, and Vietnamese "
        + "steel drew scrutiny.\n\nMinister of Industry and Trade Tran Tuan Anh is scheduled to visit Washington "
        + "later this month.";
    List<Contact> contacts = EXTRACTOR.extract(new Document("v", null, text, "2018-06-04", "en", null, "example.net"));
    assertThat(contacts).extracting(Contact::dyad).containsExactly("USA-VNM");
    assertThat(contacts.get(0).initiator()).isEqualTo("VNM");
  }

  @Test
  void anUnnamedRoleOrAStoryWithoutAClearCountryPlacesNoOne() {
    String unnamed = "Thailand's ties with Myanmar were strained, and Thai exports fell. ASEAN said its envoy would "
        + "travel to Naypyitaw in the coming weeks.";
    assertThat(EXTRACTOR.extract(new Document("e", null, unnamed, "2025-01-06", "en", null, "example.com")))
        .isEmpty();
    String even = "Chile and Peru are neighbours. Foreign Minister Ana Ruiz will visit Japan next week.";
    assertThat(EXTRACTOR.extract(new Document("p", null, even, "2025-01-06", "en", null, "example.com")))
        .isEmpty();
  }

  @Test
  void firstPersonOnAGovernmentsOwnSiteIsThatGovernment() {
    String text = "Today I will travel to Beijing, at the invitation of China's Foreign Minister Wang Yi.";
    List<Contact> contacts = EXTRACTOR.extract(
        new Document("g", null, text, "2022-12-20", "en", null, "foreignminister.gov.au"));
    assertThat(contacts).extracting(Contact::dyad).containsExactly("AUS-CHN");
    assertThat(contacts.get(0).initiator()).isEqualTo("AUS");
    assertThat(Extractor.outletCountry("state.gov")).isEqualTo("USA");
  }

  @Test
  void firstPersonInAQuoteOrOnAnyOtherSiteIsNoOne() {
    String quoted = "\"We will travel to Beijing next week,\" a businessman said.";
    assertThat(EXTRACTOR.extract(new Document("q", null, quoted, "2022-12-20", "en", null, "foreignminister.gov.au")))
        .isEmpty();
    String blog = "Today I will travel to Beijing to see the Great Wall.";
    assertThat(EXTRACTOR.extract(new Document("b", null, blog, "2022-12-20", "en", null, "travelnotes.co.uk")))
        .isEmpty();
  }

  /** The text under the dateline gives exactly one contact, of that dyad and initiator. */
  private static void assertOneContactFrom(String text, String published, String dateline, String dyad,
      String initiator) {
    List<Contact> contacts = EXTRACTOR.extract(new Document("d", null, text, published, "en", dateline, null));
    assertThat(contacts).extracting(Contact::dyad).containsExactly(dyad);
    assertThat(contacts.get(0).initiator()).isEqualTo(initiator);
  }
}
