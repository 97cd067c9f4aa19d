package io.dyadwatch.alert.novelty;

import io.dyadwatch.schemas.avro.Participant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Participant names as the rules compare them, and merging the participants of several reports. */
final class Participants {
  private Participants() {}

  /** Lower case, single spaces: "Wang  Huning" and "wang huning" are one person. */
  static String normalise(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A group rather than a person ("a delegation of the Workers' Party"): never proof of the same contact. */
  static boolean isDelegation(Participant p) {
    return isDelegation(p.getName());
  }

  static boolean isDelegation(String name) {
    return name.toLowerCase(Locale.ROOT).contains("delegation");
  }

  /** Whether a named person (not a delegation) appears in both. */
  static boolean sharePerson(Collection<String> names, List<Participant> participants) {
    Set<String> known = names.stream().filter(n -> !isDelegation(n)).map(Participants::normalise)
        .collect(Collectors.toSet());
    return participants.stream()
        .anyMatch(p -> !isDelegation(p) && known.contains(normalise(p.getName())));
  }

  /** The names of {@code into} followed by the names of {@code more} not already in it. */
  static List<String> unionNames(List<String> into, List<Participant> more) {
    List<String> out = new ArrayList<>(into);
    Set<String> seen = into.stream().map(Participants::normalise).collect(Collectors.toSet());
    for (Participant p : more) {
      if (seen.add(normalise(p.getName()))) {
        out.add(p.getName());
      }
    }
    return out;
  }

  /**
   * {@code into} with the participants of {@code more} added; one already present keeps its place and
   * takes the higher level, and a role or country it lacked.
   */
  static List<Participant> merge(List<Participant> into, List<Participant> more) {
    List<Participant> out = new ArrayList<>();
    into.forEach(p -> out.add(Participant.newBuilder(p).build()));
    for (Participant p : more) {
      Participant same = out.stream().filter(q -> normalise(q.getName()).equals(normalise(p.getName())))
          .findFirst().orElse(null);
      if (same == null) {
        out.add(Participant.newBuilder(p).build());
        continue;
      }
      if (p.getLevel().compareTo(same.getLevel()) > 0) {
        same.setLevel(p.getLevel());
      }
      if (same.getRole() == null) {
        same.setRole(p.getRole());
      }
      if (same.getCountry() == null) {
        same.setCountry(p.getCountry());
      }
    }
    return out;
  }
}
