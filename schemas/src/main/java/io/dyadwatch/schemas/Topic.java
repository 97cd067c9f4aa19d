package io.dyadwatch.schemas;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/** A topic with the serdes of its keys and values: the only way our code names a topic. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
  public Topic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keySerde, "keySerde");
    Objects.requireNonNull(valueSerde, "valueSerde");
  }
}
