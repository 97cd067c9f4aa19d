package io.dyadwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** docker-compose.yml must parse; no Docker engine is needed for that. */
class DockerComposeFileTest {
  private static final Path COMPOSE = Path.of("..", "docker-compose.yml");

  @Test
  void composeFileParses() throws Exception {
    assumeTrue(onPath("docker-compose"), "docker-compose is not installed: skipping the compose file check");
    Process p = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "-q")
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isZero();
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
