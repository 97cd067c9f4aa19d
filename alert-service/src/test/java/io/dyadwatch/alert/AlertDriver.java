package io.dyadwatch.alert;

import io.dyadwatch.alert.webhook.WebhookOutbox;
import io.dyadwatch.common.Settings;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.DyadHistory;
import io.dyadwatch.schemas.serde.AvroSerde;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/** The production topology in a TopologyTestDriver, with typed access to its topics and store. */
final class AlertDriver implements AutoCloseable {
  static final AvroSerde<DiplomaticEvent> EVENT_SERDE = AvroSerde.of(DiplomaticEvent.class);

  final AlertConfig config;
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final TopologyTestDriver driver;
  private final TestInputTopic<byte[], byte[]> events;
  private final TestOutputTopic<String, ContactAlert> alerts;
  private final TestOutputTopic<byte[], byte[]> deadLetters;

  /** With the default settings, state under {@code stateDir}, the wall clock at {@code now}. */
  AlertDriver(Path stateDir, Instant now) {
    this(stateDir, now, Map.of());
  }

  AlertDriver(Path stateDir, Instant now, Map<String, String> settings) {
    Map<String, String> overrides = new HashMap<>(settings);
    overrides.put("DYADWATCH_STATE_DIR", stateDir.toString());
    config = AlertConfig.from(Settings.load(AlertConfig.defaults(), overrides));
    driver = new TopologyTestDriver(AlertTopology.build(config, registry), config.streamsProperties(), now);
    events = driver.createInputTopic(Topics.EVENTS.name(), new ByteArraySerializer(), new ByteArraySerializer());
    alerts = driver.createOutputTopic(Topics.ALERTS.name(), Topics.ALERTS.keySerde().deserializer(),
        Topics.ALERTS.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.ALERT_DEAD_LETTERS.name(), new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  /** Pipes an event keyed by its dyad, with the record timestamp given. */
  void pipe(DiplomaticEvent event, Instant timestamp) {
    pipeBytes(event.getDyad().getBytes(StandardCharsets.UTF_8), EVENT_SERDE.encode(event), timestamp);
  }

  void pipeBytes(byte[] key, byte[] value, Instant timestamp) {
    events.pipeInput(new TestRecord<>(key, value, timestamp));
  }

  void pipeBytes(byte[] key, byte[] value, Headers headers, Instant timestamp) {
    events.pipeInput(new TestRecord<>(key, value, headers, timestamp));
  }

  void advanceWallClock(java.time.Duration d) {
    driver.advanceWallClockTime(d);
  }

  List<TestRecord<String, ContactAlert>> alerts() {
    return alerts.readRecordsToList();
  }

  List<TestRecord<byte[], byte[]>> deadLetters() {
    return deadLetters.readRecordsToList();
  }

  /** The records of a team's topic. */
  List<TestRecord<String, ContactAlert>> teamAlerts(String team) {
    var topic = Topics.teamAlerts(team);
    return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer())
        .readRecordsToList();
  }

  List<TestRecord<String, ContactAlert>> webhookOutbox() {
    return driver.createOutputTopic(WebhookOutbox.TOPIC.name(), WebhookOutbox.TOPIC.keySerde().deserializer(),
        WebhookOutbox.TOPIC.valueSerde().deserializer()).readRecordsToList();
  }

  DyadHistory history(String dyad) {
    KeyValueStore<String, DyadHistory> store = driver.getKeyValueStore(AlertTopology.HISTORY_STORE);
    return store.get(dyad);
  }

  double counter(String name, String... tags) {
    var counter = registry.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  @Override
  public void close() {
    driver.close();
  }
}
