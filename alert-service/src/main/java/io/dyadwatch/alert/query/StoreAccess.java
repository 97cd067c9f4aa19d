package io.dyadwatch.alert.query;

import io.dyadwatch.schemas.avro.DyadHistory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** What the query API needs from the dyad-history store and its place among the instances. */
public interface StoreAccess {

  /** Whether this instance serves queries now (Kafka Streams RUNNING, not rebalancing). */
  boolean running();

  /** The instance that holds a dyad's history. */
  Owner owner(String dyad);

  /**
   * A dyad's history from this instance's store.
   *
   * @param partition the store partition holding it, or null to look in all local ones
   * @throws StoreUnavailableException when the store is migrating or restoring
   */
  Optional<DyadHistory> local(String dyad, Integer partition);

  /**
   * The histories of this instance's active partitions whose dyad passes the filter.
   *
   * @throws StoreUnavailableException when a store is migrating or restoring
   */
  LocalHistories localHistories(Predicate<String> dyads);

  /** Every partition of the store, as assigned across all instances. */
  Set<Integer> allPartitions();

  /** The other instances, as host:port. */
  List<String> otherInstances();

  /** Where a dyad lives: here (with its partition), at another instance, or unknown while rebalancing. */
  record Owner(Where where, String hostPort, Integer partition) {
    public enum Where { LOCAL, REMOTE, UNKNOWN }

    public static Owner local(Integer partition) {
      return new Owner(Where.LOCAL, null, partition);
    }

    public static Owner remote(String hostPort) {
      return new Owner(Where.REMOTE, hostPort, null);
    }

    public static Owner unknown() {
      return new Owner(Where.UNKNOWN, null, null);
    }
  }

  /** Histories read from the partitions listed. */
  record LocalHistories(Set<Integer> partitions, List<DyadHistory> histories) {}

  /** The store cannot be read right now; ask again shortly. */
  final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
