package io.dyadwatch.common;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's HTTP side: {@code /health} (200 when live, with readiness in the body),
 * {@code /health/live}, {@code /health/ready} (503 until ready), {@code /metrics} (Prometheus), and
 * whatever the service adds.
 */
public final class HttpEndpoints implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HttpEndpoints.class);

  private final HttpServer server;
  private final ExecutorService executor;

  public HttpEndpoints(String host, int port, Health health, PrometheusMeterRegistry registry) throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, port), 64);
    executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "http-" + port);
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/health", exchange -> {
      String path = exchange.getRequestURI().getPath();
      boolean live = health.live();
      boolean ready = health.ready();
      String body = "{\"live\":" + live + ",\"ready\":" + ready + ",\"state\":" + jsonString(health.detail()) + "}";
      int status = switch (path) {
        case "/health/ready" -> ready ? 200 : 503;
        case "/health", "/health/live" -> live ? 200 : 503;
        default -> 404;
      };
      respond(exchange, status, "application/json", body);
    });
    server.createContext("/metrics", exchange ->
        respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
  }

  /** Adds a handler under a path prefix; errors it throws become 500 with the message, logged. */
  public void handle(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      try {
        handler.handle(exchange);
      } catch (RuntimeException | IOException e) {
        log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        respond(exchange, 500, "application/json", "{\"error\":" + jsonString(String.valueOf(e.getMessage())) + "}");
      }
    });
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Reads a request body, refusing more than {@code limit} bytes. */
  public static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(limit == Integer.MAX_VALUE ? limit : limit + 1);
      if (bytes.length > limit) {
        throw new BodyTooLargeException(limit);
      }
      return bytes;
    }
  }

  /** The request body is over the limit. */
  public static final class BodyTooLargeException extends IOException {
    public BodyTooLargeException(int limit) {
      super("request body is larger than " + limit + " bytes");
    }
  }

  /** A JSON string literal with escapes. */
  public static String jsonString(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
