package io.dyadwatch.alert.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.EventType;
import io.dyadwatch.schemas.avro.Level;
import io.dyadwatch.schemas.serde.AvroSerde;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamFilterTest {
  static {
    // Avro 1.12 instantiates only trusted classes (an enum default); the shared serde trusts ours as it loads.
    AvroSerde.of(ContactAlert.class);
  }

  /** CHN-PRK, NEW_DYAD, senior officials, confidence 0.8, one source. */
  private static final ContactAlert ALERT = ContactAlert.newBuilder()
      .setAlertId("CHN-PRK-20190620-00000000").setKind(AlertKind.NEW_DYAD).setDyad("CHN-PRK")
      .setCountries(List.of("CHN", "PRK")).setSummary("North Korea sent a delegation to China")
      .setEventType(EventType.VISIT).setStatus(EventStatus.OCCURRED)
      .setFirstSeenAt(Instant.EPOCH).setUpdatedAt(Instant.EPOCH)
      .setLevel(Level.SENIOR_OFFICIAL).setConfidence(0.8).setCorroboration(1)
      .build();

  private static TeamFilter filter(String yaml) {
    return Subscriptions.parse("{teams: [{name: t, filters: " + yaml + "}]}", false).teams().get(0).filter();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "{}                                              | true",
      "{countries: [PRK]}                              | true",
      "{countries: [KOR]}                              | false",
      "{dyads: [CHN-PRK]}                              | true",
      "{dyads: [PRK-CHN]}                              | true",
      "{dyads: [KOR-PRK]}                              | false",
      "{regions: [eastern-asia]}                       | true",
      "{regions: [south-america]}                      | false",
      "{countries: [KOR], regions: [eastern-asia]}     | true",
      "{countries: [PER, BOL], dyads: [KOR-USA]}       | false",
      "{kinds: [ESCALATION]}                           | false",
      "{kinds: [NEW_DYAD, RENEWED]}                    | true",
      "{min_level: SENIOR_OFFICIAL}                    | true",
      "{min_level: MINISTER}                           | false",
      "{min_confidence: 0.8}                           | true",
      "{min_confidence: 0.81}                          | false",
      "{min_corroboration: 1}                          | true",
      "{min_corroboration: 2}                          | false",
      "{countries: [PRK], kinds: [ESCALATION]}         | false",
  })
  void matches(String yaml, boolean expected) {
    assertThat(filter(yaml).matches(ALERT)).isEqualTo(expected);
  }

  @Test
  void describesItselfForPeople() {
    assertThat(filter("{}").describe()).isEqualTo("everything");
    assertThat(filter("{countries: [PRK, KOR], regions: [eastern-asia], kinds: [NEW_DYAD, ESCALATION],"
        + " min_level: MINISTER, min_confidence: 0.6, min_corroboration: 2}").describe())
        .isEqualTo("countries KOR, PRK; regions eastern-asia; kinds ESCALATION, NEW_DYAD;"
            + " level at least MINISTER; confidence at least 0.6; at least 2 sources");
  }
}
