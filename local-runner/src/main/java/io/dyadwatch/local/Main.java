package io.dyadwatch.local;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The {@code ./dyadwatch} command: demo, extract, clean. */
public final class Main {
  private static final String USAGE = """
      usage: dyadwatch <command> [options]
        demo [--once] [--data-dir DIR]   start the embedded broker and the three services, ingest the
                                         samples, print alerts; --once: print them as JSON lines and exit
        extract                          articles as JSON lines on stdin -> diplomatic events on stdout
        clean                            articles as JSON lines on stdin -> clean articles on stdout
      """;

  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.print(USAGE);
      System.exit(2);
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    int code = switch (args[0]) {
      case "extract" -> JsonLinesCommand.extract().run(stdin(), stdout(), System.err);
      case "clean" -> JsonLinesCommand.clean().run(stdin(), stdout(), System.err);
      case "demo" -> Demo.run(DemoOptions.parse(rest));
      case "help", "--help", "-h" -> {
        System.out.print(USAGE);
        yield 0;
      }
      default -> {
        System.err.print("unknown command: " + args[0] + "\n" + USAGE);
        yield 2;
      }
    };
    System.exit(code);
  }

  private static BufferedReader stdin() {
    return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
  }

  private static PrintStream stdout() {
    return new PrintStream(System.out, false, StandardCharsets.UTF_8);
  }
}
