package io.dyadwatch.alert.novelty;

import static io.dyadwatch.alert.TestEvents.partyDelegationToBeijing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTimeTest {
  private static final long RECORD_TIME = Instant.parse("2024-11-19T23:30:00Z").toEpochMilli();

  @ParameterizedTest(name = "event_date={0} published_at={1} -> {2}")
  @CsvSource(nullValues = "null", value = {
      "2019-06-20, 2019-06-21, 2019-06-20",
      "null, 2019-06-21, 2019-06-21",
      "null, 2019-06-21T02:00:00+09:00, 2019-06-20",
      "null, 2019-06-21T10:15:00Z, 2019-06-21",
      "null, 2019-06-21T10:15:00, 2019-06-21",
      "null, 2019-05, 2024-11-19",
      "null, yesterday, 2024-11-19",
      "null, null, 2024-11-19",
      "' ', null, 2024-11-19",
  })
  void dayOfAnEvent(String eventDate, String publishedAt, String expected) {
    var event = partyDelegationToBeijing().setEventDate(eventDate).setPublishedAt(publishedAt).build();

    assertThat(EventTime.dayOf(event, RECORD_TIME)).isEqualTo(LocalDate.parse(expected));
  }
}
