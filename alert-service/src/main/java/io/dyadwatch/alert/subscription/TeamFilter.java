package io.dyadwatch.alert.subscription;

import io.dyadwatch.alert.geo.Countries;
import io.dyadwatch.schemas.avro.AlertKind;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a team watches. Where: an alert matches when one of its countries is in {@code countries}, or its
 * dyad is in {@code dyads}, or one of its countries lies in {@code regions}; with all three empty, every
 * place matches. What: its kind is in {@code kinds} (empty: any), its level, confidence and corroboration
 * are at least the minimums.
 */
public record TeamFilter(
    Set<String> countries,
    Set<String> dyads,
    Set<String> regions,
    Set<AlertKind> kinds,
    Level minLevel,
    double minConfidence,
    int minCorroboration) {

  public TeamFilter {
    countries = Set.copyOf(countries);
    dyads = Set.copyOf(dyads);
    regions = Set.copyOf(regions);
    kinds = Set.copyOf(kinds);
  }

  /** Everything. */
  public static TeamFilter all() {
    return new TeamFilter(Set.of(), Set.of(), Set.of(), Set.of(), Level.UNKNOWN, 0, 0);
  }

  public boolean matches(ContactAlert alert) {
    return wherever(alert)
        && (kinds.isEmpty() || kinds.contains(alert.getKind()))
        && alert.getLevel().compareTo(minLevel) >= 0
        && alert.getConfidence() >= minConfidence
        && alert.getCorroboration() >= minCorroboration;
  }

  private boolean wherever(ContactAlert alert) {
    if (countries.isEmpty() && dyads.isEmpty() && regions.isEmpty()) {
      return true;
    }
    if (dyads.contains(alert.getDyad())) {
      return true;
    }
    Countries geo = Countries.get();
    for (String country : alert.getCountries()) {
      if (countries.contains(country) || regions.contains(geo.region(country))) {
        return true;
      }
    }
    return false;
  }

  /** For people: "countries KOR, PRK; kinds ESCALATION, NEW_DYAD; level at least MINISTER", or "everything". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!countries.isEmpty()) {
      parts.add("countries " + String.join(", ", sorted(countries)));
    }
    if (!dyads.isEmpty()) {
      parts.add("dyads " + String.join(", ", sorted(dyads)));
    }
    if (!regions.isEmpty()) {
      parts.add("regions " + String.join(", ", sorted(regions)));
    }
    if (!kinds.isEmpty()) {
      parts.add("kinds " + String.join(", ", sorted(kinds.stream().map(Enum::name).toList())));
    }
    if (minLevel != Level.UNKNOWN) {
      parts.add("level at least " + minLevel);
    }
    if (minConfidence > 0) {
      parts.add("confidence at least " + minConfidence);
    }
    if (minCorroboration > 1) {
      parts.add("at least " + minCorroboration + " sources");
    }
    return parts.isEmpty() ? "everything" : String.join("; ", parts);
  }

  private static List<String> sorted(java.util.Collection<String> items) {
    return items.stream().sorted().toList();
  }
}
