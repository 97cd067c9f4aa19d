package io.dyadwatch.common;

import org.apache.kafka.streams.KafkaStreams;

/**
 * Health of a Kafka Streams client: alive unless ERROR or NOT_RUNNING (a rebalance is alive),
 * ready only when RUNNING.
 */
public record StreamsHealth(KafkaStreams streams) implements Health {
  @Override
  public boolean live() {
    KafkaStreams.State state = streams.state();
    return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.NOT_RUNNING;
  }

  @Override
  public boolean ready() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  @Override
  public String detail() {
    return streams.state().name();
  }
}
