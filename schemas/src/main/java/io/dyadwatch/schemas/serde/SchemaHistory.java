package io.dyadwatch.schemas.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Every schema version ever released, kept as resources
 * {@code io/dyadwatch/schemas/history/<Record>/v<N>.avsc}, so that readers can decode records written
 * by older producers. A new version is added here, never replaced.
 */
public final class SchemaHistory {
  private static final String ROOT = "/io/dyadwatch/schemas/history/";

  private SchemaHistory() {}

  /** The released versions of a record, oldest first. */
  public static List<Schema> pastVersions(String recordName) {
    List<Schema> versions = new ArrayList<>();
    for (int v = 1; ; v++) {
      try (InputStream in = SchemaHistory.class.getResourceAsStream(ROOT + recordName + "/v" + v + ".avsc")) {
        if (in == null) {
          return versions;
        }
        versions.add(new Schema.Parser().parse(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read schema history of " + recordName, e);
      }
    }
  }
}
