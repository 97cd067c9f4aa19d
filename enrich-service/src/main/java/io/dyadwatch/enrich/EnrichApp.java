package io.dyadwatch.enrich;

import io.dyadwatch.common.Settings;
import io.dyadwatch.common.Shutdown;
import io.dyadwatch.common.StreamsService;
import io.dyadwatch.common.TopicSetup;

/** enrich-service: raw articles to clean articles and diplomatic events. Configured by environment. */
public final class EnrichApp {
  private EnrichApp() {}

  public static void main(String[] args) throws InterruptedException {
    Settings settings = Settings.fromEnvironment(EnrichConfig.defaults());
    EnrichConfig config = EnrichConfig.from(settings);
    TopicSetup.ensureIfAsked(settings);
    StreamsService service = EnrichService.create(config);
    service.start();
    Shutdown.awaitSignal(service);
  }
}
