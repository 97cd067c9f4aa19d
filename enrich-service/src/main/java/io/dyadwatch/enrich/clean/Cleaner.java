package io.dyadwatch.enrich.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a raw body into clean story text with metadata. Thread-safe; build once, reuse. */
public final class Cleaner {

  public CleanText clean(RawText raw) {
    String body = Normalizer.normalize(raw.body(), Normalizer.Form.NFC);
    List<String> paragraphs = new ArrayList<>();
    for (String line : body.split("\\R")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        paragraphs.add(trimmed);
      }
    }
    String text = String.join("\n\n", paragraphs);
    return new CleanText(raw.title(), null, null, raw.publishedAt(), "en", 0.0, text,
        List.of(), List.of(), List.of(), text.isEmpty() ? Set.of("EMPTY") : Set.of());
  }
}
