package io.dyadwatch.alert.query;

import io.dyadwatch.alert.AlertTopology;
import io.dyadwatch.schemas.Topics;
import io.dyadwatch.schemas.avro.DyadHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@link StoreAccess} through Kafka Streams interactive queries: active partitions only, owners from
 * the group's metadata ({@code application.server}). Without an application server the instance is
 * taken to be alone.
 */
public final class StreamsStoreAccess implements StoreAccess {
  private static final String STORE = AlertTopology.HISTORY_STORE;

  private final KafkaStreams streams;
  private final HostInfo self;

  /** @param self this instance's application.server, or null when it runs alone */
  public StreamsStoreAccess(KafkaStreams streams, HostInfo self) {
    this.streams = streams;
    this.self = self;
  }

  @Override
  public boolean running() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  @Override
  public Owner owner(String dyad) {
    if (self == null) {
      return Owner.local(null);
    }
    KeyQueryMetadata metadata = streams.queryMetadataForKey(STORE, dyad, Serdes.String().serializer());
    if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata) || metadata.activeHost() == null) {
      return Owner.unknown();
    }
    if (metadata.activeHost().equals(self)) {
      return Owner.local(metadata.partition());
    }
    return Owner.remote(metadata.activeHost().host() + ":" + metadata.activeHost().port());
  }

  @Override
  public Optional<DyadHistory> local(String dyad, Integer partition) {
    StoreQueryParameters<ReadOnlyKeyValueStore<String, DyadHistory>> params =
        StoreQueryParameters.fromNameAndType(STORE, QueryableStoreTypes.keyValueStore());
    try {
      return Optional.ofNullable(streams.store(partition == null ? params : params.withPartition(partition))
          .get(dyad));
    } catch (InvalidStateStoreException e) {
      throw new StoreUnavailableException("store " + STORE + " is not queryable: " + e.getMessage(), e);
    }
  }

  @Override
  public LocalHistories localHistories(Predicate<String> dyads) {
    Set<Integer> partitions = localActivePartitions();
    List<DyadHistory> out = new ArrayList<>();
    try {
      for (int partition : partitions) {
        ReadOnlyKeyValueStore<String, DyadHistory> store = streams.store(
            StoreQueryParameters.fromNameAndType(STORE, QueryableStoreTypes.<String, DyadHistory>keyValueStore())
                .withPartition(partition));
        try (KeyValueIterator<String, DyadHistory> all = store.all()) {
          while (all.hasNext()) {
            KeyValue<String, DyadHistory> kv = all.next();
            if (dyads.test(kv.key)) {
              out.add(kv.value);
            }
          }
        }
      }
    } catch (InvalidStateStoreException e) {
      throw new StoreUnavailableException("store " + STORE + " is not queryable: " + e.getMessage(), e);
    }
    return new LocalHistories(partitions, out);
  }

  @Override
  public Set<Integer> allPartitions() {
    if (self == null) {
      return localActivePartitions();
    }
    Set<Integer> partitions = new TreeSet<>();
    for (StreamsMetadata m : streams.streamsMetadataForStore(STORE)) {
      m.topicPartitions().stream().filter(tp -> tp.topic().equals(Topics.EVENTS.name()))
          .forEach(tp -> partitions.add(tp.partition()));
    }
    return partitions;
  }

  @Override
  public List<String> otherInstances() {
    if (self == null) {
      return List.of();
    }
    return streams.streamsMetadataForStore(STORE).stream()
        .map(StreamsMetadata::hostInfo)
        .filter(h -> !h.equals(self))
        .map(h -> h.host() + ":" + h.port())
        .distinct()
        .toList();
  }

  private Set<Integer> localActivePartitions() {
    Set<Integer> partitions = new TreeSet<>();
    streams.metadataForLocalThreads().forEach(thread -> thread.activeTasks().forEach(task ->
        task.topicPartitions().stream()
            .filter(tp -> tp.topic().equals(Topics.EVENTS.name()))
            .map(TopicPartition::partition)
            .forEach(partitions::add)));
    return partitions;
  }
}
