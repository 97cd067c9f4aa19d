package io.dyadwatch.enrich.extract;

import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.EventType;
import io.dyadwatch.schemas.avro.Level;
import java.time.LocalDate;
import java.util.List;

/**
 * One bilateral contact found in an article.
 *
 * @param countries two ISO 3166-1 alpha-3 codes, sorted
 * @param initiator the country that travels or sends, or null
 * @param host the receiving country, or null
 * @param eventDate resolved against the article's date, or null
 * @param dateText the words the date came from, or null
 * @param evidence the sentence that states the contact
 * @param confidence 0..1
 */
public record Contact(
    List<String> countries,
    EventType type,
    EventStatus status,
    String initiator,
    String host,
    List<Actor> participants,
    Level level,
    Place location,
    LocalDate eventDate,
    String dateText,
    Sentence evidence,
    double confidence) {

  /** The dyad key, e.g. CHN-PRK. */
  public String dyad() {
    return countries.get(0) + "-" + countries.get(1);
  }
}
