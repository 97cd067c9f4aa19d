package io.dyadwatch.alert.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubscriptionsTest {
  private static final String YAML = """
      teams:
        - name: korea-desk
          filters:
            countries: [PRK, kor]
            kinds: [NEW_DYAD, ESCALATION]
            min_level: minister
          outputs:
            topic: true
            webhook:
              url: https://user:secret@hooks.example.org/korea?token=abc
              headers:
                Authorization: Bearer k-123
        - name: andes
          filters:
            regions: [south-america]
            dyads: [PRK-CHN]
            min_confidence: 0.7
            min_corroboration: 2
      """;

  private static final String JSON = """
      {"teams": [
        {"name": "korea-desk",
         "filters": {"countries": ["PRK", "kor"], "kinds": ["NEW_DYAD", "ESCALATION"], "min_level": "minister"},
         "outputs": {"topic": true, "webhook": {"url": "https://user:secret@hooks.example.org/korea?token=abc",
                                                 "headers": {"Authorization": "Bearer k-123"}}}},
        {"name": "andes",
         "filters": {"regions": ["south-america"], "dyads": ["PRK-CHN"], "min_confidence": 0.7,
                     "min_corroboration": 2}}
      ]}
      """;

  @Test
  void readsTeamsFiltersAndOutputsFromYaml() {
    Subscriptions subs = Subscriptions.parse(YAML, false);

    assertThat(subs.teams()).extracting(Team::name).containsExactly("korea-desk", "andes");
    Team korea = subs.teams().get(0);
    assertThat(korea.filter()).isEqualTo(new TeamFilter(Set.of("PRK", "KOR"), Set.of(), Set.of(),
        Set.of(AlertKind.NEW_DYAD, AlertKind.ESCALATION), Level.MINISTER, 0, 0));
    assertThat(korea.topic()).isTrue();
    assertThat(korea.webhook()).isEqualTo(new WebhookTarget(
        URI.create("https://user:secret@hooks.example.org/korea?token=abc"), Map.of("Authorization", "Bearer k-123")));
    Team andes = subs.teams().get(1);
    assertThat(andes.filter()).isEqualTo(new TeamFilter(Set.of(), Set.of("CHN-PRK"), Set.of("south-america"),
        Set.of(), Level.UNKNOWN, 0.7, 2));
    assertThat(andes.topic()).isTrue();
    assertThat(andes.webhook()).isNull();
    assertThat(subs.anyWebhook()).isTrue();
  }

  @Test
  void jsonSaysTheSameAsYaml() {
    assertThat(Subscriptions.parse(JSON, true).teams()).isEqualTo(Subscriptions.parse(YAML, false).teams());
  }

  @Test
  void loadsByFileNameYamlOrJson(@TempDir Path dir) throws Exception {
    Path yaml = Files.writeString(dir.resolve("teams.yaml"), YAML);
    Path json = Files.writeString(dir.resolve("teams.json"), JSON);

    assertThat(Subscriptions.load(json).teams()).isEqualTo(Subscriptions.load(yaml).teams()).hasSize(2);
    assertThatThrownBy(() -> Subscriptions.load(dir.resolve("missing.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot read subscriptions file " + dir.resolve("missing.yaml"));
  }

  @Test
  void describesEachTeamWithoutSecrets() {
    assertThat(Subscriptions.parse(YAML, false).describe()).containsExactly(
        "korea-desk: countries KOR, PRK; kinds ESCALATION, NEW_DYAD; level at least MINISTER"
            + " -> topic diplomacy.alerts.korea-desk.v1, webhook https://hooks.example.org/korea",
        "andes: dyads CHN-PRK; regions south-america; confidence at least 0.7; at least 2 sources"
            + " -> topic diplomacy.alerts.andes.v1");
  }

  @Test
  void emptyFileHasNoTeams() {
    assertThat(Subscriptions.parse("", false).teams()).isEmpty();
    assertThat(Subscriptions.parse("teams: []", false).teams()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{teams: [{name: t, filter: {}}]}                               | Unrecognized field \"filter\"",
      "{teams: [{filters: {}}]}                                        | every team needs a name",
      "{teams: [{name: Korea Desk}]}                                   | team name must be kebab-case",
      "{teams: [{name: t}, {name: t}]}                                 | team t is defined twice",
      "{teams: [{name: t, filters: {countries: [PRC]}}]}               | team t: unknown country code PRC",
      "{teams: [{name: t, filters: {dyads: [CHN/PRK]}}]}               | team t: dyad CHN/PRK is not two country codes",
      "{teams: [{name: t, filters: {dyads: [PRK-PRK]}}]}               | team t: dyad PRK-PRK names one country twice",
      "{teams: [{name: t, filters: {regions: [andes]}}]}               | team t: unknown region andes",
      "{teams: [{name: t, filters: {kinds: [FIRST]}}]}                 | team t: unknown kind FIRST",
      "{teams: [{name: t, filters: {min_level: king}}]}                | team t: unknown min_level king",
      "{teams: [{name: t, filters: {min_confidence: 1.5}}]}            | team t: min_confidence must be between",
      "{teams: [{name: t, filters: {min_corroboration: 0}}]}           | team t: min_corroboration must be 1 or more",
      "{teams: [{name: t, outputs: {topic: false}}]}                   | team t: team t has no output",
      "{teams: [{name: t, outputs: {webhook: {}}}]}                    | team t: webhook needs a url",
      "{teams: [{name: t, outputs: {webhook: {url: /hooks/t}}}]}       | team t: webhook url must be an absolute http",
      "{teams: [{name: t, outputs: {webhook: {url: 'ftp://h/x'}}}]}    | team t: webhook url must be an absolute http",
  })
  void refusesWhatWouldSilenceATeam(String text, String message) {
    assertThatThrownBy(() -> Subscriptions.parse(text, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
