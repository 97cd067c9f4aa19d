package io.dyadwatch.alert;

import io.dyadwatch.alert.novelty.EventTime;
import io.dyadwatch.alert.novelty.InvalidEventException;
import io.dyadwatch.alert.novelty.Judgement;
import io.dyadwatch.alert.novelty.NoveltyJudge;
import io.dyadwatch.alert.subscription.Subscriptions;
import io.dyadwatch.alert.subscription.Team;
import io.dyadwatch.alert.webhook.WebhookOutbox;
import io.dyadwatch.common.DeadLetters;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.DyadHistory;
import io.dyadwatch.schemas.serde.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Reads diplomacy.events.v1 as bytes, judges each event against its dyad's history (store
 * {@value AlertTopology#HISTORY_STORE}) and forwards alert revisions to the alerts sink and to the sinks
 * of the teams they concern; records it cannot decode or judge go, as read, to the dead-letter sink.
 */
final class AlertProcessor implements Processor<byte[], byte[], Object, Object> {
  private static final AvroSerde<DiplomaticEvent> EVENTS = AvroSerde.of(DiplomaticEvent.class);

  private final NoveltyJudge judge;
  private final Subscriptions subscriptions;
  private final AlertMetrics metrics;
  private ProcessorContext<Object, Object> context;
  private KeyValueStore<String, DyadHistory> histories;

  AlertProcessor(NoveltyJudge judge, Subscriptions subscriptions, AlertMetrics metrics) {
    this.judge = judge;
    this.subscriptions = subscriptions;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    this.context = context;
    this.histories = context.getStateStore(AlertTopology.HISTORY_STORE);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    metrics.eventIn();
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    DiplomaticEvent event;
    try {
      event = EVENTS.decode(record.value());
      requireKeyIsDyad(record.key(), event);
    } catch (SerializationException | InvalidEventException e) {
      deadLetter(record, e instanceof SerializationException ? "decode" : "novelty", e, now);
      return;
    }
    DyadHistory before = histories.get(event.getDyad());
    Judgement judgement;
    try {
      judgement = judge.judge(before, event, EventTime.dayOf(event, record.timestamp()), now);
    } catch (RuntimeException e) {
      // The judge is pure: whatever it throws is about this record, which must not stop the partition.
      deadLetter(record, "novelty", e, now);
      return;
    }
    if (judgement.outcome() != Judgement.Outcome.DUPLICATE) {
      histories.put(event.getDyad(), judgement.history());
    }
    judgement.published().ifPresent(alert -> publish(alert, record.timestamp()));
  }

  private void publish(ContactAlert alert, long timestamp) {
    context.forward(new Record<>(alert.getAlertId(), alert, timestamp), AlertTopology.ALERTS_SINK);
    metrics.alertOut(alert.getKind().name(), alert.getRevision() > 1);
    for (Team team : subscriptions.recipients(alert)) {
      if (team.topic()) {
        context.forward(new Record<>(alert.getAlertId(), alert, timestamp), AlertTopology.teamSink(team));
      }
      if (team.webhook() != null) {
        Headers headers = new RecordHeaders();
        headers.add(WebhookOutbox.TEAM_HEADER, team.name().getBytes(StandardCharsets.UTF_8));
        context.forward(new Record<>(alert.getDyad(), alert, timestamp, headers), AlertTopology.WEBHOOK_SINK);
      }
    }
  }

  private static void requireKeyIsDyad(byte[] key, DiplomaticEvent event) {
    String k = key == null ? null : new String(key, StandardCharsets.UTF_8);
    if (!event.getDyad().equals(k)) {
      // The dyad store and the query API find a dyad by its key's partition.
      throw new InvalidEventException("record key " + k + " is not the event's dyad " + event.getDyad());
    }
  }

  private void deadLetter(Record<byte[], byte[]> record, String stage, Exception e, Instant now) {
    context.forward(DeadLetters.forRecord(record, context.recordMetadata(), AlertConfig.SERVICE, stage,
        e.getClass().getName(), e.getMessage(), now), AlertTopology.DEAD_LETTER_SINK);
    metrics.deadLetter(stage);
  }
}
