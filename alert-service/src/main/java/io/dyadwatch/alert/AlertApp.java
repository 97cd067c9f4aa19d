package io.dyadwatch.alert;

import io.dyadwatch.common.Settings;
import io.dyadwatch.common.Shutdown;
import io.dyadwatch.common.TopicSetup;

/** Runs alert-service until SIGTERM: configuration from the environment (see {@link AlertConfig}). */
public final class AlertApp {
  private AlertApp() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromEnvironment(AlertConfig.defaults());
    AlertConfig config = AlertConfig.from(settings);
    TopicSetup.ensureIfAsked(settings, AlertTopology.topics(config));
    AlertService service = AlertService.create(config);
    service.start();
    Shutdown.awaitSignal(service);
  }
}
