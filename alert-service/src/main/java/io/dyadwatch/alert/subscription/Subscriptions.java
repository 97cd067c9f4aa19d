package io.dyadwatch.alert.subscription;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dyadwatch.alert.geo.Countries;
import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.Level;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The monitoring teams and what each watches, from a YAML or JSON file (JSON when the name ends in
 * {@code .json}):
 *
 * <pre>
 * teams:
 *   - name: korea-desk              # kebab-case; its topic is diplomacy.alerts.korea-desk.v1
 *     filters:                      # all optional
 *       countries: [PRK, KOR]       # where: any of countries, dyads, regions
 *       dyads: [CHN-PRK]
 *       regions: [eastern-asia]     # UN M49 sub-regions
 *       kinds: [NEW_DYAD, ESCALATION]
 *       min_level: MINISTER         # SUBNATIONAL, SENIOR_OFFICIAL, MINISTER, HEAD_OF_STATE_OR_GOVERNMENT
 *       min_confidence: 0.6
 *       min_corroboration: 2
 *     outputs:
 *       topic: true                 # default true
 *       webhook:
 *         url: https://hooks.example.org/korea
 *         headers: {Authorization: "Bearer ..."}
 * </pre>
 *
 * Unknown fields, country codes, regions, kinds or levels are errors, so that a typo never silences a team.
 */
public final class Subscriptions {
  private static final Pattern DYAD = Pattern.compile("[A-Z]{3}-[A-Z]{3}");

  private final List<Team> teams;

  public Subscriptions(List<Team> teams) {
    Set<String> names = new HashSet<>();
    for (Team t : teams) {
      if (!names.add(t.name())) {
        throw new IllegalArgumentException("team " + t.name() + " is defined twice");
      }
    }
    this.teams = List.copyOf(teams);
  }

  /** No teams: alerts go to diplomacy.alerts.v1 only. */
  public static Subscriptions none() {
    return new Subscriptions(List.of());
  }

  public static Subscriptions load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read subscriptions file " + file + ": " + e.getMessage(), e);
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    try {
      return parse(text, json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("subscriptions file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses the file's text, as JSON or as YAML. */
  public static Subscriptions parse(String text, boolean json) {
    if (text.isBlank()) {
      return none();
    }
    ObjectMapper mapper = json ? JsonMapper.builder().build() : YAMLMapper.builder().build();
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    FileShape shape;
    try {
      shape = mapper.readValue(text, FileShape.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
    }
    if (shape == null || shape.teams() == null) {
      return none();
    }
    List<Team> teams = new ArrayList<>();
    for (TeamShape t : shape.teams()) {
      teams.add(team(t));
    }
    return new Subscriptions(teams);
  }

  public List<Team> teams() {
    return teams;
  }

  /** The teams an alert revision goes to; none for a backfill. */
  public List<Team> recipients(ContactAlert alert) {
    if (alert.getBackfill()) {
      return List.of();
    }
    return teams.stream().filter(t -> t.filter().matches(alert)).toList();
  }

  public boolean anyWebhook() {
    return teams.stream().anyMatch(t -> t.webhook() != null);
  }

  /** One line per team, for people. */
  public List<String> describe() {
    return teams.stream().map(Team::describe).toList();
  }

  private static Team team(TeamShape t) {
    if (t.name() == null || t.name().isBlank()) {
      throw new IllegalArgumentException("every team needs a name");
    }
    String name = t.name().strip();
    try {
      FilterShape f = t.filters() == null ? new FilterShape(null, null, null, null, null, null, null) : t.filters();
      TeamFilter filter = new TeamFilter(
          countries(f.countries()),
          dyads(f.dyads()),
          regions(f.regions()),
          kinds(f.kinds()),
          f.minLevel() == null ? Level.UNKNOWN : enumValue(Level.class, f.minLevel(), "min_level"),
          f.minConfidence() == null ? 0 : range(f.minConfidence(), "min_confidence"),
          f.minCorroboration() == null ? 0 : atLeastOne(f.minCorroboration()));
      OutputShape o = t.outputs() == null ? new OutputShape(null, null) : t.outputs();
      return new Team(name, filter, o.topic() == null || o.topic(), webhook(o.webhook()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("team " + name + ": " + e.getMessage(), e);
    }
  }

  private static Set<String> countries(List<String> codes) {
    Set<String> out = new LinkedHashSet<>();
    for (String code : orEmpty(codes)) {
      String c = code.strip().toUpperCase(Locale.ROOT);
      if (!Countries.get().isKnown(c)) {
        throw new IllegalArgumentException("unknown country code " + code + " (ISO 3166-1 alpha-3 expected)");
      }
      out.add(c);
    }
    return out;
  }

  /** Dyads as written, either order: "PRK-CHN" is CHN-PRK. */
  private static Set<String> dyads(List<String> dyads) {
    Set<String> out = new LinkedHashSet<>();
    for (String dyad : orEmpty(dyads)) {
      String d = dyad.strip().toUpperCase(Locale.ROOT);
      if (!DYAD.matcher(d).matches()) {
        throw new IllegalArgumentException("dyad " + dyad + " is not two country codes joined by '-'");
      }
      List<String> pair = new ArrayList<>(countries(Arrays.asList(d.split("-"))));
      if (pair.size() != 2) {
        throw new IllegalArgumentException("dyad " + dyad + " names one country twice");
      }
      pair.sort(null);
      out.add(pair.get(0) + "-" + pair.get(1));
    }
    return out;
  }

  private static Set<String> regions(List<String> regions) {
    Set<String> out = new LinkedHashSet<>();
    for (String region : orEmpty(regions)) {
      String r = region.strip().toLowerCase(Locale.ROOT);
      if (!Countries.get().regions().contains(r)) {
        throw new IllegalArgumentException("unknown region " + region + "; known: "
            + String.join(", ", Countries.get().regions()));
      }
      out.add(r);
    }
    return out;
  }

  private static Set<AlertKind> kinds(List<String> kinds) {
    Set<AlertKind> out = new LinkedHashSet<>();
    orEmpty(kinds).forEach(k -> out.add(enumValue(AlertKind.class, k, "kind")));
    return out;
  }

  private static WebhookTarget webhook(WebhookShape w) {
    if (w == null) {
      return null;
    }
    if (w.url() == null || w.url().isBlank()) {
      throw new IllegalArgumentException("webhook needs a url");
    }
    URI url;
    try {
      url = new URI(w.url().strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("webhook url is not a URL: " + e.getMessage(), e);
    }
    if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
      throw new IllegalArgumentException("webhook url must be an absolute http or https URL");
    }
    return new WebhookTarget(url, w.headers() == null ? Map.of() : w.headers());
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + field + " " + value + "; known: "
          + Arrays.toString(type.getEnumConstants()), e);
    }
  }

  private static double range(double value, String field) {
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException(field + " must be between 0 and 1, got " + value);
    }
    return value;
  }

  private static int atLeastOne(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("min_corroboration must be 1 or more, got " + value);
    }
    return value;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  record FileShape(List<TeamShape> teams) {}

  record TeamShape(String name, FilterShape filters, OutputShape outputs) {}

  record FilterShape(
      List<String> countries,
      List<String> dyads,
      List<String> regions,
      List<String> kinds,
      @JsonProperty("min_level") String minLevel,
      @JsonProperty("min_confidence") Double minConfidence,
      @JsonProperty("min_corroboration") Integer minCorroboration) {}

  record OutputShape(Boolean topic, WebhookShape webhook) {}

  record WebhookShape(String url, Map<String, String> headers) {}
}
