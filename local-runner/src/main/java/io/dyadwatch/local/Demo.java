package io.dyadwatch.local;

import io.dyadwatch.local.AlertFeed.Delivery;
import io.dyadwatch.schemas.AvroJson;
import io.dyadwatch.schemas.avro.ContactAlert;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code dyadwatch demo}: the whole pipeline on the embedded broker, fed the sample articles. Shows each
 * alert as it arrives and which teams received it; with {@code --once}, prints the alerts as JSON lines
 * on stdout and exits when the samples are processed.
 */
final class Demo {
  private static final Duration ONCE_TIMEOUT = Duration.ofMinutes(5);

  private Demo() {}

  static int run(DemoOptions options) throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = System.err;
    Map<String, String> overrides = new HashMap<>();
    if (options.subscriptions() != null) {
      overrides.put("DYADWATCH_SUBSCRIPTIONS_FILE", options.subscriptions().toAbsolutePath().toString());
    }
    // The samples are archive articles: without this they would all be backfill, shown to no team.
    overrides.put("DYADWATCH_BACKFILL_HORIZON", "off");
    LocalPipeline pipeline = LocalPipeline.start(options.dataDir(), overrides);
    err.printf("dyadwatch: pipeline up in %d ms (Kafka %s, heap used %d MiB); data in %s%n",
        pipeline.startupTime().toMillis(), pipeline.bootstrapServers(), usedHeapMiB(),
        options.dataDir().toAbsolutePath());
    err.printf("dyadwatch: ingest http://127.0.0.1:%d/articles, alert queries http://127.0.0.1:%d%n",
        pipeline.ingest().httpPort(), pipeline.alert().httpPort());
    for (String line : pipeline.alert().subscriptions().describe()) {
      err.println("dyadwatch: subscription " + line);
    }
    try (AlertFeed feed = new AlertFeed(pipeline.bootstrapServers())) {
      List<Path> copied = copySamples(options.samples(), pipeline.inbox());
      err.printf("dyadwatch: %d sample articles dropped into %s%n", copied.size(), pipeline.inbox());
      return options.once() ? runOnce(pipeline, feed, copied, out, err) : runUntilStopped(pipeline, feed, out, err);
    } finally {
      pipeline.close();
    }
  }

  private static int runOnce(LocalPipeline pipeline, AlertFeed feed, List<Path> dropped, PrintStream out,
      PrintStream err) {
    long deadline = System.nanoTime() + ONCE_TIMEOUT.toNanos();
    try (PipelineDrain drain = new PipelineDrain(pipeline.bootstrapServers())) {
      while (System.nanoTime() < deadline) {
        print(feed.poll(Duration.ofMillis(200)), out, err, true);
        if (dropped.stream().noneMatch(Files::exists) && drain.drained()) {
          while (!feed.atEnd()) {
            print(feed.poll(Duration.ofMillis(200)), out, err, true);
          }
          err.printf("dyadwatch: all samples processed; heap used %d MiB%n", usedHeapMiB());
          return 0;
        }
      }
    }
    err.println("dyadwatch: the samples were not processed within " + ONCE_TIMEOUT.toMinutes() + " minutes");
    return 1;
  }

  private static int runUntilStopped(LocalPipeline pipeline, AlertFeed feed, PrintStream out, PrintStream err)
      throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Thread main = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        main.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "demo-stop"));
    err.printf("dyadwatch: watching %s for more .txt, .json and .html files; Ctrl-C to stop%n", pipeline.inbox());
    while (stop.getCount() > 0) {
      print(feed.poll(Duration.ofMillis(500)), out, err, false);
    }
    err.println("dyadwatch: stopping");
    return 0;
  }

  private static void print(List<Delivery> deliveries, PrintStream out, PrintStream err, boolean json) {
    for (Delivery d : deliveries) {
      ContactAlert a = d.alert();
      if (!d.main()) {
        err.printf("dyadwatch:   -> team %s got %s %s (%s, revision %d)%n", d.team(), a.getKind(), a.getDyad(),
            a.getAlertId(), a.getRevision());
      } else if (json) {
        if (a.getRevision() == 1) {
          out.println(AvroJson.toJsonLine(a));
        } else {
          err.printf("dyadwatch: alert %s updated (revision %d, corroboration %d)%n", a.getAlertId(),
              a.getRevision(), a.getCorroboration());
        }
      } else {
        out.println(line(a));
      }
    }
  }

  /** One readable line per alert. */
  static String line(ContactAlert a) {
    String what = a.getRevision() == 1 ? "NEW " : "UPD ";
    return String.format("%s%-11s %-8s %-9s %-8s %s  [%s; sources %d; %s]", what, a.getKind(), a.getDyad(),
        a.getEventType(), a.getStatus(), a.getSummary(),
        a.getEventDate() == null ? "date unknown" : a.getEventDate(), a.getCorroboration(), a.getAlertId());
  }

  private static List<Path> copySamples(Path samples, Path inbox) throws IOException {
    Files.createDirectories(inbox);
    List<Path> copied = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(samples)) {
      dir.forEach(files::add);
    }
    files.sort(null);
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (Files.isRegularFile(file) && (name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".html"))) {
        // Written beside, then renamed: the watcher never sees a half-written file.
        Path partial = inbox.resolve("." + name + ".part");
        Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
        Path target = inbox.resolve(name);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        copied.add(target);
      }
    }
    return copied;
  }

  private static long usedHeapMiB() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }
}
