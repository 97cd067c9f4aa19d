package io.dyadwatch.ingest;

import io.dyadwatch.ingest.IngestResult.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a drop folder: each file that has stopped changing is ingested, then moved to
 * {@code processed/}, or to {@code failed/} when it was refused (its dead-letter record says why). A
 * file whose articles Kafka did not acknowledge stays where it is and is tried again.
 */
final class DirectoryWatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DirectoryWatcher.class);
  static final String PROCESSED = "processed";
  static final String FAILED = "failed";

  private final Path dir;
  private final Ingestor ingestor;
  private final Duration interval;
  private final Clock clock;
  private final long maxFileBytes;
  private final ScheduledExecutorService scheduler;
  private final AtomicLong filesDone = new AtomicLong();

  DirectoryWatcher(Path dir, Ingestor ingestor, Duration interval, Clock clock, long maxFileBytes) {
    this.dir = dir;
    this.ingestor = ingestor;
    this.interval = interval;
    this.clock = clock;
    this.maxFileBytes = maxFileBytes;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "watch-" + dir.getFileName());
      t.setDaemon(true);
      return t;
    });
  }

  void start() throws IOException {
    Files.createDirectories(dir.resolve(PROCESSED));
    Files.createDirectories(dir.resolve(FAILED));
    scheduler.scheduleWithFixedDelay(this::scanSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    log.info("watching {} for .txt, .json and .html files", dir.toAbsolutePath());
  }

  /** Files handled since start, processed or failed. */
  long filesDone() {
    return filesDone.get();
  }

  private void scanSafely() {
    try {
      scan();
    } catch (RuntimeException | IOException e) {
      log.error("scanning {} failed; trying again in {}", dir, interval, e);
    }
  }

  /** One pass over the folder; returns the number of files handled (moved to processed/ or failed/). */
  int scan() throws IOException {
    List<Path> ready = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && !name.startsWith(".") && settled(file)) {
          ready.add(file);
        }
      }
    }
    ready.sort(null);
    int handled = 0;
    for (Path file : ready) {
      if (handle(file)) {
        handled++;
      }
    }
    return handled;
  }

  /** A file still being written (modified within the last interval) waits for the next pass. */
  private boolean settled(Path file) throws IOException {
    long age = clock.millis() - Files.getLastModifiedTime(file).toMillis();
    return age >= Math.min(interval.toMillis(), 500);
  }

  /** Returns false when the file stays for the next pass. */
  private boolean handle(Path file) throws IOException {
    String name = file.getFileName().toString();
    byte[] bytes = read(file);
    List<IngestResult> results;
    try {
      results = ingestor.submitFile(name, bytes);
    } catch (RuntimeException e) {
      log.error("{}: not acknowledged by Kafka; it stays and is tried again", file, e);
      return false;
    }
    boolean refused = results.stream().anyMatch(r -> r.outcome() == Outcome.REJECTED);
    // Created here as well as at start: someone may have removed the folder while the service runs.
    Path target = Files.createDirectories(dir.resolve(refused ? FAILED : PROCESSED)).resolve(name);
    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
    filesDone.incrementAndGet();
    for (IngestResult r : results) {
      switch (r.outcome()) {
        case ACCEPTED -> log.info("{}: article {} accepted", name, r.articleId());
        case DUPLICATE -> log.info("{}: {}", name, r.message());
        case REJECTED -> log.warn("{}: refused: {} (see the dead-letter topic; file moved to {})", name, r.message(),
            FAILED);
      }
    }
    return true;
  }

  /** Reads the file; a huge one only up to just over the limit, which is enough to refuse it. */
  private byte[] read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
    }
  }

  @Override
  public void close() {
    scheduler.shutdown();
    try {
      scheduler.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
