package io.dyadwatch.alert.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.dyadwatch.alert.query.StoreAccess.LocalHistories;
import io.dyadwatch.alert.query.StoreAccess.Owner;
import io.dyadwatch.alert.query.StoreAccess.StoreUnavailableException;
import io.dyadwatch.common.HttpEndpoints;
import io.dyadwatch.schemas.avro.DyadHistory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query API, answered from the dyad-history stores of all instances:
 * <ul>
 *   <li>{@code GET /dyads/{dyad}}: a dyad's contact history, from the instance holding the dyad
 *       (forwarded there by its {@code application.server});
 *   <li>{@code GET /countries/{code}/partners}: a country's known partners with first and last contact and
 *       counts, gathered from every instance and checked to cover every partition.
 * </ul>
 * While the answer cannot be whole (a rebalance, a store restoring, an instance gone), the answer is 503
 * with Retry-After. Requests between instances carry {@code scope=local} and are never forwarded again.
 */
public final class QueryApi {
  private static final Logger log = LoggerFactory.getLogger(QueryApi.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json";
  private static final String LOCAL = "scope=local";
  static final int RETRY_AFTER_SECONDS = 1;

  private final StoreAccess store;
  private final HttpClient http;
  private final Duration timeout;

  public QueryApi(StoreAccess store, Duration timeout) {
    this.store = store;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
  }

  public void register(HttpEndpoints endpoints) {
    endpoints.handle("/dyads/", this::dyad);
    endpoints.handle("/countries/", this::partners);
  }

  private void dyad(HttpExchange exchange) throws IOException {
    if (!get(exchange)) {
      return;
    }
    String path = exchange.getRequestURI().getPath();
    String dyad = QueryJson.dyad(path.substring("/dyads/".length()));
    if (dyad == null) {
      error(exchange, 400, "expected /dyads/{AAA-BBB} with two ISO 3166-1 alpha-3 codes, got " + path);
      return;
    }
    if (!store.running()) {
      unavailable(exchange, "rebalancing");
      return;
    }
    Owner owner = store.owner(dyad);
    switch (owner.where()) {
      case UNKNOWN -> unavailable(exchange, "no instance holds " + dyad + " right now");
      case REMOTE -> {
        if (isLocalScope(exchange)) {
          unavailable(exchange, dyad + " has moved to " + owner.hostPort());
        } else {
          forward(exchange, owner.hostPort(), "/dyads/" + dyad);
        }
      }
      case LOCAL -> {
        Optional<DyadHistory> history;
        try {
          history = store.local(dyad, owner.partition());
        } catch (StoreUnavailableException e) {
          unavailable(exchange, e.getMessage());
          return;
        }
        if (history.isEmpty()) {
          error(exchange, 404, "no contact known for " + dyad);
        } else {
          HttpEndpoints.respond(exchange, 200, JSON_TYPE, JSON.writeValueAsString(QueryJson.history(history.get())));
        }
      }
    }
  }

  private void partners(HttpExchange exchange) throws IOException {
    if (!get(exchange)) {
      return;
    }
    String path = exchange.getRequestURI().getPath();
    String[] parts = path.substring("/countries/".length()).split("/");
    String country = parts.length == 2 && parts[1].equals("partners") ? QueryJson.country(parts[0]) : null;
    if (country == null) {
      error(exchange, 400, "expected /countries/{AAA}/partners with an ISO 3166-1 alpha-3 code, got " + path);
      return;
    }
    if (!store.running()) {
      unavailable(exchange, "rebalancing");
      return;
    }
    LocalHistories mine;
    try {
      mine = store.localHistories(dyad -> QueryJson.involves(dyad, country));
    } catch (StoreUnavailableException e) {
      unavailable(exchange, e.getMessage());
      return;
    }
    List<JsonNode> entries = new ArrayList<>();
    mine.histories().forEach(h -> entries.add(QueryJson.partner(country, h)));
    if (isLocalScope(exchange)) {
      ObjectNode body = QueryJson.partners(country, entries);
      body.putArray("partitions").addAll(mine.partitions().stream().map(p -> body.numberNode(p)).toList());
      HttpEndpoints.respond(exchange, 200, JSON_TYPE, JSON.writeValueAsString(body));
      return;
    }
    Set<Integer> covered = new TreeSet<>(mine.partitions());
    for (String instance : store.otherInstances()) {
      Optional<JsonNode> theirs = ask(instance, "/countries/" + country + "/partners?" + LOCAL);
      if (theirs.isEmpty()) {
        unavailable(exchange, "instance " + instance + " did not answer");
        return;
      }
      theirs.get().path("partners").forEach(entries::add);
      theirs.get().path("partitions").forEach(p -> covered.add(p.asInt()));
    }
    Set<Integer> all = store.allPartitions();
    if (all.isEmpty() || !covered.equals(all)) {
      unavailable(exchange, "partitions answered " + covered + " of " + new TreeSet<>(all));
      return;
    }
    HttpEndpoints.respond(exchange, 200, JSON_TYPE, JSON.writeValueAsString(QueryJson.partners(country, entries)));
  }

  /** Relays the owner's answer; 503 when it cannot be reached (it may be gone, a rebalance will follow). */
  private void forward(HttpExchange exchange, String instance, String path) throws IOException {
    HttpResponse<String> response;
    try {
      response = http.send(request(instance, path + "?" + LOCAL), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      log.info("query {} forwarded to {} failed: {}", path, instance, e.toString());
      unavailable(exchange, "instance " + instance + " did not answer");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      unavailable(exchange, "interrupted");
      return;
    }
    response.headers().firstValue("Retry-After").ifPresent(v -> exchange.getResponseHeaders().set("Retry-After", v));
    HttpEndpoints.respond(exchange, response.statusCode(), JSON_TYPE, response.body());
  }

  private Optional<JsonNode> ask(String instance, String pathAndQuery) {
    try {
      HttpResponse<String> response = http.send(request(instance, pathAndQuery), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        log.info("query {} at {} answered {}", pathAndQuery, instance, response.statusCode());
        return Optional.empty();
      }
      return Optional.of(JSON.readTree(response.body()));
    } catch (IOException e) {
      log.info("query {} at {} failed: {}", pathAndQuery, instance, e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private HttpRequest request(String instance, String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://" + instance + pathAndQuery)).timeout(timeout).GET().build();
  }

  private static boolean isLocalScope(HttpExchange exchange) {
    String query = exchange.getRequestURI().getQuery();
    return query != null && List.of(query.split("&")).contains(LOCAL);
  }

  private static boolean get(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("GET")) {
      exchange.getResponseHeaders().set("Allow", "GET");
      error(exchange, 405, "only GET");
      return false;
    }
    return true;
  }

  private static void unavailable(HttpExchange exchange, String why) throws IOException {
    exchange.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    error(exchange, 503, "not available right now, retry: " + why);
  }

  private static void error(HttpExchange exchange, int status, String message) throws IOException {
    HttpEndpoints.respond(exchange, status, JSON_TYPE, "{\"error\":" + HttpEndpoints.jsonString(message) + "}");
  }
}
