package io.dyadwatch.enrich.extract;

import java.util.List;

/** Finds bilateral diplomatic contacts in clean article text. Thread-safe; build once, reuse. */
public final class Extractor {

  public List<Contact> extract(Document document) {
    return List.of();
  }
}
