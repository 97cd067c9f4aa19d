package io.dyadwatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicSetupTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "diplomacy.alerts.v1,         compact",
      "diplomacy.alerts.ops-asia.v1, compact",
      "news.articles.raw.v1,        ",
      "diplomacy.events.v1,         ",
      "dyadwatch.ingest.dlq.v1,     "})
  void alertTopicsAreCompactedAndEveryTopicTakes8MiBRecords(String topic, String cleanupPolicy) {
    assertThat(TopicSetup.configFor(topic).get("cleanup.policy")).isEqualTo(cleanupPolicy);
    assertThat(TopicSetup.configFor(topic)).containsEntry("max.message.bytes", "8388608");
  }
}
