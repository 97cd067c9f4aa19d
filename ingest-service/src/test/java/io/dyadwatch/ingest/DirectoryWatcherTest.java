package io.dyadwatch.ingest;

import static io.dyadwatch.ingest.Produced.on;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.schemas.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWatcherTest {
  private static final Instant START = Instant.parse("2024-11-19T10:15:30Z");
  private static final Duration INTERVAL = Duration.ofSeconds(1);
  private static final long MAX_FILE_BYTES = 64 * 1024;

  @TempDir
  Path tmp;

  private final SettableClock clock = new SettableClock(START);
  private MockProducer<byte[], byte[]> producer;
  private SeenIndex seen;
  private DirectoryWatcher watcher;
  private Path drop;

  private DirectoryWatcher watcher(boolean autoComplete, Duration interval) throws IOException {
    producer = Produced.producer(autoComplete);
    seen = new SeenIndex(tmp.resolve("state").resolve("seen-articles.tsv"));
    Ingestor ingestor = new Ingestor(new ArticleParser(100_000), new ArticleSink(producer), seen, clock,
        new SimpleMeterRegistry(), MAX_FILE_BYTES);
    drop = Files.createDirectories(tmp.resolve("drop"));
    watcher = new DirectoryWatcher(drop, ingestor, interval, clock, MAX_FILE_BYTES);
    return watcher;
  }

  private DirectoryWatcher watcher() throws IOException {
    return watcher(true, INTERVAL);
  }

  @AfterEach
  void close() throws Exception {
    if (watcher != null) {
      watcher.close();
      seen.close();
    }
  }

  /** Writes a file last modified {@code age} before the clock's now. */
  private Path drop(String name, String content, Duration age) throws IOException {
    Path file = drop.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(clock.instant().minus(age)));
    return file;
  }

  private Path drop(String name, String content) throws IOException {
    return drop(name, content, Duration.ofMinutes(1));
  }

  private List<String> names(String folder) {
    Path dir = folder.isEmpty() ? drop : drop.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void acceptedFilesGoToProcessedAndRefusedOnesToFailed() throws Exception {
    watcher();
    drop("laos.txt", "North Korea sent a delegation to Laos.");
    drop("laos-again.txt", "NORTH KOREA sent a delegation to Laos.");
    drop("empty.txt", "");
    drop("notes.docx", "Kim met Xi in Beijing.");
    drop("batch.json", "[{\"body\": \"Lavrov visited Pyongyang.\"}, {\"body\": \" \"}]");

    int handled = watcher.scan();

    assertThat(handled).isEqualTo(5);
    assertThat(watcher.filesDone()).isEqualTo(5);
    assertThat(names("")).isEmpty();
    assertThat(names(DirectoryWatcher.PROCESSED)).containsExactly("laos-again.txt", "laos.txt");
    assertThat(names(DirectoryWatcher.FAILED)).containsExactly("batch.json", "empty.txt", "notes.docx");
    assertThat(Files.readString(drop.resolve("processed/laos.txt"))).isEqualTo("North Korea sent a delegation to Laos.");
    assertThat(on(producer, Topics.RAW_ARTICLES)).hasSize(2);
    assertThat(on(producer, Topics.INGEST_DEAD_LETTERS)).hasSize(3);
  }

  @Test
  void aFileWhoseArticleKafkaRefusesStaysAndIsTriedAgain() throws Exception {
    watcher(false, INTERVAL);
    drop("laos.txt", "North Korea sent a delegation to Laos.");

    CompletableFuture<Integer> firstPass = CompletableFuture.supplyAsync(this::scan);
    Produced.await("the article to be sent", () -> producer.history().size() == 1);
    producer.errorNext(new NotEnoughReplicasException("2 in-sync replicas, 3 required"));

    assertThat(firstPass.join()).isZero();
    assertThat(names("")).containsExactly("laos.txt");
    assertThat(names(DirectoryWatcher.PROCESSED)).isEmpty();
    assertThat(names(DirectoryWatcher.FAILED)).isEmpty();
    assertThat(watcher.filesDone()).isZero();

    CompletableFuture<Integer> secondPass = CompletableFuture.supplyAsync(this::scan);
    Produced.await("the article to be sent again", () -> producer.history().size() == 2);
    producer.completeNext();

    assertThat(secondPass.join()).isEqualTo(1);
    assertThat(names("")).isEmpty();
    assertThat(names(DirectoryWatcher.PROCESSED)).containsExactly("laos.txt");
  }

  private int scan() {
    try {
      return watcher.scan();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void hiddenFilesAndSubfoldersAreLeftAlone() throws Exception {
    watcher();
    drop(".laos.txt.swp", "North Korea sent a delegation to Laos.");
    drop("2024/laos.txt", "North Korea sent a delegation to Laos.");

    assertThat(watcher.scan()).isZero();

    assertThat(names("")).containsExactly(".laos.txt.swp");
    assertThat(names("2024")).containsExactly("laos.txt");
    assertThat(producer.history()).isEmpty();
  }

  /** With a 1 s poll interval a file must be unchanged for 500 ms before it is read. */
  @Test
  void aFileModifiedJustNowWaitsUntilItHasSettled() throws Exception {
    watcher();
    drop("laos.txt", "North Korea sent a delegation to Laos.", Duration.ZERO);

    assertThat(watcher.scan()).isZero();
    clock.advance(Duration.ofMillis(499));
    assertThat(watcher.scan()).isZero();
    assertThat(producer.history()).isEmpty();
    assertThat(names("")).containsExactly("laos.txt");

    clock.advance(Duration.ofMillis(1));
    assertThat(watcher.scan()).isEqualTo(1);
    assertThat(names(DirectoryWatcher.PROCESSED)).containsExactly("laos.txt");
  }

  @Test
  void aProcessedFolderRemovedWhileRunningIsMadeAgain() throws Exception {
    watcher();
    drop("laos.txt", "North Korea sent a delegation to Laos.");
    watcher.scan();
    Files.delete(drop.resolve("processed/laos.txt"));
    Files.delete(drop.resolve("processed"));
    drop("lavrov.txt", "Lavrov visited Pyongyang.");

    assertThat(watcher.scan()).isEqualTo(1);

    assertThat(names(DirectoryWatcher.PROCESSED)).containsExactly("lavrov.txt");
  }

  @Test
  void onceStartedTheFolderIsScannedEveryInterval() throws Exception {
    watcher(true, Duration.ofMillis(20)).start();
    assertThat(drop.resolve(DirectoryWatcher.PROCESSED)).isDirectory();
    assertThat(drop.resolve(DirectoryWatcher.FAILED)).isDirectory();

    drop("laos.txt", "North Korea sent a delegation to Laos.");
    Produced.await("laos.txt to be processed", () -> names(DirectoryWatcher.PROCESSED).contains("laos.txt"));
    drop("empty.txt", "");
    Produced.await("empty.txt to fail", () -> names(DirectoryWatcher.FAILED).contains("empty.txt"));

    assertThat(watcher.filesDone()).isEqualTo(2);
  }

  /** A clock the test moves by hand. */
  private static final class SettableClock extends Clock {
    private volatile Instant now;

    SettableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration step) {
      now = now.plus(step);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the ingest code works in UTC");
    }
  }
}
