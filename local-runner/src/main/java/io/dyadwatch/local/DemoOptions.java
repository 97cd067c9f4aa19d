package io.dyadwatch.local;

import java.nio.file.Path;

/**
 * Options of {@code dyadwatch demo}.
 *
 * @param once print alerts as JSON lines and exit when the samples are processed
 * @param dataDir the broker's log and the services' state; a second run continues from there
 * @param samples the folder of sample articles copied into the drop folder at start
 * @param subscriptions the subscriptions file for alert-service, or null for none
 */
record DemoOptions(boolean once, Path dataDir, Path samples, Path subscriptions) {
  static final Path DEFAULT_DATA_DIR = Path.of(".dyadwatch-data");

  static DemoOptions parse(String[] args) {
    boolean once = false;
    Path dataDir = DEFAULT_DATA_DIR;
    Path samples = Path.of("samples");
    Path subscriptions = Path.of("config", "subscriptions.yaml");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--once" -> once = true;
        case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
        case "--samples" -> samples = Path.of(value(args, ++i, "--samples"));
        case "--subscriptions" -> subscriptions = Path.of(value(args, ++i, "--subscriptions"));
        default -> throw new IllegalArgumentException("unknown option for demo: " + args[i]);
      }
    }
    return new DemoOptions(once, dataDir, samples, subscriptions.toFile().isFile() ? subscriptions : null);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
