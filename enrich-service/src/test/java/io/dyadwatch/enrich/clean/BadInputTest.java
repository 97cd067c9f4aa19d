package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that cannot be cleaned, or has nothing to clean, gets a clear outcome: an
 * {@link UnusableInputException} with a reason (dead letter), or an empty article with flags.
 * Never another exception.
 */
class BadInputTest {
  private static final Cleaner CLEANER = new Cleaner();

  private static CleanText clean(String body) {
    return CLEANER.clean(new RawText(body, null, null, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\t \r\n", "\u00A0\u200B\uFEFF"})
  void anEmptyOrBlankBodyGivesAnEmptyArticle(String body) {
    CleanText clean = clean(body);
    assertThat(clean.text()).isEmpty();
    assertThat(clean.flags()).containsExactly(Cleaner.FLAG_EMPTY);
    assertThat(clean.language()).isEqualTo("und");
    assertThat(clean.offsetMap()).isEmpty();
  }

  @Test
  void aMissingBodyIsAnEmptyBody() {
    assertThat(clean(null).flags()).containsExactly(Cleaner.FLAG_EMPTY);
  }

  @Test
  void aBodyOfOnlyDebrisIsEmptyAndMarkedBoilerplate() {
    CleanText clean = clean("""
        Comments

        Comments are closed.

        Sign up for our newsletter and get the day's top stories in your inbox.

        (c) 2024 Daily Planet. All rights reserved.
        """);
    assertThat(clean.text()).isEmpty();
    assertThat(clean.flags()).containsExactlyInAnyOrder(Cleaner.FLAG_EMPTY, Cleaner.FLAG_BOILERPLATE_ONLY);
    assertThat(clean.removed()).extracting(Removed::reason)
        .containsExactly("comments", "comments", "subscription", "copyright");
  }

  @Test
  void anHtmlPageWithNothingButScriptsAndNavigationIsEmpty() {
    CleanText clean = CLEANER.clean(new RawText(
        "<html><head><script>var a = 1;</script><style>p{}</style></head><body><nav><a href='/'>Home</a></nav>"
            + "<script>track();</script></body></html>", "text/html", null, null));
    assertThat(clean.text()).isEmpty();
    assertThat(clean.flags()).contains(Cleaner.FLAG_HTML, Cleaner.FLAG_EMPTY);
  }

  @Test
  void binaryBytesReadAsLatin1AreRefusedAsBinary() {
    byte[] png = new byte[2048];
    new Random(7).nextBytes(png);
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(header, 0, png, 0, header.length);
    String body = new String(png, StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> clean(body))
        .isInstanceOf(UnusableInputException.class)
        .satisfies(e -> assertThat(((UnusableInputException) e).reason()).isEqualTo("BINARY"))
        .hasMessageContaining("control characters");
  }

  @Test
  void binaryBytesReadAsUtf8AreRefused() {
    byte[] bytes = new byte[4096];
    new Random(11).nextBytes(bytes);
    String body = new String(bytes, StandardCharsets.UTF_8);
    Throwable thrown = catchThrowable(() -> clean(body));
    assertThat(thrown).isInstanceOf(UnusableInputException.class);
    assertThat(((UnusableInputException) thrown).reason()).isIn("BINARY", "BAD_ENCODING");
  }

  @Test
  void textWhoseEncodingWasLostIsRefused() {
    byte[] gbk = "中国外交部长王毅周一在北京会见了朝鲜外务相。双方就双边关系交换了意见。".repeat(5)
        .getBytes(java.nio.charset.Charset.forName("GBK"));
    String asUtf8 = new String(gbk, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> clean(asUtf8))
        .isInstanceOf(UnusableInputException.class)
        .satisfies(e -> assertThat(((UnusableInputException) e).reason()).isEqualTo("BAD_ENCODING"))
        .hasMessageContaining("U+FFFD");
  }

  @Test
  void aFewLostCharactersInAGoodArticleAreRepairedOrKeptAndFlagged() {
    String body = "North Korea\uFFFDs foreign minister arrived in Moscow on Monday for talks with "
        + "Russia\uFFFDs Sergei Lavrov, the two ministries said. Officials didn\uFFFDt give details.\n\n"
        + "The visit follows a summit in Pyongyang in June, which was attended by delegations from both "
        + "countries and ended with a partnership treaty; the caf\uFFFD in the hotel was closed.";
    CleanText clean = clean(body);
    assertThat(clean.text()).startsWith("North Korea's foreign minister arrived in Moscow")
        .contains("Russia's Sergei Lavrov", "Officials didn't give details.", "the caf\uFFFD in the hotel");
    assertThat(clean.flags()).containsExactly(Cleaner.FLAG_ENCODING_ERRORS);
  }

  @Test
  void strayControlCharactersAreDropped() {
    CleanText clean = clean("Egypt's foreign minister met his Sudanese counterpart\u0007 in Cairo on Sunday, "
        + "the ministry said in a statement.\u001B");
    assertThat(clean.text()).isEqualTo(
        "Egypt's foreign minister met his Sudanese counterpart in Cairo on Sunday, the ministry said in a statement.");
  }

  @Test
  void aTwentyMegabyteBodyIsRefusedAsTooLarge() {
    String body = "The delegation arrived in Pyongyang on Tuesday. ".repeat(20_000_000 / 48 + 1);
    assertThat(body.length()).isGreaterThan(20_000_000);
    assertThatThrownBy(() -> clean(body))
        .isInstanceOf(UnusableInputException.class)
        .satisfies(e -> assertThat(((UnusableInputException) e).reason()).isEqualTo("TOO_LARGE"))
        .hasMessageContaining("5000000");
  }

  @Test
  void aLongTextBodyUnderTheLimitIsCutAtAParagraphAndFlagged() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; body.length() < 1_200_000; i++) {
      body.append("Paragraph ").append(i).append(": the two delegations met again on day ").append(i)
          .append(" of the talks and agreed to continue their discussions in the morning.\n\n");
    }
    CleanText clean = clean(body.toString());
    assertThat(clean.flags()).containsExactly(Cleaner.FLAG_TRUNCATED);
    assertThat(clean.text().length()).isLessThanOrEqualTo(Cleaner.MAX_TEXT_CHARS);
    assertThat(clean.text()).startsWith("Paragraph 0: the two delegations met again on day 0 of the talks")
        .endsWith("continue their discussions in the morning.");
  }

  @Test
  void aLongHtmlBodyIsCutAtABlockAndFlagged() {
    StringBuilder body = new StringBuilder("<html><body><article>");
    for (int i = 0; body.length() < 900_000; i++) {
      body.append("<p>Paragraph ").append(i).append(": the two delegations met again on day ").append(i)
          .append(" of the talks and agreed to continue their discussions in the morning.</p>\n");
    }
    body.append("</article></body></html>");
    CleanText clean = CLEANER.clean(new RawText(body.toString(), "text/html", null, null));
    assertThat(clean.flags()).containsExactlyInAnyOrder(Cleaner.FLAG_HTML, Cleaner.FLAG_TRUNCATED);
    assertThat(clean.text().length()).isLessThanOrEqualTo(Cleaner.MAX_TEXT_CHARS + 200);
    assertThat(clean.text()).endsWith("continue their discussions in the morning.");
  }

  @Test
  void deeplyNestedHtmlDoesNotOverflowTheStack() {
    int depth = 100_000;
    String body = "<html><body>" + "<div>".repeat(depth)
        + "<p>Chinese Foreign Minister Wang Yi met his North Korean counterpart in Beijing on Tuesday, "
        + "the foreign ministry said.</p>" + "</div>".repeat(depth) + "</body></html>";
    CleanText clean = CLEANER.clean(new RawText(body, "text/html", null, null));
    assertThat(clean.text()).isEqualTo("Chinese Foreign Minister Wang Yi met his North Korean counterpart in Beijing "
        + "on Tuesday, the foreign ministry said.");
  }

  @Test
  void deeplyNestedInlineMarkupDoesNotOverflowTheStack() {
    int depth = 50_000;
    String body = "<p>" + "<span><b>".repeat(depth) + "The two presidents spoke by telephone on Monday."
        + "</b></span>".repeat(depth) + "</p>";
    CleanText clean = CLEANER.clean(new RawText(body, "text/html", null, null));
    assertThat(clean.text()).isEqualTo("The two presidents spoke by telephone on Monday.");
  }

  /** Random mixtures of markup, entities, scripts and text: every one is cleaned or refused, nothing else. */
  @Test
  void randomMarkupAndTextNeverThrowAnythingButUnusableInput() {
    Random random = new Random(42);
    String[] pieces = {"<p>", "</p>", "<div class='related'>", "</div>", "<br>", "&amp;", "&#8217;", "&nbsp;",
        "&bogus;", "&#xD800;", "<script>x<y</script>", "<!--", "-->", "<table><tr><td>", "</td></tr></table>",
        "Kim met Putin on Monday. ", "Read more: ", "\u00AD", "\u200B", "\uD83D\uDE00", "\uD800", "e\u0301",
        "\n\n", "\r\n", "  ", "Comments", "\u2014", "\u201C", "(c) 2024 ", "<h1>", "</h1>", "<figure><figcaption>",
        "</figcaption></figure>", "<a href='x'>", "</a>", "SEOUL: ", "AGL 37.01 Decreased By \u25BC -0.99 (-2.61%)",
        "\u0007", "\uFFFD", "<", ">", "&", "<pre>", "</pre>", "By Jane Doe", "May 20, 2022 / 03:02 PM IST"};
    for (int run = 0; run < 500; run++) {
      StringBuilder body = new StringBuilder();
      int n = 1 + random.nextInt(60);
      for (int i = 0; i < n; i++) {
        body.append(pieces[random.nextInt(pieces.length)]);
      }
      String contentType = random.nextBoolean() ? null : random.nextBoolean() ? "text/html" : "text/plain";
      Throwable thrown = catchThrowable(() -> {
        CleanText clean = CLEANER.clean(new RawText(body.toString(), contentType, null, null));
        OffsetChecks.assertSpansMatch(body.toString(), clean);
      });
      if (thrown != null) {
        assertThat(thrown).as("body %s", body).isInstanceOf(UnusableInputException.class);
      }
    }
  }
}
