package io.dyadwatch.alert;

import io.dyadwatch.alert.query.QueryApi;
import io.dyadwatch.alert.query.StreamsStoreAccess;
import io.dyadwatch.alert.subscription.Subscriptions;
import io.dyadwatch.alert.subscription.Team;
import io.dyadwatch.alert.webhook.WebhookDispatcher;
import io.dyadwatch.common.Health;
import io.dyadwatch.common.Metrics;
import io.dyadwatch.common.StreamsService;
import io.dyadwatch.schemas.Topic;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The running alert-service: the Kafka Streams client of {@link AlertTopology}; on its HTTP port
 * health, metrics and the {@link QueryApi query API}; webhook delivery for the teams that have a webhook.
 */
public final class AlertService implements AutoCloseable {
  private final AlertConfig config;
  private final StreamsService streams;
  private final WebhookDispatcher webhooks;

  private AlertService(AlertConfig config, StreamsService streams, WebhookDispatcher webhooks) {
    this.config = config;
    this.streams = streams;
    this.webhooks = webhooks;
  }

  /** Builds everything; nothing runs before {@link #start()}. */
  public static AlertService create(AlertConfig config) {
    PrometheusMeterRegistry registry = Metrics.registry(AlertConfig.SERVICE);
    StreamsService streams = StreamsService.create(AlertConfig.SERVICE, AlertTopology.build(config, registry),
        config.streamsProperties(), registry, config.httpHost(), config.httpPort());
    HostInfo self = config.applicationServer() == null ? null : HostInfo.buildFromEndpoint(config.applicationServer());
    new QueryApi(new StreamsStoreAccess(streams.streams(), self), config.queryTimeout()).register(streams.http());
    WebhookDispatcher webhooks = config.subscriptions().anyWebhook()
        ? WebhookDispatcher.create(config.subscriptions().teams(), config.settings().kafka(), config.webhookRetry(),
            config.webhookTimeout(), new AlertMetrics(registry), AlertConfig.SERVICE)
        : null;
    return new AlertService(config, streams, webhooks);
  }

  public void start() {
    streams.start();
    if (webhooks != null) {
      webhooks.start();
    }
  }

  public int httpPort() {
    return streams.http().port();
  }

  public Health health() {
    return streams.health();
  }

  public KafkaStreams streams() {
    return streams.streams();
  }

  /** The teams in effect and what each watches; {@link Subscriptions#describe()} for people. */
  public Subscriptions subscriptions() {
    return config.subscriptions();
  }

  /**
   * The topics this service reads and writes (events, alerts, dead letters, team topics, the webhook
   * outbox), for whoever creates topics before starting it.
   */
  public List<Topic<?, ?>> topics() {
    return AlertTopology.topics(config);
  }

  /** The teams in effect; each one's topic is {@link Team#alertTopic()}. */
  public List<Team> teams() {
    return config.subscriptions().teams();
  }

  @Override
  public void close() {
    if (webhooks != null) {
      webhooks.close();
    }
    streams.close();
  }
}
