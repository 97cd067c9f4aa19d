package io.dyadwatch.alert.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Countries by ISO 3166-1 alpha-3 code: English short name and UN M49 sub-region, read from the data
 * file {@code countries.tsv} next to this class.
 */
public final class Countries {
  private static final String RESOURCE = "countries.tsv";
  private static final Countries INSTANCE = load();

  private final Map<String, Country> byCode;
  private final Set<String> regions;

  /** One row of the data file. */
  public record Country(String code, String name, String region) {}

  private Countries(Map<String, Country> byCode) {
    this.byCode = Map.copyOf(byCode);
    Set<String> names = new TreeSet<>();
    byCode.values().forEach(c -> names.add(c.region()));
    this.regions = Collections.unmodifiableSet(names);
  }

  public static Countries get() {
    return INSTANCE;
  }

  /** The English name, or the code itself when the code is not in the list. */
  public String name(String code) {
    Country c = byCode.get(code);
    return c == null ? code : c.name();
  }

  /** The sub-region, e.g. eastern-asia, or null for an unknown code. */
  public String region(String code) {
    Country c = byCode.get(code);
    return c == null ? null : c.region();
  }

  public boolean isKnown(String code) {
    return byCode.containsKey(code);
  }

  /** Every sub-region name in the data file. */
  public Set<String> regions() {
    return regions;
  }

  private static Countries load() {
    Map<String, Country> rows = new HashMap<>();
    try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 3) {
          throw new IllegalStateException(RESOURCE + ": expected code, name and region in: " + line);
        }
        rows.put(cols[0], new Country(cols[0], cols[1], cols[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new Countries(rows);
  }
}
