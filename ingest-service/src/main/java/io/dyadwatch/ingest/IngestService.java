package io.dyadwatch.ingest;

import io.dyadwatch.common.Health;
import io.dyadwatch.common.HttpEndpoints;
import io.dyadwatch.common.Metrics;
import io.dyadwatch.schemas.Topics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running ingest-service: {@code POST /articles}, the watched drop folder, health and metrics;
 * writes {@code news.articles.raw.v1} and {@code dyadwatch.ingest.dlq.v1}.
 */
public final class IngestService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  private final ArticleSink sink;
  private final SeenIndex seen;
  private final HttpEndpoints http;
  private final DirectoryWatcher watcher;
  private final Producer<byte[], byte[]> producer;
  private final AtomicBoolean ready = new AtomicBoolean();

  private IngestService(IngestConfig config, Producer<byte[], byte[]> producer) throws IOException {
    this.producer = producer;
    PrometheusMeterRegistry registry = Metrics.registry(IngestConfig.SERVICE);
    Clock clock = Clock.systemUTC();
    this.sink = new ArticleSink(producer);
    this.seen = new SeenIndex(config.stateDir().resolve("ingest").resolve("seen-articles.tsv"));
    long maxFileBytes = 4L * config.maxBodyChars();
    Ingestor ingestor = new Ingestor(new ArticleParser(config.maxBodyChars()), sink, seen, clock, registry, maxFileBytes);
    this.http = new HttpEndpoints(config.httpHost(), config.httpPort(), health(), registry);
    http.handle("/articles", new ArticlesEndpoint(ingestor, (int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes)));
    this.watcher = config.watchDir() == null ? null
        : new DirectoryWatcher(config.watchDir(), ingestor, config.pollInterval(), clock, maxFileBytes);
  }

  public static IngestService create(IngestConfig config) {
    Map<String, Object> props = new HashMap<>(config.kafka());
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
    props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "dyadwatch-ingest");
    Producer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    try {
      return new IngestService(config, producer);
    } catch (IOException e) {
      producer.close(Duration.ZERO);
      throw new UncheckedIOException("cannot start ingest-service: " + e.getMessage(), e);
    }
  }

  public void start() {
    producer.partitionsFor(Topics.RAW_ARTICLES.name());
    ready.set(true);
    http.start();
    if (watcher != null) {
      try {
        watcher.start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot watch the drop folder: " + e.getMessage(), e);
      }
    }
    log.info("ingest-service started; HTTP on port {}", http.port());
  }

  public int httpPort() {
    return http.port();
  }

  /** Files handled from the drop folder since start (0 when none is watched). */
  public long filesDone() {
    return watcher == null ? 0 : watcher.filesDone();
  }

  public Health health() {
    return new Health() {
      @Override
      public boolean live() {
        return true;
      }

      @Override
      public boolean ready() {
        return ready.get();
      }

      @Override
      public String detail() {
        return ready.get() ? "RUNNING" : "STARTING";
      }
    };
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    http.close();
    sink.close();
    try {
      seen.close();
    } catch (IOException e) {
      log.warn("closing the index of seen articles failed", e);
    }
    log.info("ingest-service stopped");
  }
}
