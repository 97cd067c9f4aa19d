package io.dyadwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.dyadwatch.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {
  private static final Instant NOW = Instant.parse("2024-11-19T10:15:30Z");
  private static final int LIMIT = 10_000;

  private final ArticleParser parser = new ArticleParser(LIMIT);

  private RawArticle parse(String json) {
    return parser.parseJson(json, "http", NOW);
  }

  @Test
  void aCompleteArticleKeepsEveryFieldStripped() {
    RawArticle a = parse("""
        {"id": " kcna-2024-1119 ", "source": " kcna.kp ", "url": " https://kcna.kp/en/article/1119 ",
         "published_at": " 2024-11-19T10:12:00Z ", "title": " Delegation leaves for Laos ",
         "body": "North Korea sent a delegation to Laos."}
        """);

    assertThat(a.getArticleId()).isEqualTo("kcna-2024-1119");
    assertThat(a.getSource()).isEqualTo("kcna.kp");
    assertThat(a.getUrl()).isEqualTo("https://kcna.kp/en/article/1119");
    assertThat(a.getPublishedAt()).isEqualTo("2024-11-19T10:12:00Z");
    assertThat(a.getTitle()).isEqualTo("Delegation leaves for Laos");
    assertThat(a.getBody()).isEqualTo("North Korea sent a delegation to Laos.");
    assertThat(a.getContentType()).isNull();
    assertThat(a.getOrigin()).isEqualTo("http");
    assertThat(a.getIngestedAt()).isEqualTo(NOW);
  }

  @Test
  void onlyTheBodyIsRequiredAndBlankOptionalFieldsBecomeAbsent() {
    RawArticle a = parse("{\"body\": \"Lavrov visited Pyongyang.\", \"title\": \"  \", \"source\": null}");

    assertThat(a.getTitle()).isNull();
    assertThat(a.getSource()).isNull();
    assertThat(a.getUrl()).isNull();
    assertThat(a.getPublishedAt()).isNull();
  }

  @Test
  void aNumericIdIsTakenAsText() {
    assertThat(parse("{\"id\": 42, \"body\": \"Lavrov visited Pyongyang.\"}").getArticleId()).isEqualTo("42");
  }

  /** Expected ids: the first 16 hex digits of sha256 of the lower-cased, whitespace-folded NFC body. */
  static Stream<Arguments> contentIds() {
    return Stream.of(
        arguments("plain", "North Korea sent a delegation to Laos.", "4286dab90365300a"),
        arguments("case differs", "NORTH KOREA sent a Delegation to LAOS.", "4286dab90365300a"),
        arguments("whitespace differs", "  North Korea\n\nsent a\t delegation to Laos.  \r\n", "4286dab90365300a"),
        arguments("another text", "Kim Jong Un met Xi Jinping in Beijing.", "2042855ac75f368b"),
        arguments("precomposed accents", "H\u00e0 N\u1ed9i welcomed the delegation.", "6222cf76dcc3500e"),
        arguments("decomposed accents (NFD)", "Ha\u0300 No\u0323\u0302i welcomed the delegation.", "6222cf76dcc3500e"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contentIds")
  void withoutAnIdTheIdComesFromTheNormalisedBody(String label, String body, String expectedId) {
    String json = "{\"body\": " + io.dyadwatch.common.HttpEndpoints.jsonString(body) + "}";

    assertThat(parse(json).getArticleId()).isEqualTo(expectedId);
    assertThat(parser.fromBody(body, "text/plain", null, "file:a.txt", NOW).getArticleId()).isEqualTo(expectedId);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016", "2016-03", "2016-03-05", "2024-02-29", "2024-11-19T10:12", "2024-11-19 10:12:00",
      "2024-11-19T10:12:00Z", "2024-11-19T10:12:00.123+05:30", "2024-11-19T23:59:59-0800"})
  void isoDatesAndPartialDatesAreAcceptedAsGiven(String date) {
    assertThat(parse("{\"published_at\": \"" + date + "\", \"body\": \"Lavrov visited Pyongyang.\"}").getPublishedAt())
        .isEqualTo(date);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        arguments("missing body", "{\"title\": \"Kim meets Xi\"}", "EMPTY_BODY", "field \"body\" is required"),
        arguments("null body", "{\"body\": null}", "EMPTY_BODY", "field \"body\" is required"),
        arguments("blank body", "{\"body\": \"  \\n\\t  \"}", "EMPTY_BODY", "body is empty"),
        arguments("body a number", "{\"body\": 42}", "WRONG_TYPE", "field \"body\" must be a string, got NUMBER"),
        arguments("body an object", "{\"body\": {\"text\": \"x\"}}", "WRONG_TYPE",
            "field \"body\" must be a string, got OBJECT"),
        arguments("title an array", "{\"body\": \"x\", \"title\": [\"a\"]}", "WRONG_TYPE",
            "field \"title\" must be a string, got ARRAY"),
        arguments("id a fraction", "{\"id\": 4.5, \"body\": \"x\"}", "WRONG_TYPE", "field \"id\" must be a string"),
        arguments("unknown field", "{\"body\": \"x\", \"author\": \"KCNA\"}", "UNKNOWN_FIELD",
            "unknown field \"author\"; allowed: id, source, url, published_at, title, body"),
        arguments("value missing, position given", "{\"body\": \"abc\",\n \"title\": }", "MALFORMED_JSON",
            "at line 2, column 11"),
        arguments("string not closed, position given", "{\"body\": \"abc", "MALFORMED_JSON", "at line 1, column 14"),
        arguments("second object after the first", "{\"body\": \"a\"} {\"body\": \"b\"}", "MALFORMED_JSON",
            "a second value follows the first at line 1, column 15"),
        arguments("debris after the object", "{\"body\": \"a\"}\n]", "MALFORMED_JSON", "at line 2, column 1"),
        arguments("field given twice", "{\"body\": \"a\", \"body\": \"b\"}", "MALFORMED_JSON",
            "Duplicate field 'body' at line 1, column 21"),
        arguments("nesting deeper than 1000", "{\"body\": \"x\", \"title\": " + "[".repeat(1500), "MALFORMED_JSON",
            "nesting depth"),
        arguments("an array, not an object", "[{\"body\": \"x\"}]", "MALFORMED_JSON", "expected a JSON object"),
        arguments("a bare string", "\"North Korea\"", "MALFORMED_JSON", "expected a JSON object"),
        arguments("nothing at all", "", "EMPTY_BODY", "empty"),
        arguments("only whitespace", " \n ", "EMPTY_BODY", "empty"),
        arguments("url without scheme", "{\"url\": \"www.kcna.kp/en/1\", \"body\": \"x\"}", "BAD_URL",
            "url must be an absolute http(s) URL, got \"www.kcna.kp/en/1\""),
        arguments("ftp url", "{\"url\": \"ftp://kcna.kp/en/1\", \"body\": \"x\"}", "BAD_URL", "absolute http(s) URL"),
        arguments("url without host", "{\"url\": \"https:///en/1\", \"body\": \"x\"}", "BAD_URL", "absolute http(s) URL"),
        arguments("url with a space", "{\"url\": \"https://kcna.kp/en/a b\", \"body\": \"x\"}", "BAD_URL",
            "url is not a valid URL"),
        arguments("blank url", "{\"url\": \"\", \"body\": \"x\"}", "BAD_URL", "absolute http(s) URL"),
        arguments("date in words", "{\"published_at\": \"19 November 2024\", \"body\": \"x\"}", "BAD_DATE",
            "published_at must be ISO 8601"),
        arguments("one-digit month", "{\"published_at\": \"2016-3\", \"body\": \"x\"}", "BAD_DATE", "got \"2016-3\""),
        arguments("month 13", "{\"published_at\": \"2024-13-01\", \"body\": \"x\"}", "BAD_DATE", "2024-13-01"),
        arguments("29 February of a common year", "{\"published_at\": \"2023-02-29\", \"body\": \"x\"}", "BAD_DATE",
            "2023-02-29"),
        arguments("hour 25", "{\"published_at\": \"2024-11-19T25:00:00Z\", \"body\": \"x\"}", "BAD_DATE",
            "2024-11-19T25:00:00Z"),
        arguments("offset beyond 18 hours", "{\"published_at\": \"2024-11-19T10:00:00+19:00\", \"body\": \"x\"}",
            "BAD_DATE", "+19:00"),
        arguments("blank id", "{\"id\": \"  \", \"body\": \"x\"}", "BAD_ID", "id, when given, must not be blank"),
        arguments("id with a line break", "{\"id\": \"a1\\nb2\", \"body\": \"x\"}", "BAD_ID", "control characters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void invalidArticlesAreRefusedWithAReasonAndAMessage(String label, String json, String reason, String message) {
    assertThatThrownBy(() -> parse(json))
        .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.getMessage()).contains(message);
        });
  }

  @Test
  void aBodyWithANulCharacterIsBinary() {
    assertThatThrownBy(() -> parser.fromBody("%PDF-1.4\u0000\u0000obj", "text/plain", null, "file:a.txt", NOW))
        .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
          assertThat(e.reason()).isEqualTo("BINARY");
          assertThat(e.getMessage()).isEqualTo("body contains NUL characters: binary data, not text");
        });
  }

  /**
   * A body is binary when it has more than 16 control (or U+FFFD) characters and they are more than one in
   * twenty. Line breaks, tabs and form feeds do not count.
   */
  static Stream<Arguments> controlCharacters() {
    return Stream.of(
        arguments("16 in 20: too few to judge", 16, 4, false),
        arguments("17 in 340: exactly one in twenty", 17, 323, false),
        arguments("17 in 339: more than one in twenty", 17, 322, true),
        arguments("100 in 120", 100, 20, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controlCharacters")
  void manyControlCharactersMakeABodyBinary(String label, int control, int letters, boolean binary) {
    String body = "\u0001".repeat(control) + "k".repeat(letters);
    assertThat(body).hasSize(control + letters);

    if (binary) {
      assertThatThrownBy(() -> parser.fromBody(body, "text/plain", null, "file:a.txt", NOW))
          .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
            assertThat(e.reason()).isEqualTo("BINARY");
            assertThat(e.getMessage()).startsWith("body has " + control + " control or undecodable characters in "
                + (control + letters));
          });
    } else {
      assertThat(parser.fromBody(body, "text/plain", null, "file:a.txt", NOW).getBody()).isEqualTo(body);
    }
  }

  @Test
  void lineBreaksTabsAndFormFeedsAreText() {
    String body = "Kim Jong Un\n\r\t\f".repeat(30);

    assertThat(parser.fromBody(body, "text/plain", null, "file:a.txt", NOW).getBody()).isEqualTo(body);
  }

  @Test
  void aBodyAtTheLimitIsAcceptedOneCharacterMoreIsTooLarge() {
    ArticleParser small = new ArticleParser(20);

    assertThat(small.fromBody("a".repeat(20), "text/plain", null, "file:a.txt", NOW).getBody()).hasSize(20);
    assertThatThrownBy(() -> small.parseJson("{\"body\": \"" + "a".repeat(21) + "\"}", "http", NOW))
        .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
          assertThat(e.reason()).isEqualTo("TOO_LARGE");
          assertThat(e.getMessage()).isEqualTo("body has 21 characters; the limit is 20");
        });
  }

  @Test
  void aBodyFromAFileKeepsItsContentTypeAndOrigin() {
    RawArticle a = parser.fromBody("<p>Lavrov visited Pyongyang.</p>", "text/html", null, "file:lavrov.html", NOW);

    assertThat(a.getContentType()).isEqualTo("text/html");
    assertThat(a.getOrigin()).isEqualTo("file:lavrov.html");
    assertThat(a.getBody()).isEqualTo("<p>Lavrov visited Pyongyang.</p>");
    assertThat(a.getSource()).isNull();
  }
}
