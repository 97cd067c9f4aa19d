package io.dyadwatch.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * What ingest has already accepted: URLs and normalised bodies (as SHA-256), each with the id of the
 * article that brought it. Kept in an append-only file so that a restart still knows them.
 */
final class SeenIndex implements AutoCloseable {
  private final Map<String, String> firstIdByKey = new HashMap<>();
  private final BufferedWriter log;

  SeenIndex(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          int tab = line.indexOf('\t');
          if (tab > 0) {
            firstIdByKey.putIfAbsent(line.substring(0, tab), line.substring(tab + 1));
          }
        }
      }
      log = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      if (endsMidLine(file)) {
        // A stop in the middle of a write leaves a partial last line; the next entry must not join it.
        log.write('\n');
        log.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index of seen articles " + file, e);
    }
  }

  private static boolean endsMidLine(Path file) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
      if (channel.size() == 0) {
        return false;
      }
      ByteBuffer last = ByteBuffer.allocate(1);
      channel.position(channel.size() - 1).read(last);
      return last.get(0) != '\n';
    }
  }

  /** The id of the article first seen with any of these keys, or null. */
  synchronized String firstSeen(Iterable<String> keys) {
    for (String key : keys) {
      String id = firstIdByKey.get(key);
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  synchronized void remember(Iterable<String> keys, String articleId) {
    try {
      for (String key : keys) {
        if (firstIdByKey.putIfAbsent(key, articleId) == null) {
          log.write(key + "\t" + articleId + "\n");
        }
      }
      log.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record a seen article", e);
    }
  }

  synchronized int size() {
    return firstIdByKey.size();
  }

  @Override
  public synchronized void close() throws IOException {
    log.close();
  }
}
