package io.dyadwatch.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.dyadwatch.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates an article as sent to {@code POST /articles}, in a {@code .json} file or on a line of
 * {@code dyadwatch extract}'s input, and makes the {@link RawArticle}. Every refusal says what is
 * wrong. Thread-safe.
 */
public final class ArticleParser {
  /** A field given twice is refused, not resolved silently to its last value. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final Set<String> FIELDS = Set.of("id", "source", "url", "published_at", "title", "body");
  /** Groups: year, month, day, hour, minute, second, offset. */
  private static final Pattern ISO_DATE = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
          + "(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final int maxBodyChars;

  public ArticleParser(int maxBodyChars) {
    this.maxBodyChars = maxBodyChars;
  }

  /** Parses one JSON object with the fields id?, source, url, published_at, title, body. */
  public RawArticle parseJson(String json, String origin, Instant now) {
    JsonNode node = readJson(json);
    if (node.isMissingNode()) {
      throw new InvalidArticleException("EMPTY_BODY", "no article: the JSON input is empty");
    }
    if (!node.isObject()) {
      throw new InvalidArticleException("MALFORMED_JSON", "expected a JSON object with at least \"body\"");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new InvalidArticleException("UNKNOWN_FIELD",
            "unknown field \"" + name + "\"; allowed: id, source, url, published_at, title, body");
      }
    }
    return build(text(node, "id"), text(node, "source"), text(node, "url"), text(node, "published_at"),
        text(node, "title"), requiredBody(node), null, origin, now);
  }

  /**
   * Reads one JSON value (a missing node when there is none). Malformed input, and a second value after
   * the first (which a lenient reader would drop), are refused with their position.
   */
  static JsonNode readJson(String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      JsonNode node = JSON.readTree(parser);
      if (node == null) {
        return MissingNode.getInstance();
      }
      if (parser.nextToken() != null) {
        throw new InvalidArticleException("MALFORMED_JSON", "not valid JSON: a second value follows the first"
            + position(parser.currentTokenLocation()) + "; one JSON text holds one article or one array");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw malformedJson(e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from a string", e);
    }
  }

  static InvalidArticleException malformedJson(JsonProcessingException e) {
    return new InvalidArticleException("MALFORMED_JSON", "not valid JSON: " + e.getOriginalMessage()
        + position(e.getLocation()));
  }

  /** Limits such as the nesting depth are reported without a position. */
  private static String position(JsonLocation at) {
    return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /**
   * Makes an article from a body delivered without JSON (a .txt or .html file).
   *
   * @param contentType text/plain or text/html
   */
  public RawArticle fromBody(String body, String contentType, String source, String origin, Instant now) {
    return build(null, source, null, null, null, body, contentType, origin, now);
  }

  private RawArticle build(String id, String source, String url, String publishedAt, String title, String body,
      String contentType, String origin, Instant now) {
    checkBody(body);
    if (url != null) {
      checkUrl(url);
    }
    if (publishedAt != null) {
      checkDate(publishedAt.strip());
    }
    if (id != null && id.isBlank()) {
      throw new InvalidArticleException("BAD_ID", "id, when given, must not be blank");
    }
    if (id != null && id.chars().anyMatch(Character::isISOControl)) {
      // The id is a Kafka key and a line of the index of seen articles: a line break would split it.
      throw new InvalidArticleException("BAD_ID", "id must not contain control characters such as line breaks");
    }
    return RawArticle.newBuilder()
        .setArticleId(id != null ? id.strip() : contentId(body))
        .setSource(blankToNull(source))
        .setUrl(blankToNull(url))
        .setPublishedAt(publishedAt == null ? null : publishedAt.strip())
        .setTitle(blankToNull(title))
        .setBody(body)
        .setContentType(contentType)
        .setOrigin(origin)
        .setIngestedAt(now)
        .build();
  }

  private void checkBody(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidArticleException("EMPTY_BODY", "body is empty");
    }
    if (body.length() > maxBodyChars) {
      throw new InvalidArticleException("TOO_LARGE",
          "body has " + body.length() + " characters; the limit is " + maxBodyChars);
    }
    int control = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == 0) {
        throw new InvalidArticleException("BINARY", "body contains NUL characters: binary data, not text");
      }
      if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        control++;
      }
    }
    if (control > 16 && control * 20 > body.length()) {
      throw new InvalidArticleException("BINARY",
          "body has " + control + " control or undecodable characters in " + body.length() + ": binary data, not text");
    }
  }

  private static void checkDate(String date) {
    Matcher m = ISO_DATE.matcher(date);
    if (!m.matches()) {
      throw new InvalidArticleException("BAD_DATE",
          "published_at must be ISO 8601 (2024-11-19, 2024-11-19T10:12:00Z, or partial: 2016-03), got \""
              + abbreviate(date) + "\"");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) != null) {
        YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
        if (m.group(3) != null) {
          LocalDate.of(year, month.getMonthValue(), Integer.parseInt(m.group(3)));
        }
      }
      if (m.group(4) != null) {
        LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      }
      if (m.group(7) != null && !m.group(7).equals("Z")) {
        ZoneOffset.of(m.group(7));
      }
    } catch (DateTimeException e) {
      throw new InvalidArticleException("BAD_DATE",
          "published_at is not a real date and time: \"" + abbreviate(date) + "\" (" + e.getMessage() + ")");
    }
  }

  private static void checkUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new InvalidArticleException("BAD_URL", "url must be an absolute http(s) URL, got \"" + abbreviate(url) + "\"");
      }
    } catch (URISyntaxException e) {
      throw new InvalidArticleException("BAD_URL", "url is not a valid URL: " + e.getMessage());
    }
  }

  private static String requiredBody(JsonNode node) {
    JsonNode body = node.get("body");
    if (body == null || body.isNull()) {
      throw new InvalidArticleException("EMPTY_BODY", "field \"body\" is required");
    }
    if (!body.isTextual()) {
      throw new InvalidArticleException("WRONG_TYPE", "field \"body\" must be a string, got " + body.getNodeType());
    }
    return body.textValue();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (field.equals("id") && v.isIntegralNumber()) {
      return v.asText();
    }
    if (!v.isTextual()) {
      throw new InvalidArticleException("WRONG_TYPE",
          "field \"" + field + "\" must be a string, got " + v.getNodeType());
    }
    return v.textValue();
  }

  /** The body normalised for repeat detection: NFC, whitespace folded, case folded. */
  public static String normalisedBody(String body) {
    String nfc = Normalizer.normalize(body, Normalizer.Form.NFC);
    return WHITESPACE.matcher(nfc).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** A stable id from content: the first 16 hex digits of the SHA-256 of the normalised body. */
  public static String contentId(String body) {
    return sha256(normalisedBody(body)).substring(0, 16);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
