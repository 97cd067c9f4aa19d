package io.dyadwatch.ingest;

import static io.dyadwatch.ingest.Produced.on;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadwatch.common.Health;
import io.dyadwatch.common.HttpEndpoints;
import io.dyadwatch.common.Metrics;
import io.dyadwatch.schemas.Topics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /articles through the service's HTTP server on 127.0.0.1, with a MockProducer in place of Kafka. */
class ArticlesEndpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_REQUEST_BYTES = 2000;
  private static final String LAOS = "{\"id\": \"kcna-1119\", \"body\": \"North Korea sent a delegation to Laos.\"}";

  @TempDir
  Path stateDir;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final PrometheusMeterRegistry registry = Metrics.registry(IngestConfig.SERVICE);
  private MockProducer<byte[], byte[]> producer;
  private SeenIndex seen;
  private HttpEndpoints http;

  private void start(boolean autoComplete) {
    producer = Produced.producer(autoComplete);
    seen = new SeenIndex(stateDir.resolve("seen-articles.tsv"));
    Ingestor ingestor = new Ingestor(new ArticleParser(100_000), new ArticleSink(producer), seen,
        Clock.fixed(Instant.parse("2024-11-19T10:15:30Z"), ZoneOffset.UTC), registry, 4L * 100_000);
    try {
      http = new HttpEndpoints("127.0.0.1", 0, new Running(), registry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    http.handle("/articles", new ArticlesEndpoint(ingestor, MAX_REQUEST_BYTES));
    http.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (http != null) {
      http.close();
      seen.close();
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path)).timeout(Duration.ofSeconds(30));
  }

  private HttpResponse<String> post(byte[] body) throws Exception {
    return client.send(request("/articles").header("Content-Type", "application/json")
        .POST(BodyPublishers.ofByteArray(body)).build(), BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String body) throws Exception {
    return post(body.getBytes(UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(request(path).GET().build(), BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    return JSON.readTree(response.body());
  }

  @Test
  void anAcceptedArticleIs202WithItsId() throws Exception {
    start(true);

    HttpResponse<String> response = post(LAOS);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(json(response)).isEqualTo(JSON.readTree("{\"status\": \"accepted\", \"article_id\": \"kcna-1119\"}"));
    assertThat(on(producer, Topics.RAW_ARTICLES)).extracting(Produced::rawKey).containsExactly("kcna-1119");
  }

  @Test
  void aRepeatIs200NamingTheFirstArticle() throws Exception {
    start(true);
    post(LAOS);

    HttpResponse<String> response = post("{\"body\": \"North Korea  sent a delegation to LAOS.\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response)).isEqualTo(JSON.readTree("{\"status\": \"duplicate\", \"article_id\": \"kcna-1119\"}"));
    assertThat(producer.history()).hasSize(1);
  }

  /** request body, reason, part of the error message. */
  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        arguments("blank body", "{\"body\": \"  \"}".getBytes(UTF_8), "EMPTY_BODY", "body is empty"),
        arguments("empty request", new byte[0], "EMPTY_BODY", "the JSON input is empty"),
        arguments("unknown field", "{\"body\": \"Kim met Xi.\", \"lang\": \"en\"}".getBytes(UTF_8), "UNKNOWN_FIELD",
            "unknown field \"lang\""),
        arguments("malformed JSON", "{\"body\": \"Kim met Xi.\",\n \"title\": }".getBytes(UTF_8), "MALFORMED_JSON",
            "at line 2, column 11"),
        arguments("two articles in one request", (LAOS + "\n" + LAOS).getBytes(UTF_8), "MALFORMED_JSON",
            "a second value follows the first at line 2, column 1"),
        arguments("Latin-1, not UTF-8", "{\"body\": \"Kim visited a caf\u00e9.\"}".getBytes(ISO_8859_1), "INVALID_UTF8",
            "not valid UTF-8"),
        arguments("bad date", "{\"published_at\": \"2024-13-01\", \"body\": \"Kim met Xi.\"}".getBytes(UTF_8),
            "BAD_DATE", "2024-13-01"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void invalidInputIs400WithTheReason(String label, byte[] body, String reason, String message) throws Exception {
    start(true);

    HttpResponse<String> response = post(body);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = json(response);
    assertThat(error.get("reason").asText()).isEqualTo(reason);
    assertThat(error.get("error").asText()).contains(message);
    assertThat(producer.history()).isEmpty();
  }

  @Test
  void getIs405() throws Exception {
    start(true);

    HttpResponse<String> response = get("/articles");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("POST");
    assertThat(json(response).get("error").asText()).isEqualTo("use POST /articles with a JSON article");
  }

  @Test
  void aRequestAtTheLimitIsReadOneByteMoreIs413() throws Exception {
    start(true);
    String text = "Kim met Xi in Beijing. ".repeat(100);
    // {"body": "…"} adds 12 characters around the text.
    String atLimit = "{\"body\": \"" + text.substring(0, MAX_REQUEST_BYTES - 12) + "\"}";
    String overLimit = "{\"body\": \"" + text.substring(0, MAX_REQUEST_BYTES - 11) + "\"}";
    assertThat(atLimit).hasSize(2000);

    HttpResponse<String> tooLarge = post(overLimit);
    HttpResponse<String> accepted = post(atLimit);

    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(json(tooLarge).get("reason").asText()).isEqualTo("TOO_LARGE");
    assertThat(json(tooLarge).get("error").asText()).isEqualTo("request body is larger than 2000 bytes");
    assertThat(accepted.statusCode()).isEqualTo(202);
    assertThat(producer.history()).hasSize(1);
  }

  @Test
  void anArticleKafkaRefusesIs503WithRetryAfter() throws Exception {
    start(false);
    CompletableFuture<HttpResponse<String>> pending = client.sendAsync(request("/articles")
        .POST(BodyPublishers.ofString(LAOS)).build(), BodyHandlers.ofString());
    Produced.await("the article to be sent", () -> producer.history().size() == 1);

    producer.errorNext(new NotEnoughReplicasException("2 in-sync replicas, 3 required"));

    HttpResponse<String> response = pending.get();
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("5");
    assertThat(json(response).get("reason").asText()).isEqualTo("KAFKA");
    assertThat(json(response).get("error").asText()).contains("2 in-sync replicas, 3 required");
  }

  @Test
  void healthAndMetricsAnswer() throws Exception {
    start(true);
    post(LAOS);
    post("{\"body\": \"\"}");

    HttpResponse<String> health = get("/health");
    HttpResponse<String> metrics = get("/metrics");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health)).isEqualTo(JSON.readTree("{\"live\": true, \"ready\": true, \"state\": \"RUNNING\"}"));
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("dyadwatch_articles_in_total{channel=\"http\",service=\"ingest-service\"} 2.0")
        .contains("dyadwatch_articles_accepted_total{channel=\"http\",service=\"ingest-service\"} 1.0")
        .contains("dyadwatch_articles_rejected_total{reason=\"EMPTY_BODY\",service=\"ingest-service\"} 1.0");
  }

  private static final class Running implements Health {
    @Override
    public boolean live() {
      return true;
    }

    @Override
    public boolean ready() {
      return true;
    }

    @Override
    public String detail() {
      return "RUNNING";
    }
  }
}
