package io.dyadwatch.alert.novelty;

import static io.dyadwatch.alert.TestEvents.partyDelegationToBeijing;
import static io.dyadwatch.alert.TestEvents.person;
import static io.dyadwatch.alert.TestEvents.sameContactFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadwatch.alert.TestEvents;
import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.DyadContact;
import io.dyadwatch.schemas.avro.DyadHistory;
import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.EventType;
import io.dyadwatch.schemas.avro.Evidence;
import io.dyadwatch.schemas.avro.Level;
import io.dyadwatch.schemas.avro.Participant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoveltyJudgeTest {
  private static final Instant NOW = Instant.parse("2019-06-21T09:00:00Z");
  private final NoveltyJudge judge = new NoveltyJudge(NoveltyRules.defaults());

  /** Feeds events in order, each judged on its event_date, returning the last judgement. */
  private Judgement[] run(DiplomaticEvent... events) {
    Judgement[] out = new Judgement[events.length];
    DyadHistory history = null;
    for (int i = 0; i < events.length; i++) {
      out[i] = judge.judge(history, events[i], LocalDate.parse(events[i].getEventDate()), NOW);
      history = out[i].history();
    }
    return out;
  }

  /** A phone call on {@code day} between people other than the seed contact's, at {@code level}. */
  private static DiplomaticEvent call(String id, String day, Level level) {
    String sentence = "The two foreign ministers spoke by phone.";
    return partyDelegationToBeijing()
        .setEventId(id)
        .setArticleId("a-" + id)
        .setEventType(EventType.CALL)
        .setInitiator(null)
        .setHost(null)
        .setLocation(null)
        .setParticipants(new ArrayList<>(List.of(person("Choe Son Hui", "Foreign Minister", "PRK", level))))
        .setLevel(level)
        .setEventDate(day)
        .setSource("kcna.kp")
        .setUrl("https://kcna.kp/en/" + id)
        .setEvidence(new Evidence(sentence, 0, sentence.length(), "a-" + id))
        .build();
  }

  static Stream<Arguments> secondContactAfterASeniorVisitOn20190620() {
    return Stream.of(
        Arguments.of("11 days later, same level", "2019-07-01", Level.SENIOR_OFFICIAL, null),
        Arguments.of("365 days later (2020 is a leap year)", "2020-06-19", Level.SENIOR_OFFICIAL, null),
        Arguments.of("366 days later: past the quiet period", "2020-06-20", Level.SENIOR_OFFICIAL, AlertKind.RENEWED),
        Arguments.of("a minister, higher than any before", "2019-07-01", Level.MINISTER, AlertKind.ESCALATION),
        Arguments.of("renewed and higher: escalation wins", "2021-01-01", Level.MINISTER, AlertKind.ESCALATION),
        Arguments.of("lower level", "2019-07-01", Level.SUBNATIONAL, null),
        Arguments.of("unknown level never escalates", "2019-07-01", Level.UNKNOWN, null),
        Arguments.of("older than the dyad's history", "2019-06-10", Level.SENIOR_OFFICIAL, null),
        Arguments.of("older than the history, even at the top level", "2019-06-10",
            Level.HEAD_OF_STATE_OR_GOVERNMENT, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secondContactAfterASeniorVisitOn20190620")
  void kindOfASecondContact(String name, String day, Level level, AlertKind expected) {
    Judgement[] j = run(partyDelegationToBeijing().build(), call("c2", day, level));

    assertThat(j[0].alert().getKind()).isEqualTo(AlertKind.NEW_DYAD);
    assertThat(j[1].alert() == null ? null : j[1].alert().getKind()).isEqualTo(expected);
    assertThat(j[1].history().getContactCount()).isEqualTo(2);
  }

  @Test
  void lateContactIsJudgedAgainstTheContactBeforeItInEventTime() {
    // Known: 2019-06-20 and 2021-06-20. 2020-09-01 is 439 days after 2019-06-20; 2020-03-01 is 255 days after.
    Judgement[] j = run(partyDelegationToBeijing().build(), call("c2", "2021-06-20", Level.SENIOR_OFFICIAL),
        call("late-1", "2020-09-01", Level.SENIOR_OFFICIAL), call("late-2", "2020-03-01", Level.SENIOR_OFFICIAL));

    assertThat(j[1].alert().getKind()).isEqualTo(AlertKind.RENEWED);
    assertThat(j[2].alert().getKind()).isEqualTo(AlertKind.RENEWED);
    assertThat(j[3].alert()).isNull();
    assertThat(j[3].history().getFirstEventDate()).isEqualTo("2019-06-20");
    assertThat(j[3].history().getLastEventDate()).isEqualTo("2021-06-20");
    assertThat(j[3].history().getContacts()).extracting(DyadContact::getDay)
        .containsExactly("2019-06-20", "2020-03-01", "2020-09-01", "2021-06-20");
  }

  @Test
  void eventOlderThanTheKnownHistoryMakesNoNewDyadAndMovesTheFirstDateBack() {
    Judgement[] j = run(partyDelegationToBeijing().build(), call("old", "2018-03-01", Level.MINISTER));

    assertThat(j[1].outcome()).isEqualTo(Judgement.Outcome.RECORDED);
    assertThat(j[1].history().getFirstEventDate()).isEqualTo("2018-03-01");
    assertThat(j[1].history().getMaxLevel()).isEqualTo(Level.MINISTER);
  }

  static Stream<Arguments> reportsOfTheSeedContact() {
    DiplomaticEvent.Builder other = sameContactFrom("reuters.com", 1);
    return Stream.of(
        Arguments.of("same type, two days later", copy(other).setEventDate("2019-06-22").build(), true),
        Arguments.of("same type, three days later", copy(other).setEventDate("2019-06-23").build(), false),
        Arguments.of("a meeting the next day with Wang Huning", copy(other).setEventType(EventType.MEETING)
            .setEventDate("2019-06-21").build(), true),
        Arguments.of("his name spelt with other spaces and case", copy(other).setEventType(EventType.MEETING)
            .setParticipants(List.of(person("wang  huning", null, "CHN", Level.SENIOR_OFFICIAL))).build(), true),
        Arguments.of("a meeting with someone else", copy(other).setEventType(EventType.MEETING)
            .setParticipants(List.of(person("Song Tao", "head of the International Department", "CHN",
                Level.SENIOR_OFFICIAL))).build(), false),
        Arguments.of("a meeting with only a delegation in common", copy(other).setEventType(EventType.MEETING)
            .setParticipants(List.of(TestEvents.delegation("a delegation of the Workers' Party of Korea", "PRK")))
            .build(), false));
  }

  private static DiplomaticEvent.Builder copy(DiplomaticEvent.Builder b) {
    return DiplomaticEvent.newBuilder(b.build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reportsOfTheSeedContact")
  void sameContactOrNot(String name, DiplomaticEvent second, boolean same) {
    Judgement[] j = run(partyDelegationToBeijing().build(), second);

    assertThat(j[1].history().getContactCount()).isEqualTo(same ? 1 : 2);
    assertThat(j[1].history().getEventCount()).isEqualTo(2);
  }

  @Test
  void plannedVisitAnnouncedWeeksAheadIsTheSameContactAsItsTakingPlace() {
    DiplomaticEvent announced = partyDelegationToBeijing().setEventId("ev-kcna-1").setSource("kcna.kp")
        .setStatus(EventStatus.PLANNED).setEventDate("2019-06-01").build();
    DiplomaticEvent tooEarly = DiplomaticEvent.newBuilder(announced).setEventDate("2019-05-15").build();

    assertThat(run(announced, partyDelegationToBeijing().build())[1].history().getContactCount()).isEqualTo(1);
    assertThat(run(tooEarly, partyDelegationToBeijing().build())[1].history().getContactCount()).isEqualTo(2);
  }

  @Test
  void plannedThenOccurredUpdatesTheSameAlert() {
    Instant announcedAt = Instant.parse("2019-06-02T06:00:00Z");
    DiplomaticEvent announced = partyDelegationToBeijing().setEventId("ev-kcna-1").setSource("kcna.kp")
        .setUrl("https://kcna.kp/en/article/1").setStatus(EventStatus.PLANNED).setEventDate("2019-06-01").build();
    Judgement first = judge.judge(null, announced, LocalDate.parse("2019-06-01"), announcedAt);
    Judgement second = judge.judge(first.history(), partyDelegationToBeijing().build(),
        LocalDate.parse("2019-06-20"), NOW);

    ContactAlert planned = first.alert();
    assertThat(planned.getStatus()).isEqualTo(EventStatus.PLANNED);
    assertThat(planned.getSummary())
        .isEqualTo("North Korea will send a delegation to China; to meet Wang Huning in Beijing");
    ContactAlert occurred = second.alert();
    assertThat(second.outcome()).isEqualTo(Judgement.Outcome.UPDATED_ALERT);
    assertThat(occurred.getAlertId()).isEqualTo(planned.getAlertId()).startsWith("CHN-PRK-20190601-");
    assertThat(occurred.getKind()).isEqualTo(AlertKind.NEW_DYAD);
    assertThat(occurred.getRevision()).isEqualTo(2);
    assertThat(occurred.getStatus()).isEqualTo(EventStatus.OCCURRED);
    assertThat(occurred.getEventDate()).isEqualTo("2019-06-20");
    assertThat(occurred.getSummary()).isEqualTo("North Korea sent a delegation to China; met Wang Huning in Beijing");
    assertThat(occurred.getFirstSeenAt()).isEqualTo(announcedAt);
    assertThat(occurred.getUpdatedAt()).isEqualTo(NOW);
    assertThat(occurred.getSources()).containsExactly("kcna.kp", "apnews.com");
    assertThat(occurred.getCorroboration()).isEqualTo(2);
    assertThat(second.history().getContacts()).singleElement()
        .satisfies(c -> assertThat(c.getDay()).isEqualTo("2019-06-20"));
    assertThat(second.history().getLastEventDate()).isEqualTo("2019-06-20");
  }

  @Test
  void fiveOutletsMakeOneAlertWhoseCorroborationCountsDistinctSources() {
    Judgement[] j = run(partyDelegationToBeijing().build(), sameContactFrom("reuters.com", 1).build(),
        sameContactFrom("yna.co.kr", 2).build(), sameContactFrom("xinhuanet.com", 3).build(),
        sameContactFrom("nknews.org", 4).build(),
        // The first outlet again, with another article: a new URL, no new source.
        sameContactFrom("apnews.com", 5).build());

    assertThat(j).extracting(Judgement::outcome).containsExactly(Judgement.Outcome.NEW_ALERT,
        Judgement.Outcome.UPDATED_ALERT, Judgement.Outcome.UPDATED_ALERT, Judgement.Outcome.UPDATED_ALERT,
        Judgement.Outcome.UPDATED_ALERT, Judgement.Outcome.UPDATED_ALERT);
    assertThat(Stream.of(j).map(x -> x.alert().getAlertId()).distinct()).hasSize(1);
    assertThat(j).extracting(x -> x.alert().getRevision()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(j).extracting(x -> x.alert().getCorroboration()).containsExactly(1, 2, 3, 4, 5, 5);
    ContactAlert last = j[5].alert();
    assertThat(last.getSources())
        .containsExactly("apnews.com", "reuters.com", "yna.co.kr", "xinhuanet.com", "nknews.org");
    assertThat(last.getSourceUrls()).hasSize(6).contains("https://nknews.org/news/4");
    assertThat(last.getEvidence()).hasSize(5);
    assertThat(last.getEventIds()).hasSize(6);
    assertThat(j[5].history().getContactCount()).isEqualTo(1);
    assertThat(j[5].history().getEventCount()).isEqualTo(6);
  }

  @Test
  void reportThatChangesNothingVisibleIsRecordedWithoutARevision() {
    // A second contact sentence in the same article: same outlet, URL and people.
    DiplomaticEvent again = partyDelegationToBeijing().setEventId("ev-ap-1-b").build();
    Judgement[] j = run(partyDelegationToBeijing().build(), again);

    assertThat(j[1].outcome()).isEqualTo(Judgement.Outcome.RECORDED);
    assertThat(j[1].history().getContacts().get(0).getAlert().getRevision()).isEqualTo(1);
    assertThat(j[1].history().getContacts().get(0).getEventIds()).containsExactly("ev-ap-1", "ev-ap-1-b");
  }

  @Test
  void sameEventTwiceIsADuplicateThatChangesNothing() {
    Judgement[] j = run(partyDelegationToBeijing().build(), partyDelegationToBeijing().build());

    assertThat(j[1].outcome()).isEqualTo(Judgement.Outcome.DUPLICATE);
    assertThat(j[1].history()).isEqualTo(j[0].history());
  }

  @Test
  void higherLevelReportOfAnAlertedContactRaisesItsLevelAndSeverity() {
    DiplomaticEvent withKim = sameContactFrom("yna.co.kr", 1)
        .setParticipants(List.of(person("Kim Jong Un", "Chairman", "PRK", Level.HEAD_OF_STATE_OR_GOVERNMENT)))
        .setLevel(Level.HEAD_OF_STATE_OR_GOVERNMENT).build();
    Judgement[] j = run(partyDelegationToBeijing().build(), withKim);

    ContactAlert alert = j[1].alert();
    assertThat(alert.getKind()).isEqualTo(AlertKind.NEW_DYAD);
    assertThat(alert.getLevel()).isEqualTo(Level.HEAD_OF_STATE_OR_GOVERNMENT);
    assertThat(alert.getSeverity()).isEqualTo("critical");
    assertThat(alert.getParticipants()).extracting(Participant::getName)
        .containsExactly("a delegation of the Workers' Party of Korea", "Wang Huning", "Kim Jong Un");
    assertThat(alert.getSummary())
        .isEqualTo("North Korea's Chairman Kim Jong Un visited China; met Wang Huning in Beijing");
  }

  @Test
  void contactThatWasNotNewsEscalatesWhenAReportShowsAHigherLevel() {
    DiplomaticEvent laterCall = call("c2", "2019-07-01", Level.SENIOR_OFFICIAL);
    DiplomaticEvent sameCallWithPremier = DiplomaticEvent.newBuilder(call("c3", "2019-07-01",
        Level.HEAD_OF_STATE_OR_GOVERNMENT)).setSource("xinhuanet.com").build();
    Judgement[] j = run(partyDelegationToBeijing().build(), laterCall, sameCallWithPremier);

    assertThat(j[1].outcome()).isEqualTo(Judgement.Outcome.RECORDED);
    assertThat(j[2].outcome()).isEqualTo(Judgement.Outcome.NEW_ALERT);
    assertThat(j[2].alert().getKind()).isEqualTo(AlertKind.ESCALATION);
    assertThat(j[2].alert().getAlertId()).isEqualTo(j[1].history().getContacts().get(1).getContactId());
    assertThat(j[2].alert().getCorroboration()).isEqualTo(2);
    assertThat(j[2].history().getContactCount()).isEqualTo(2);
  }

  static Stream<Arguments> backfillHorizonOf30DaysOn20190621() {
    return Stream.of(
        Arguments.of("2019-05-21", true),
        Arguments.of("2019-05-22", false),
        Arguments.of("2019-06-20", false),
        Arguments.of("2019-07-15", false));
  }

  @ParameterizedTest(name = "event on {0}: backfill {1}")
  @MethodSource("backfillHorizonOf30DaysOn20190621")
  void backfillHorizon(String day, boolean backfill) {
    Judgement j = run(partyDelegationToBeijing().setEventDate(day).build())[0];

    assertThat(j.alert().getBackfill()).isEqualTo(backfill);
  }

  @Test
  void withoutAHorizonNothingIsBackfill() {
    NoveltyJudge noHorizon = new NoveltyJudge(NoveltyRules.defaults().withBackfillHorizon(null));
    Judgement j = noHorizon.judge(null, partyDelegationToBeijing().build(), LocalDate.parse("2001-01-01"), NOW);

    assertThat(j.alert().getBackfill()).isFalse();
  }

  @Test
  void historyKeepsTheLatestContactsButRemembersTheFirstDay() {
    NoveltyJudge longQuiet = new NoveltyJudge(NoveltyRules.defaults().withQuietPeriod(Duration.ofDays(3650)));
    DyadHistory history = null;
    LocalDate day = LocalDate.parse("2019-01-01");
    for (int i = 0; i < 70; i++) {
      DiplomaticEvent e = call("c" + i, day.plusDays(3L * i).toString(), Level.SENIOR_OFFICIAL);
      history = longQuiet.judge(history, e, LocalDate.parse(e.getEventDate()), NOW).history();
    }

    assertThat(history.getContacts()).hasSize(64);
    // Contacts 6..69 are kept: 2019-01-01 + 18 days and + 207 days.
    assertThat(history.getContacts().get(0).getDay()).isEqualTo("2019-01-19");
    assertThat(history.getContacts().get(63).getDay()).isEqualTo("2019-07-27");
    assertThat(history.getFirstEventDate()).isEqualTo("2019-01-01");
    assertThat(history.getLastEventDate()).isEqualTo("2019-07-27");
    assertThat(history.getContactCount()).isEqualTo(70);
  }

  @Test
  void eventWhoseDyadIsNotItsSortedCountriesIsInvalid() {
    assertThatThrownBy(() -> judge.judge(null, partyDelegationToBeijing().setCountries(List.of("PRK", "CHN"))
        .build(), LocalDate.parse("2019-06-20"), NOW))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("countries must be two distinct ISO alpha-3 codes, sorted: [PRK, CHN]");
  }
}
