package io.dyadwatch.enrich;

import io.dyadwatch.enrich.extract.Actor;
import io.dyadwatch.enrich.extract.Contact;
import io.dyadwatch.schemas.avro.CleanArticle;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.Evidence;
import io.dyadwatch.schemas.avro.Location;
import io.dyadwatch.schemas.avro.Participant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** Maps an extracted contact of an article to the DiplomaticEvent record. */
final class EventMapper {
  private EventMapper() {}

  static DiplomaticEvent toEvent(CleanArticle article, Contact c, Instant now) {
    return DiplomaticEvent.newBuilder()
        .setEventId(eventId(article.getArticleId(), c))
        .setArticleId(article.getArticleId())
        .setDyad(c.dyad())
        .setCountries(c.countries())
        .setEventType(c.type())
        .setStatus(c.status())
        .setInitiator(c.initiator())
        .setHost(c.host())
        .setParticipants(c.participants().stream().map(EventMapper::participant).toList())
        .setLevel(c.level())
        .setLocation(c.location() == null ? null : new Location(c.location().place(), c.location().country()))
        .setEventDate(c.eventDate() == null ? null : c.eventDate().toString())
        .setDateText(c.dateText())
        .setEvidence(new Evidence(c.evidence().text(), c.evidence().start(), c.evidence().end(), article.getArticleId()))
        .setConfidence(c.confidence())
        .setSource(article.getSource())
        .setUrl(article.getUrl())
        .setPublishedAt(article.getPublishedAt())
        .setIngestedAt(article.getIngestedAt())
        .setExtractedAt(now)
        .build();
  }

  private static Participant participant(Actor a) {
    return new Participant(a.name(), a.role(), a.country(), a.level());
  }

  /** Same article, dyad, type, status and evidence position: same id, however often it is re-run. */
  static String eventId(String articleId, Contact c) {
    String key = String.join("|", articleId, c.dyad(), c.type().name(), c.status().name(),
        Integer.toString(c.evidence().start()));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
