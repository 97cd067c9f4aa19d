package io.dyadwatch.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A service's configuration, layered: built-in defaults, then an optional properties file (its path in
 * {@code DYADWATCH_CONFIG_FILE}), then the environment. All three use the same names:
 * {@code DYADWATCH_*} for our options and {@code KAFKA_*} for Kafka client settings, which pass
 * straight through ({@code KAFKA_BOOTSTRAP_SERVERS} → {@code bootstrap.servers}), security settings
 * included.
 */
public final class Settings {
  public static final String CONFIG_FILE = "DYADWATCH_CONFIG_FILE";
  private static final String KAFKA_PREFIX = "KAFKA_";
  /** Variables Kafka's own scripts read; they are not client settings. */
  private static final java.util.Set<String> KAFKA_SCRIPT_VARIABLES = java.util.Set.of(
      "KAFKA_HEAP_OPTS", "KAFKA_OPTS", "KAFKA_JMX_OPTS", "KAFKA_LOG4J_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS",
      "KAFKA_GC_LOG_OPTS", "KAFKA_DEBUG", "KAFKA_HOME", "KAFKA_LOG_DIR");

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The defaults every service shares; each service adds its own on top. */
  public static Map<String, String> commonDefaults() {
    return Map.of(
        "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092",
        "DYADWATCH_HTTP_HOST", "0.0.0.0",
        "DYADWATCH_STATE_DIR", System.getProperty("java.io.tmpdir") + "/dyadwatch-state",
        "DYADWATCH_CREATE_TOPICS", "false",
        "DYADWATCH_TOPIC_PARTITIONS", "3",
        "DYADWATCH_REPLICATION_FACTOR", "1");
  }

  /** Defaults, then the file named by {@code DYADWATCH_CONFIG_FILE} (if set), then {@code overrides}. */
  public static Settings load(Map<String, String> defaults, Map<String, String> overrides) {
    Map<String, String> merged = new HashMap<>(defaults);
    String file = overrides.getOrDefault(CONFIG_FILE, defaults.get(CONFIG_FILE));
    if (file != null && !file.isBlank()) {
      merged.putAll(readFile(Path.of(file)));
    }
    overrides.forEach((k, v) -> {
      if (k.startsWith("DYADWATCH_") || k.startsWith(KAFKA_PREFIX)) {
        merged.put(k, v);
      }
    });
    return new Settings(merged);
  }

  /** Defaults, then the optional file, then the process environment. */
  public static Settings fromEnvironment(Map<String, String> defaults) {
    return load(defaults, System.getenv());
  }

  private static Map<String, String> readFile(Path path) {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      props.load(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read configuration file " + path + ": " + e.getMessage(), e);
    }
    Map<String, String> out = new HashMap<>();
    props.stringPropertyNames().forEach(k -> out.put(k.strip(), props.getProperty(k).strip()));
    return out;
  }

  public String get(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing setting " + name);
    }
    return v;
  }

  public String getOrNull(String name) {
    return values.get(name);
  }

  public int getInt(String name) {
    String v = get(name);
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got \"" + v + "\"", e);
    }
  }

  public boolean getBoolean(String name) {
    String v = get(name).strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new IllegalArgumentException(name + " must be true or false, got \"" + v + "\"");
    };
  }

  /** A duration as ISO 8601 (PT30S, P365D) or a number with a unit: 500ms, 30s, 5m, 2h, 365d; never negative. */
  public Duration getDuration(String name) {
    Duration d = parseDuration(name, get(name).strip());
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got \"" + get(name) + "\"");
    }
    return d;
  }

  private static Duration parseDuration(String name, String v) {
    try {
      if (v.startsWith("P") || v.startsWith("p")) {
        return Duration.parse(v.toUpperCase(Locale.ROOT));
      }
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      long n = Long.parseLong(v.substring(0, v.length() - 1));
      return switch (v.charAt(v.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        case 'd' -> Duration.ofDays(n);
        default -> throw new NumberFormatException();
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(name + " must be a duration like 30s, 5m, 365d or PT30S, got \"" + v + "\"", e);
    }
  }

  /** Every {@code KAFKA_*} setting as a Kafka client property. */
  public Map<String, Object> kafka() {
    Map<String, Object> props = new TreeMap<>();
    values.forEach((k, v) -> {
      if (k.startsWith(KAFKA_PREFIX) && !KAFKA_SCRIPT_VARIABLES.contains(k)) {
        props.put(k.substring(KAFKA_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
      }
    });
    return props;
  }

  /** A copy with some settings replaced (tests, in-process runs). */
  public Settings with(Map<String, String> changes) {
    Map<String, String> merged = new HashMap<>(values);
    merged.putAll(changes);
    return new Settings(merged);
  }
}
