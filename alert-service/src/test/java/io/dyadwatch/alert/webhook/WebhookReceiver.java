package io.dyadwatch.alert.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A webhook receiver on 127.0.0.1 for tests: answers from a script (status and Retry-After), then 200;
 * records every request and, separately, the ones it accepted.
 */
public final class WebhookReceiver implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One scripted answer. */
  public record Answer(int status, String retryAfter) {}

  /** One request as received. */
  public record Request(Instant at, int status, String idempotencyKey, String authorization, JsonNode body) {}

  private final HttpServer server;
  private final Deque<Answer> script;
  private final List<Request> requests = new ArrayList<>();

  public WebhookReceiver(List<Answer> script) throws IOException {
    this.script = new ArrayDeque<>(script);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.createContext("/hooks", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Answer answer;
      synchronized (this) {
        answer = this.script.isEmpty() ? new Answer(200, null) : this.script.poll();
        requests.add(new Request(Instant.now(), answer.status(),
            exchange.getRequestHeaders().getFirst("Idempotency-Key"),
            exchange.getRequestHeaders().getFirst("Authorization"),
            JSON.readTree(new String(body, StandardCharsets.UTF_8))));
      }
      if (answer.retryAfter() != null) {
        exchange.getResponseHeaders().set("Retry-After", answer.retryAfter());
      }
      byte[] reply = (answer.status() == 200 ? "ok" : "try later").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), reply.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply);
      }
    });
    server.start();
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + path);
  }

  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  public synchronized List<Request> accepted() {
    return requests.stream().filter(r -> r.status() == 200).toList();
  }

  /** Idempotency keys (alert id:revision) of the accepted deliveries, per dyad, in arrival order. */
  public synchronized Map<String, List<String>> acceptedByDyad() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (Request r : accepted()) {
      out.computeIfAbsent(r.body().path("dyadwatch").path("dyad").asText(), k -> new ArrayList<>())
          .add(r.idempotencyKey());
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
