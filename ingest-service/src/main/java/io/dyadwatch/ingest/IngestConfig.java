package io.dyadwatch.ingest;

import io.dyadwatch.common.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * ingest-service configuration.
 *
 * @param kafka producer settings (KAFKA_*), to which idempotence and acks=all are always added
 * @param watchDir folder watched for .txt, .json and .html files, or null for none
 * @param stateDir where the index of articles already seen is kept
 * @param maxBodyChars the largest body accepted, in characters
 */
public record IngestConfig(Map<String, Object> kafka, String httpHost, int httpPort, Path watchDir, Path stateDir,
    Duration pollInterval, int maxBodyChars) {
  public static final String SERVICE = "ingest-service";

  public static Map<String, String> defaults() {
    Map<String, String> d = new HashMap<>(Settings.commonDefaults());
    d.put("DYADWATCH_HTTP_PORT", "8081");
    d.put("DYADWATCH_WATCH_DIR", "");
    d.put("DYADWATCH_POLL_INTERVAL", "1s");
    d.put("DYADWATCH_MAX_BODY_CHARS", Integer.toString(4 * 1024 * 1024));
    return d;
  }

  public static IngestConfig from(Settings settings) {
    String watch = settings.get("DYADWATCH_WATCH_DIR").strip();
    Duration pollInterval = settings.getDuration("DYADWATCH_POLL_INTERVAL");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("DYADWATCH_POLL_INTERVAL must be longer than zero, got \""
          + settings.get("DYADWATCH_POLL_INTERVAL") + "\"");
    }
    int maxBodyChars = settings.getInt("DYADWATCH_MAX_BODY_CHARS");
    if (maxBodyChars <= 0) {
      throw new IllegalArgumentException("DYADWATCH_MAX_BODY_CHARS must be at least 1, got " + maxBodyChars);
    }
    return new IngestConfig(settings.kafka(), settings.get("DYADWATCH_HTTP_HOST"), settings.getInt("DYADWATCH_HTTP_PORT"),
        watch.isEmpty() ? null : Path.of(watch), Path.of(settings.get("DYADWATCH_STATE_DIR")),
        pollInterval, maxBodyChars);
  }
}
