package io.dyadwatch.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.dyadwatch.common.HttpEndpoints;
import io.dyadwatch.common.HttpEndpoints.BodyTooLargeException;
import java.io.IOException;
import org.apache.kafka.common.KafkaException;

/**
 * {@code POST /articles}: one article as JSON. 202 when accepted, 200 when it repeats an article
 * already accepted, 400 with the reason when invalid, 413 when too large, 503 when Kafka does not
 * acknowledge it.
 */
final class ArticlesEndpoint implements HttpHandler {
  private final Ingestor ingestor;
  private final int maxRequestBytes;

  ArticlesEndpoint(Ingestor ingestor, int maxRequestBytes) {
    this.ingestor = ingestor;
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/articles")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      error(exchange, 405, "METHOD", "use POST /articles with a JSON article");
      return;
    }
    String json;
    try {
      json = FileContent.decodeUtf8(HttpEndpoints.readBody(exchange, maxRequestBytes));
    } catch (BodyTooLargeException e) {
      error(exchange, 413, "TOO_LARGE", e.getMessage());
      return;
    } catch (InvalidArticleException e) {
      error(exchange, 400, e.reason(), e.getMessage());
      return;
    }
    IngestResult result;
    try {
      result = ingestor.submitJson(json, "http");
    } catch (InvalidArticleException e) {
      error(exchange, 400, e.reason(), e.getMessage());
      return;
    } catch (KafkaException e) {
      exchange.getResponseHeaders().set("Retry-After", "5");
      error(exchange, 503, "KAFKA", e.getMessage());
      return;
    }
    int status = result.outcome() == IngestResult.Outcome.ACCEPTED ? 202 : 200;
    HttpEndpoints.respond(exchange, status, "application/json",
        "{\"status\":\"" + result.outcome().name().toLowerCase() + "\",\"article_id\":"
            + HttpEndpoints.jsonString(result.articleId()) + "}");
  }

  private static void error(HttpExchange exchange, int status, String reason, String message) throws IOException {
    HttpEndpoints.respond(exchange, status, "application/json",
        "{\"error\":" + HttpEndpoints.jsonString(message) + ",\"reason\":" + HttpEndpoints.jsonString(reason) + "}");
  }
}
