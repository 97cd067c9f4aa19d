package io.dyadwatch.local;

import io.dyadwatch.alert.AlertConfig;
import io.dyadwatch.alert.AlertService;
import io.dyadwatch.common.Settings;
import io.dyadwatch.common.StreamsService;
import io.dyadwatch.common.TopicSetup;
import io.dyadwatch.enrich.EnrichConfig;
import io.dyadwatch.enrich.EnrichService;
import io.dyadwatch.ingest.IngestConfig;
import io.dyadwatch.ingest.IngestService;
import io.dyadwatch.kafka.EmbeddedKafka;
import io.dyadwatch.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything on one machine, in this JVM: the embedded KRaft broker and the three services, with their
 * state under one data folder ({@code kafka/}, {@code state/}, {@code inbox/}). Starting again on the
 * same folder continues where the last run stopped.
 */
public final class LocalPipeline implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LocalPipeline.class);

  private final EmbeddedKafka kafka;
  private final IngestService ingest;
  private final StreamsService enrich;
  private final AlertService alert;
  private final Path inbox;
  private final Duration startup;

  private LocalPipeline(EmbeddedKafka kafka, IngestService ingest, StreamsService enrich, AlertService alert,
      Path inbox, Duration startup) {
    this.kafka = kafka;
    this.ingest = ingest;
    this.enrich = enrich;
    this.alert = alert;
    this.inbox = inbox;
    this.startup = startup;
  }

  /**
   * Starts the broker and the services.
   *
   * @param overrides settings for all three services (e.g. DYADWATCH_SUBSCRIPTIONS_FILE); the
   *     broker address, state folders and HTTP ports are set here
   */
  public static LocalPipeline start(Path dataDir, Map<String, String> overrides) {
    Instant began = Instant.now();
    Path data = dataDir.toAbsolutePath();
    EmbeddedKafka kafka = EmbeddedKafka.start(data.resolve("kafka"));
    try {
      Path inbox = data.resolve("inbox");
      Map<String, String> common = new HashMap<>(overrides);
      common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
      common.put("DYADWATCH_REPLICATION_FACTOR", "1");
      common.putIfAbsent("DYADWATCH_HTTP_HOST", "127.0.0.1");
      common.putIfAbsent("DYADWATCH_HTTP_PORT", "0");

      Settings ingestSettings = Settings.load(IngestConfig.defaults(), with(common,
          "DYADWATCH_STATE_DIR", data.resolve("state").toString(), "DYADWATCH_WATCH_DIR", inbox.toString(),
          "DYADWATCH_POLL_INTERVAL", "250ms"));
      Settings enrichSettings = Settings.load(EnrichConfig.defaults(), with(common,
          "DYADWATCH_STATE_DIR", data.resolve("state").resolve("enrich").toString()));
      Settings alertSettings = Settings.load(AlertConfig.defaults(), with(common,
          "DYADWATCH_STATE_DIR", data.resolve("state").resolve("alert").toString()));

      TopicSetup.ensure(ingestSettings.kafka(), Topics.pipelineTopics(),
          Integer.parseInt(common.getOrDefault("DYADWATCH_TOPIC_PARTITIONS", "3")), (short) 1);

      IngestService ingest = IngestService.create(IngestConfig.from(ingestSettings));
      StreamsService enrich = EnrichService.create(EnrichConfig.from(enrichSettings));
      AlertService alert = AlertService.create(AlertConfig.from(alertSettings));
      TopicSetup.ensure(ingestSettings.kafka(), alert.topics(), 1, (short) 1);
      alert.start();
      enrich.start();
      ingest.start();
      Duration startup = Duration.between(began, Instant.now());
      log.info("local pipeline started in {} ms: Kafka at {}, ingest HTTP {}, enrich HTTP {}, alert HTTP {}",
          startup.toMillis(), kafka.bootstrapServers(), ingest.httpPort(), enrich.http().port(), alert.httpPort());
      return new LocalPipeline(kafka, ingest, enrich, alert, inbox, startup);
    } catch (RuntimeException e) {
      kafka.close();
      throw e;
    }
  }

  private static Map<String, String> with(Map<String, String> base, String... pairs) {
    Map<String, String> m = new HashMap<>(base);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** The drop folder ingest watches. */
  public Path inbox() {
    return inbox;
  }

  public IngestService ingest() {
    return ingest;
  }

  public StreamsService enrich() {
    return enrich;
  }

  public AlertService alert() {
    return alert;
  }

  /** From the call to {@link #start} until all services were started. */
  public Duration startupTime() {
    return startup;
  }

  @Override
  public void close() {
    ingest.close();
    enrich.close();
    alert.close();
    kafka.close();
  }
}
