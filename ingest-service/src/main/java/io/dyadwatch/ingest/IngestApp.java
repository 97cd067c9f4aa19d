package io.dyadwatch.ingest;

import io.dyadwatch.common.Settings;
import io.dyadwatch.common.Shutdown;
import io.dyadwatch.common.TopicSetup;

/** ingest-service: articles from a drop folder and POST /articles to the raw topic. Configured by environment. */
public final class IngestApp {
  private IngestApp() {}

  public static void main(String[] args) throws InterruptedException {
    Settings settings = Settings.fromEnvironment(IngestConfig.defaults());
    TopicSetup.ensureIfAsked(settings);
    IngestService service = IngestService.create(IngestConfig.from(settings));
    service.start();
    Shutdown.awaitSignal(service);
  }
}
