package io.dyadwatch.alert.novelty;

import io.dyadwatch.alert.geo.Countries;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.Participant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one line an analyst reads first, built from an alert's fields, e.g. "North Korea sent a
 * delegation to China; met Wang Huning in Beijing".
 */
public final class Summaries {
  private static final Countries COUNTRIES = Countries.get();

  private Summaries() {}

  public static String summarize(ContactAlert a) {
    List<String> countries = a.getCountries();
    String first = actingCountry(a);
    String second = countries.get(0).equals(first) ? countries.get(1) : countries.get(0);
    boolean planned = a.getStatus() == EventStatus.PLANNED;
    String place = a.getLocation() == null ? null : blankToNull(a.getLocation().getPlace());
    Participant leadA = lead(a.getParticipants(), first);
    Participant leadB = lead(a.getParticipants(), second);
    String nameA = COUNTRIES.name(first);
    String nameB = COUNTRIES.name(second);
    return switch (a.getEventType()) {
      case VISIT -> visit(a, nameA, nameB, leadA, names(a.getParticipants(), second), place, planned);
      case MEETING -> talks(nameA, nameB, leadA, leadB, planned ? "will meet" : "met", planned ? "will meet" : "met",
          place);
      case CALL -> talks(nameA, nameB, leadA, leadB, planned ? "will speak by phone with" : "spoke by phone with",
          planned ? "will hold a call" : "held a call", null);
      case AGREEMENT -> agreement(nameA, nameB, place, planned);
    };
  }

  private static String visit(ContactAlert a, String nameA, String nameB, Participant leadA, List<String> hosts,
      String place, boolean planned) {
    if (a.getInitiator() == null && a.getHost() == null) {
      return sentence(planned ? "A visit is planned between " + nameA + " and " + nameB
          : "A visit took place between " + nameA + " and " + nameB, hosts, place, planned);
    }
    if (place != null && place.equalsIgnoreCase(nameB)) {
      // The place is the country itself ("visited Vietnam"): naming it twice says nothing more.
      place = null;
    }
    String destination = place != null && hosts.isEmpty() ? place + ", " + nameB : nameB;
    String clause;
    if (leadA == null) {
      clause = nameA + (planned ? " will send a delegation to " : " sent a delegation to ") + destination;
    } else {
      clause = ofCountry(nameA, leadA) + (planned ? " will visit " : " visited ") + destination;
    }
    return sentence(clause, hosts, hosts.isEmpty() ? null : place, planned);
  }

  private static String sentence(String clause, List<String> hosts, String place, boolean planned) {
    StringBuilder b = new StringBuilder(clause);
    if (!hosts.isEmpty()) {
      b.append(planned ? "; to meet " : "; met ").append(joinNames(hosts));
      if (place != null) {
        b.append(" in ").append(place);
      }
    } else if (place != null) {
      b.append(" in ").append(place);
    }
    return b.toString();
  }

  /** Talks in person or by phone: "China's Foreign Minister Wang Yi met North Korea's Choe Son Hui". */
  private static String talks(String nameA, String nameB, Participant leadA, Participant leadB, String verb,
      String anonymousVerb, String place) {
    String clause;
    if (leadA == null && leadB == null) {
      clause = "Officials of " + nameA + " and " + nameB + " " + anonymousVerb;
    } else {
      String sideA = leadA == null ? "officials of " + nameA : ofCountry(nameA, leadA);
      String sideB = leadB == null ? "officials of " + nameB : ofCountry(nameB, leadB);
      clause = capitalise(sideA) + " " + verb + " " + sideB;
    }
    return place == null ? clause : clause + " in " + place;
  }

  private static String agreement(String nameA, String nameB, String place, boolean planned) {
    String clause = nameA + " and " + nameB + (planned ? " will sign an agreement" : " signed an agreement");
    return place == null ? clause : clause + " in " + place;
  }

  /** The initiator when known, else the other side of the host, else the first country of the dyad. */
  private static String actingCountry(ContactAlert a) {
    List<String> countries = a.getCountries();
    if (a.getInitiator() != null && countries.contains(a.getInitiator())) {
      return a.getInitiator();
    }
    if (a.getHost() != null && countries.contains(a.getHost())) {
      return countries.get(0).equals(a.getHost()) ? countries.get(1) : countries.get(0);
    }
    return countries.get(0);
  }

  /** The highest-ranking named person acting for a country, the first listed among equals. */
  private static Participant lead(List<Participant> participants, String country) {
    return participants.stream()
        .filter(p -> country.equals(p.getCountry()) && !Participants.isDelegation(p))
        .max(Comparator.comparingInt((Participant p) -> p.getLevel().ordinal())
            .thenComparing(Comparator.comparingInt(participants::indexOf).reversed()))
        .orElse(null);
  }

  private static List<String> names(List<Participant> participants, String country) {
    return participants.stream()
        .filter(p -> country.equals(p.getCountry()) && !Participants.isDelegation(p))
        .map(Participant::getName)
        .toList();
  }

  /** "Foreign Minister Wang Yi", or just the name when it has no role or already says it. */
  /** "Russia's Foreign Minister Sergei Lavrov"; a description that already names the country keeps its own words. */
  private static String ofCountry(String country, Participant p) {
    String described = describe(p);
    String lower = described.toLowerCase(Locale.ROOT);
    String name = country.toLowerCase(Locale.ROOT);
    return lower.startsWith(name + "'s ") || lower.startsWith("the " + name + "'s ") ? described
        : country + "'s " + described;
  }

  private static String describe(Participant p) {
    String role = blankToNull(p.getRole());
    if (role == null || p.getName().toLowerCase(Locale.ROOT).contains(role.toLowerCase(Locale.ROOT))) {
      return p.getName();
    }
    return role + " " + p.getName();
  }

  private static String joinNames(List<String> names) {
    return switch (names.size()) {
      case 1 -> names.get(0);
      case 2 -> names.get(0) + " and " + names.get(1);
      default -> names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2)
          + (names.size() == 3 ? " other" : " others");
    };
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
