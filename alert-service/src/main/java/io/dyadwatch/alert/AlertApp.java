package io.dyadwatch.alert;

import io.dyadwatch.common.Settings;
import io.dyadwatch.common.Shutdown;
import io.dyadwatch.common.TopicSetup;
import io.dyadwatch.schemas.Topic;
import io.dyadwatch.schemas.Topics;
import java.util.LinkedHashSet;
import java.util.Set;

/** Runs alert-service until SIGTERM: configuration from the environment (see {@link AlertConfig}). */
public final class AlertApp {
  private AlertApp() {}

  public static void main(String[] args) throws Exception {
    AlertConfig config = AlertConfig.from(Settings.fromEnvironment(AlertConfig.defaults()));
    if (config.createTopics()) {
      Set<Topic<?, ?>> topics = new LinkedHashSet<>(Topics.pipelineTopics());
      topics.addAll(AlertTopology.topics(config));
      TopicSetup.ensure(config.settings().kafka(), topics, config.topicPartitions(),
          (short) config.settings().getInt("DYADWATCH_REPLICATION_FACTOR"));
    }
    AlertService service = AlertService.create(config);
    service.start();
    Shutdown.awaitSignal(service);
  }
}
