package io.dyadwatch.common;

/** What /health reports. Liveness fails only when the service cannot recover by itself. */
public interface Health {
  boolean live();

  boolean ready();

  /** A word or two for people: the Kafka Streams state, for example. */
  String detail();
}
