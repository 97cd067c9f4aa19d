package io.dyadwatch.common;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs until SIGTERM or Ctrl-C, then closes the service cleanly. */
public final class Shutdown {
  private static final Logger log = LoggerFactory.getLogger(Shutdown.class);

  private Shutdown() {}

  public static void awaitSignal(AutoCloseable service) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        service.close();
      } catch (Exception e) {
        log.error("error while stopping", e);
      } finally {
        done.countDown();
      }
    }, "shutdown"));
    done.await();
  }
}
