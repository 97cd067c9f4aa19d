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
    List<Contact> contacts = EXTRACTOR.extract(
        new Document("d", null, TEXT, "2025-01-06", "en", "NEW DELHI, Jan 6 (PTI)", null));
    assertThat(contacts).extracting(Contact::dyad).containsExactly("IND-JPN");
    assertThat(contacts.get(0).initiator()).isEqualTo("IND");
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
}
