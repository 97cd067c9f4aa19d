package io.dyadwatch.enrich.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A labelled article under {@code src/test/resources/clean/fixtures}: the raw body
 * ({@code name.txt} or {@code name.html}) and, in {@code name.expected}, what the delivery gave
 * ({@code given_*}), the expected metadata, then after a line {@code ---} the expected story text,
 * paragraphs separated by blank lines. A metadata key that is absent is expected to be null.
 */
record Fixture(String name, String body, String contentType, String givenTitle, String givenPublishedAt,
    Map<String, String> expected, List<String> captions, List<String> paragraphs) {

  static final String DIRECTORY = "clean/fixtures";

  RawText raw() {
    return new RawText(body, contentType, givenTitle, givenPublishedAt);
  }

  String expect(String key) {
    return expected.get(key);
  }

  boolean isSample() {
    return name.startsWith("sample-");
  }

  @Override
  public String toString() {
    return name;
  }

  static List<Fixture> all() {
    Path dir = directory();
    List<Fixture> fixtures = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path expected : files.filter(p -> p.toString().endsWith(".expected")).sorted().toList()) {
        fixtures.add(load(dir, expected));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fixtures;
  }

  private static Path directory() {
    URL url = Fixture.class.getClassLoader().getResource(DIRECTORY);
    if (url == null) {
      throw new IllegalStateException("no " + DIRECTORY + " on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Fixture load(Path dir, Path expectedFile) throws IOException {
    String file = expectedFile.getFileName().toString();
    String name = file.substring(0, file.length() - ".expected".length());
    Path html = dir.resolve(name + ".html");
    Path text = dir.resolve(name + ".txt");
    Path input = Files.exists(html) ? html : text;
    String body = Files.readString(input, StandardCharsets.UTF_8);
    Map<String, String> meta = new HashMap<>();
    List<String> captions = new ArrayList<>();
    List<String> lines = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    int i = 0;
    for (; i < lines.size() && !lines.get(i).equals("---"); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (key.equals("caption")) {
        captions.add(value);
      } else {
        meta.put(key, value);
      }
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (i = i + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        if (paragraph.length() > 0) {
          paragraphs.add(paragraph.toString());
          paragraph.setLength(0);
        }
      } else {
        paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
      }
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }
    String contentType = meta.remove("given_content_type");
    return new Fixture(name, body, contentType, meta.remove("given_title"), meta.remove("given_published_at"),
        Map.copyOf(meta), List.copyOf(captions), List.copyOf(paragraphs));
  }
}
