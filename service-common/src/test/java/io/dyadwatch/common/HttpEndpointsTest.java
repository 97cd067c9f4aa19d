package io.dyadwatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HttpEndpointsTest {
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final PrometheusMeterRegistry registry = Metrics.registry("test-service");
  private final SettableHealth health = new SettableHealth();
  private HttpEndpoints http;

  @BeforeEach
  void start() throws Exception {
    http = new HttpEndpoints("127.0.0.1", 0, health, registry);
    http.handle("/echo-size", exchange -> {
      byte[] body = HttpEndpoints.readBody(exchange, 10);
      HttpEndpoints.respond(exchange, 200, "text/plain", Integer.toString(body.length));
    });
    http.handle("/broken", exchange -> {
      throw new IllegalStateException("the \"store\" is closed");
    });
    http.start();
  }

  @AfterEach
  void stop() {
    http.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
        .timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
        .timeout(Duration.ofSeconds(30)).POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
  }

  /** live, ready, path, expected status. */
  @ParameterizedTest(name = "live={0} ready={1} {2} -> {3}")
  @CsvSource({
      "true,  true,  /health,       200",
      "true,  true,  /health/live,  200",
      "true,  true,  /health/ready, 200",
      "true,  false, /health,       200",
      "true,  false, /health/live,  200",
      "true,  false, /health/ready, 503",
      "false, false, /health,       503",
      "false, false, /health/live,  503",
      "false, false, /health/ready, 503",
      "true,  true,  /health/other, 404"})
  void healthAnswersLivenessAndReadiness(boolean live, boolean ready, String path, int status) throws Exception {
    health.live = live;
    health.ready = ready;
    health.detail = ready ? "RUNNING" : live ? "REBALANCING" : "ERROR";

    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(response.body())
        .isEqualTo("{\"live\":" + live + ",\"ready\":" + ready + ",\"state\":\"" + health.detail + "\"}");
  }

  @Test
  void metricsAreInPrometheusTextWithTheServiceTag() throws Exception {
    registry.counter("dyadwatch.events.out").increment(3);

    HttpResponse<String> response = get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(response.body())
        .contains("dyadwatch_events_out_total{service=\"test-service\"} 3.0")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void aHandlerThatFailsAnswers500WithTheMessage() throws Exception {
    HttpResponse<String> response = get("/broken");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"error\":\"the \\\"store\\\" is closed\"}");
  }

  @Test
  void aBodyUpToTheLimitIsReadAndALargerOneIsRefused() throws Exception {
    assertThat(post("/echo-size", "0123456789").body()).isEqualTo("10");

    HttpResponse<String> tooLarge = post("/echo-size", "0123456789a");

    assertThat(tooLarge.statusCode()).isEqualTo(500);
    assertThat(tooLarge.body()).isEqualTo("{\"error\":\"request body is larger than 10 bytes\"}");
  }

  static Stream<Arguments> jsonStrings() {
    return Stream.of(
        arguments("plain", "Kim met Xi", "\"Kim met Xi\""),
        arguments("quotes and backslash", "say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\""),
        arguments("line breaks and tab", "a\nb\rc\td", "\"a\\nb\\rc\\td\""),
        arguments("other control character", "bell\u0007", "\"bell\\u0007\""),
        arguments("non-ASCII kept", "H\u00e0 N\u1ed9i", "\"H\u00e0 N\u1ed9i\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonStrings")
  void jsonStringsAreEscaped(String label, String raw, String literal) {
    assertThat(HttpEndpoints.jsonString(raw)).isEqualTo(literal);
  }

  private static final class SettableHealth implements Health {
    volatile boolean live = true;
    volatile boolean ready = true;
    volatile String detail = "RUNNING";

    @Override
    public boolean live() {
      return live;
    }

    @Override
    public boolean ready() {
      return ready;
    }

    @Override
    public String detail() {
      return detail;
    }
  }
}
