package io.dyadwatch.common;

import io.dyadwatch.schemas.Topic;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics the pipeline needs, where they do not exist yet. */
public final class TopicSetup {
  private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

  private TopicSetup() {}

  /**
   * Creates the missing topics with the given partitions and replication factor. The alerts topic and
   * team topics are compacted (keyed by alert id: the latest revision of each alert is kept).
   */
  public static void ensure(Map<String, Object> adminConfig, Collection<? extends Topic<?, ?>> topics,
      int partitions, short replication) {
    try (Admin admin = Admin.create(adminConfig)) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = topics.stream()
          .filter(t -> !existing.contains(t.name()))
          .map(t -> new NewTopic(t.name(), partitions, replication).configs(configFor(t.name())))
          .toList();
      if (missing.isEmpty()) {
        return;
      }
      admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
        throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the broker did not answer within 30 s while creating topics", e);
    }
  }

  /**
   * Creates the pipeline topics when {@code DYADWATCH_CREATE_TOPICS} is true, with
   * {@code DYADWATCH_TOPIC_PARTITIONS} partitions and {@code DYADWATCH_REPLICATION_FACTOR} replicas.
   */
  public static void ensureIfAsked(Settings settings) {
    ensureIfAsked(settings, List.of());
  }

  /** As {@link #ensureIfAsked(Settings)}, with the service's own topics (e.g. team topics) as well. */
  public static void ensureIfAsked(Settings settings, Collection<? extends Topic<?, ?>> more) {
    if (settings.getBoolean("DYADWATCH_CREATE_TOPICS")) {
      Set<Topic<?, ?>> topics = new java.util.LinkedHashSet<>(io.dyadwatch.schemas.Topics.pipelineTopics());
      topics.addAll(more);
      ensure(settings.kafka(), topics,
          settings.getInt("DYADWATCH_TOPIC_PARTITIONS"), (short) settings.getInt("DYADWATCH_REPLICATION_FACTOR"));
    }
  }

  static Map<String, String> configFor(String topic) {
    if (topic.startsWith("diplomacy.alerts.")) {
      return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
          TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
    }
    return Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
  }
}
