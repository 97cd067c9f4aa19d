package io.dyadwatch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeenIndexTest {
  @TempDir
  Path dir;

  @Test
  void theFirstIdOfAKeyIsKeptAndFoundAfterAReopen() throws Exception {
    Path file = dir.resolve("ingest").resolve("seen-articles.tsv");
    try (SeenIndex seen = new SeenIndex(file)) {
      seen.remember(List.of("url:aa11", "body:bb22"), "kcna-1119");
      seen.remember(List.of("body:bb22", "body:cc33"), "kcna-1120");
    }

    try (SeenIndex reopened = new SeenIndex(file)) {
      assertThat(reopened.firstSeen(List.of("url:aa11"))).isEqualTo("kcna-1119");
      assertThat(reopened.firstSeen(List.of("body:bb22"))).isEqualTo("kcna-1119");
      assertThat(reopened.firstSeen(List.of("url:none", "body:cc33"))).isEqualTo("kcna-1120");
      assertThat(reopened.firstSeen(List.of("url:none"))).isNull();
      assertThat(reopened.size()).isEqualTo(3);
    }
    assertThat(Files.readString(file, UTF_8)).isEqualTo("url:aa11\tkcna-1119\nbody:bb22\tkcna-1119\nbody:cc33\tkcna-1120\n");
  }

  @Test
  void anEntryAfterALastLineCutShortByAStopIsNotGluedToIt() throws Exception {
    Path file = dir.resolve("seen-articles.tsv");
    Files.writeString(file, "url:aa11\tkcna-1119\nbody:bb22\tkcna-11", UTF_8);

    try (SeenIndex seen = new SeenIndex(file)) {
      seen.remember(List.of("body:cc33"), "kcna-1120");
    }

    try (SeenIndex reopened = new SeenIndex(file)) {
      assertThat(reopened.firstSeen(List.of("body:cc33"))).isEqualTo("kcna-1120");
      assertThat(reopened.firstSeen(List.of("url:aa11"))).isEqualTo("kcna-1119");
    }
  }
}
