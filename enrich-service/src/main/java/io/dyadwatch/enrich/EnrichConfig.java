package io.dyadwatch.enrich;

import io.dyadwatch.common.Settings;
import io.dyadwatch.common.StreamsService;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * enrich-service configuration.
 *
 * @param streams Kafka Streams properties (application id dyadwatch-enrich, exactly_once_v2, KAFKA_*)
 * @param languages languages extraction runs on (DYADWATCH_EXTRACT_LANGUAGES, comma-separated ISO 639-1)
 */
public record EnrichConfig(Properties streams, String httpHost, int httpPort, Set<String> languages) {
  public static final String APPLICATION_ID = "dyadwatch-enrich";
  public static final String SERVICE = "enrich-service";

  public static Map<String, String> defaults() {
    Map<String, String> d = new HashMap<>(StreamsService.defaults());
    d.put("DYADWATCH_HTTP_PORT", "8082");
    d.put("DYADWATCH_EXTRACT_LANGUAGES", "en");
    return d;
  }

  public static EnrichConfig from(Settings settings) {
    Set<String> languages = Arrays.stream(settings.get("DYADWATCH_EXTRACT_LANGUAGES").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    return new EnrichConfig(StreamsService.properties(APPLICATION_ID, settings), settings.get("DYADWATCH_HTTP_HOST"),
        settings.getInt("DYADWATCH_HTTP_PORT"), languages);
  }
}
