package io.dyadwatch.alert.novelty;

import static io.dyadwatch.alert.TestEvents.delegation;
import static io.dyadwatch.alert.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.EventType;
import io.dyadwatch.schemas.avro.Level;
import io.dyadwatch.schemas.avro.Location;
import io.dyadwatch.schemas.avro.Participant;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SummariesTest {
  private static final Participant KIM = person("Kim Jong Un", "Chairman", "PRK", Level.HEAD_OF_STATE_OR_GOVERNMENT);
  private static final Participant XI = person("Xi Jinping", "President", "CHN", Level.HEAD_OF_STATE_OR_GOVERNMENT);
  private static final Participant WANG = person("Wang Yi", "Foreign Minister", "CHN", Level.MINISTER);
  private static final Participant CHOE = person("Choe Son Hui", "Foreign Minister", "PRK", Level.MINISTER);
  private static final Participant PARTY = delegation("a delegation of the Workers' Party of Korea", "PRK");

  private static ContactAlert alert(EventType type, EventStatus status, String initiator, String host,
      String place, Participant... participants) {
    return ContactAlert.newBuilder()
        .setAlertId("CHN-PRK-20190620-00000000").setKind(AlertKind.NEW_DYAD).setDyad("CHN-PRK")
        .setCountries(List.of("CHN", "PRK")).setSummary("").setEventType(type).setStatus(status)
        .setInitiator(initiator).setHost(host).setFirstSeenAt(Instant.EPOCH).setUpdatedAt(Instant.EPOCH)
        .setParticipants(List.of(participants))
        .setLocation(place == null ? null : new Location(place, null))
        .build();
  }

  static Stream<Arguments> summaries() {
    return Stream.of(
        Arguments.of(alert(EventType.VISIT, EventStatus.OCCURRED, "PRK", "CHN", "Beijing", PARTY,
            person("Wang Huning", null, "CHN", Level.SENIOR_OFFICIAL)),
            "North Korea sent a delegation to China; met Wang Huning in Beijing"),
        Arguments.of(alert(EventType.VISIT, EventStatus.OCCURRED, "PRK", "CHN", "Beijing", PARTY),
            "North Korea sent a delegation to Beijing, China"),
        Arguments.of(alert(EventType.VISIT, EventStatus.OCCURRED, "PRK", "CHN", null,
            person("North Korea's visiting trade minister", null, "PRK", Level.MINISTER)),
            "North Korea's visiting trade minister visited China"),
        Arguments.of(alert(EventType.VISIT, EventStatus.OCCURRED, "PRK", "CHN", "China", PARTY),
            "North Korea sent a delegation to China"),
        Arguments.of(alert(EventType.VISIT, EventStatus.OCCURRED, null, "CHN", null, KIM, XI),
            "North Korea's Chairman Kim Jong Un visited China; met Xi Jinping"),
        Arguments.of(alert(EventType.VISIT, EventStatus.PLANNED, "CHN", "PRK", "Pyongyang", XI, KIM),
            "China's President Xi Jinping will visit North Korea; to meet Kim Jong Un in Pyongyang"),
        Arguments.of(alert(EventType.VISIT, EventStatus.OCCURRED, "PRK", "CHN", null, KIM,
            WANG, XI, person("Li Qiang", "Premier", "CHN", Level.HEAD_OF_STATE_OR_GOVERNMENT)),
            "North Korea's Chairman Kim Jong Un visited China; met Wang Yi, Xi Jinping and 1 other"),
        Arguments.of(alert(EventType.VISIT, EventStatus.OCCURRED, null, null, null, PARTY),
            "A visit took place between China and North Korea"),
        Arguments.of(alert(EventType.MEETING, EventStatus.OCCURRED, null, null, "Vientiane", WANG, CHOE),
            "China's Foreign Minister Wang Yi met North Korea's Foreign Minister Choe Son Hui in Vientiane"),
        Arguments.of(alert(EventType.MEETING, EventStatus.PLANNED, null, null, null, CHOE),
            "Officials of China will meet North Korea's Foreign Minister Choe Son Hui"),
        Arguments.of(alert(EventType.MEETING, EventStatus.OCCURRED, null, null, null),
            "Officials of China and North Korea met"),
        Arguments.of(alert(EventType.CALL, EventStatus.OCCURRED, "PRK", null, null, CHOE, WANG),
            "North Korea's Foreign Minister Choe Son Hui spoke by phone with China's Foreign Minister Wang Yi"),
        Arguments.of(alert(EventType.CALL, EventStatus.PLANNED, null, null, null),
            "Officials of China and North Korea will hold a call"),
        Arguments.of(alert(EventType.AGREEMENT, EventStatus.OCCURRED, null, null, "Pyongyang", XI, KIM),
            "China and North Korea signed an agreement in Pyongyang"),
        Arguments.of(alert(EventType.AGREEMENT, EventStatus.PLANNED, "PRK", null, null),
            "North Korea and China will sign an agreement"),
        Arguments.of(alert(EventType.MEETING, EventStatus.OCCURRED, null, null, null,
            person("Chairman Kim Jong Un", "Chairman", "PRK", Level.HEAD_OF_STATE_OR_GOVERNMENT), XI),
            "China's President Xi Jinping met North Korea's Chairman Kim Jong Un"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("summaries")
  void oneLineSummary(ContactAlert alert, String expected) {
    assertThat(Summaries.summarize(alert)).isEqualTo(expected);
  }
}
