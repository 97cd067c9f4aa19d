package io.dyadwatch.enrich.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One hand-labelled case of {@code extract/cases.txt}: a sentence or short article, its date, and
 * every contact it must yield. The format, one case after another:
 *
 * <pre>
 * === what the case shows
 * published: 2024-11-19          (optional)
 * source: vietnamplus.vn         (optional: the outlet)
 * dateline: Ulaanbaatar (VNA)    (optional: a dateline taken off the text)
 * North Korean leader Kim Jong Un met ...   (text lines; a blank line separates paragraphs)
 * expect: PRK-RUS VISIT OCCURRED initiator=RUS host=PRK date=2024-11-18 level=MINISTER
 * expect: none                   (when the text holds no contact)
 * </pre>
 *
 * Keys after the dyad, type and status are optional; given ones must match.
 */
record ExtractionCase(String name, String published, String source, String dateline, String text,
    List<Expected> expected) {

  /** An expected contact: dyad, type, status, and optional attributes (initiator, host, date, level). */
  record Expected(String dyad, String type, String status, Map<String, String> attributes) {
    String key() {
      return dyad + " " + type + " " + status;
    }
  }

  @Override
  public String toString() {
    return name;
  }

  static List<ExtractionCase> load(String resource) {
    String content;
    try (InputStream in = ExtractionCase.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ExtractionCase> out = new ArrayList<>();
    String name = null;
    String published = null;
    String source = null;
    String dateline = null;
    StringBuilder text = new StringBuilder();
    List<Expected> expected = new ArrayList<>();
    boolean none = false;
    for (String line : content.split("\n", -1)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("=== ")) {
        if (name != null) {
          out.add(build(name, published, source, dateline, text, expected, none));
        }
        name = line.substring(4).strip();
        published = null;
        source = null;
        dateline = null;
        text.setLength(0);
        expected = new ArrayList<>();
        none = false;
      } else if (line.startsWith("published: ")) {
        published = line.substring("published: ".length()).strip();
      } else if (line.startsWith("source: ")) {
        source = line.substring("source: ".length()).strip();
      } else if (line.startsWith("dateline: ")) {
        dateline = line.substring("dateline: ".length()).strip();
      } else if (line.startsWith("expect: ")) {
        String spec = line.substring("expect: ".length()).strip();
        if (spec.equals("none")) {
          none = true;
        } else {
          expected.add(parse(spec));
        }
      } else if (name != null) {
        text.append(line).append('\n');
      }
    }
    if (name != null) {
      out.add(build(name, published, source, dateline, text, expected, none));
    }
    return out;
  }

  private static ExtractionCase build(String name, String published, String source, String dateline,
      StringBuilder text, List<Expected> expected, boolean none) {
    if (expected.isEmpty() && !none) {
      throw new IllegalStateException("case '" + name + "' says nothing it expects");
    }
    return new ExtractionCase(name, published, source, dateline, text.toString().strip(), List.copyOf(expected));
  }

  private static Expected parse(String spec) {
    String[] parts = spec.split("\\s+");
    Map<String, String> attributes = new TreeMap<>();
    for (int i = 3; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      attributes.put(kv[0], kv[1]);
    }
    return new Expected(parts[0], parts[1], parts[2], attributes);
  }
}
