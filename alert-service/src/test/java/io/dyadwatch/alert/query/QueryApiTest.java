package io.dyadwatch.alert.query;

import static io.dyadwatch.alert.TestEvents.andeanSummit;
import static io.dyadwatch.alert.TestEvents.delegationToHanoi;
import static io.dyadwatch.alert.TestEvents.partyDelegationToBeijing;
import static io.dyadwatch.alert.TestEvents.sameContactFrom;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadwatch.alert.novelty.NoveltyJudge;
import io.dyadwatch.alert.novelty.NoveltyRules;
import io.dyadwatch.common.Health;
import io.dyadwatch.common.HttpEndpoints;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.DyadHistory;
import io.dyadwatch.schemas.avro.Location;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two instances of the query API on 127.0.0.1, each over an in-memory store holding one of the two
 * partitions: either answers everything, and says 503 with Retry-After when it cannot.
 */
class QueryApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2019-06-28T09:00:00Z");
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** The group's assignment: which partition a dyad is in, which instance holds a partition. */
  private final Map<String, Integer> partitionOf = new HashMap<>(Map.of(
      "CHN-PRK", 0, "LAO-PRK", 0, "PRK-VNM", 1, "BOL-PER", 1, "KOR-USA", 1));
  private final Map<Integer, FakeStore> holderOf = new ConcurrentHashMap<>();
  private FakeStore a;
  private FakeStore b;
  private HttpEndpoints httpA;
  private HttpEndpoints httpB;

  private static DyadHistory history(DiplomaticEvent... events) {
    NoveltyJudge judge = new NoveltyJudge(NoveltyRules.defaults());
    DyadHistory h = null;
    for (DiplomaticEvent e : events) {
      h = judge.judge(h, e, LocalDate.parse(e.getEventDate()), NOW).history();
    }
    return h;
  }

  @BeforeEach
  void start() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Health health = new Health() {
      public boolean live() {
        return true;
      }

      public boolean ready() {
        return true;
      }

      public String detail() {
        return "RUNNING";
      }
    };
    httpA = new HttpEndpoints("127.0.0.1", 0, health, registry);
    httpB = new HttpEndpoints("127.0.0.1", 0, health, registry);
    a = new FakeStore("127.0.0.1:" + httpA.port(), Set.of(0));
    b = new FakeStore("127.0.0.1:" + httpB.port(), Set.of(1));
    holderOf.put(0, a);
    holderOf.put(1, b);
    a.put(history(partyDelegationToBeijing().build(), sameContactFrom("reuters.com", 1).build(),
        sameContactFrom("yna.co.kr", 2).build()));
    a.put(history(delegationToHanoi().setEventId("ev-kpl-4").setDyad("LAO-PRK").setCountries(List.of("LAO", "PRK"))
        .setHost("LAO").setParticipants(List.of()).setLocation(new Location("Vientiane", "LAO"))
        .setEventDate("2019-06-27").build()));
    b.put(history(delegationToHanoi().build()));
    b.put(history(andeanSummit().build()));
    new QueryApi(a, Duration.ofSeconds(2)).register(httpA);
    new QueryApi(b, Duration.ofSeconds(2)).register(httpB);
    httpA.start();
    httpB.start();
  }

  @AfterEach
  void stop() {
    httpA.close();
    httpB.close();
  }

  private static HttpResponse<String> get(HttpEndpoints at, String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void dyadHistoryFromEitherInstance() throws Exception {
    HttpResponse<String> viaA = get(httpA, "/dyads/CHN-PRK");
    HttpResponse<String> viaB = get(httpB, "/dyads/prk-chn");

    assertThat(viaA.statusCode()).isEqualTo(200);
    assertThat(viaB.statusCode()).isEqualTo(200);
    assertThat(json(viaB)).isEqualTo(json(viaA));
    JsonNode h = json(viaA);
    assertThat(h.path("dyad").asText()).isEqualTo("CHN-PRK");
    assertThat(h.path("country_names").toString()).isEqualTo("[\"China\",\"North Korea\"]");
    assertThat(h.path("first_contact").asText()).isEqualTo("2019-06-20");
    assertThat(h.path("contacts_total").asInt()).isEqualTo(1);
    assertThat(h.path("events_total").asInt()).isEqualTo(3);
    JsonNode contact = h.path("contacts").get(0);
    assertThat(contact.path("sources").toString()).isEqualTo("[\"apnews.com\",\"reuters.com\",\"yna.co.kr\"]");
    assertThat(contact.path("corroboration").asInt()).isEqualTo(3);
    assertThat(contact.path("alert").path("kind").asText()).isEqualTo("NEW_DYAD");
    assertThat(contact.path("alert").path("revision").asInt()).isEqualTo(3);
  }

  @Test
  void unknownDyadIsNotFoundWhereverAsked() throws Exception {
    HttpResponse<String> response = get(httpA, "/dyads/USA-KOR");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).path("error").asText()).isEqualTo("no contact known for KOR-USA");
  }

  @Test
  void partnersOfACountryGatheredFromBothInstances() throws Exception {
    HttpResponse<String> viaA = get(httpA, "/countries/PRK/partners");
    HttpResponse<String> viaB = get(httpB, "/countries/prk/partners");

    assertThat(viaA.statusCode()).isEqualTo(200);
    assertThat(json(viaB)).isEqualTo(json(viaA));
    JsonNode body = json(viaA);
    assertThat(body.path("name").asText()).isEqualTo("North Korea");
    List<String> partners = new ArrayList<>();
    body.path("partners").forEach(p -> partners.add(p.path("country").asText() + " " + p.path("name").asText()
        + " last " + p.path("last_contact").asText() + " contacts " + p.path("contacts").asInt()
        + " events " + p.path("events").asInt() + " " + p.path("latest_alert").path("kind").asText()));
    assertThat(partners).containsExactly(
        "LAO Laos last 2019-06-27 contacts 1 events 1 NEW_DYAD",
        "VNM Vietnam last 2019-06-24 contacts 1 events 1 NEW_DYAD",
        "CHN China last 2019-06-20 contacts 1 events 3 NEW_DYAD");
    assertThat(json(get(httpA, "/countries/PER/partners")).path("partners").get(0).path("country").asText())
        .isEqualTo("BOL");
    assertThat(json(get(httpA, "/countries/USA/partners")).path("partners")).isEmpty();
  }

  @Test
  void rebalancingInstanceAnswers503WithRetryAfter() throws Exception {
    b.running = false;

    for (HttpResponse<String> response : List.of(get(httpB, "/dyads/CHN-PRK"), get(httpA, "/dyads/PRK-VNM"),
        get(httpA, "/countries/PRK/partners"))) {
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.headers().firstValue("Retry-After")).contains("1");
    }
    assertThat(get(httpA, "/dyads/CHN-PRK").statusCode()).isEqualTo(200);
  }

  @Test
  void partitionWithoutAHolderAnswers503() throws Exception {
    holderOf.remove(1);
    b.partitions = Set.of();

    assertThat(get(httpA, "/dyads/PRK-VNM").statusCode()).isEqualTo(503);
    HttpResponse<String> partners = get(httpA, "/countries/PRK/partners");
    assertThat(partners.statusCode()).isEqualTo(503);
    assertThat(json(partners).path("error").asText()).isEqualTo("not available right now, retry: partitions"
        + " answered [0] of [0, 1]");
  }

  @Test
  void instanceThatIsGoneAnswers503() throws Exception {
    httpB.close();

    assertThat(get(httpA, "/dyads/PRK-VNM").statusCode()).isEqualTo(503);
    assertThat(get(httpA, "/countries/PRK/partners").statusCode()).isEqualTo(503);
  }

  @Test
  void forwardedQueryIsNeverForwardedAgain() throws Exception {
    HttpResponse<String> response = get(httpA, "/dyads/PRK-VNM?scope=local");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(json(response).path("error").asText()).contains("PRK-VNM has moved to " + b.hostPort);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dyads/PRK", "/dyads/PRK-PRK", "/dyads/PRK-CHN-VNM", "/countries/KOREA/partners",
      "/countries/PRK/friends", "/countries/PRK"})
  void malformedQueryIs400(String path) throws Exception {
    assertThat(get(httpA, path).statusCode()).isEqualTo(400);
  }

  @Test
  void onlyGet() throws Exception {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + httpA.port() + "/dyads/CHN-PRK"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
  }

  /** One instance's store: the histories of its partitions. */
  private final class FakeStore implements StoreAccess {
    final String hostPort;
    final Map<String, DyadHistory> histories = new ConcurrentHashMap<>();
    volatile Set<Integer> partitions;
    volatile boolean running = true;

    FakeStore(String hostPort, Set<Integer> partitions) {
      this.hostPort = hostPort;
      this.partitions = partitions;
    }

    void put(DyadHistory h) {
      histories.put(h.getDyad(), h);
    }

    @Override
    public boolean running() {
      return running;
    }

    @Override
    public Owner owner(String dyad) {
      int partition = partitionOf.getOrDefault(dyad, 0);
      FakeStore holder = holderOf.get(partition);
      if (holder == null) {
        return Owner.unknown();
      }
      return holder == this ? Owner.local(partition) : Owner.remote(holder.hostPort);
    }

    @Override
    public Optional<DyadHistory> local(String dyad, Integer partition) {
      return Optional.ofNullable(histories.get(dyad));
    }

    @Override
    public LocalHistories localHistories(Predicate<String> dyads) {
      return new LocalHistories(partitions, histories.values().stream()
          .filter(h -> partitions.contains(partitionOf.get(h.getDyad())) && dyads.test(h.getDyad())).toList());
    }

    @Override
    public Set<Integer> allPartitions() {
      return Set.of(0, 1);
    }

    @Override
    public List<String> otherInstances() {
      return List.of(this == a ? b.hostPort : a.hostPort);
    }
  }
}
