package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.jsoup.parser.Parser;

/**
 * Checks an offset map against the raw body with its own, independent normalisation: decode
 * character references, NFC, quotes and dashes to ASCII, drop invisible characters, collapse white
 * space. Each span's clean text must equal its raw text so normalised.
 */
final class OffsetChecks {
  private OffsetChecks() {}

  static void assertSpansMatch(String raw, CleanText clean) {
    String text = clean.text();
    int previousEnd = 0;
    int covered = 0;
    for (Span span : clean.offsetMap()) {
      assertThat(span.cleanStart()).as("spans in order, not overlapping").isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.cleanStart() + span.length()).isLessThanOrEqualTo(text.length());
      assertThat(span.rawStart()).isGreaterThanOrEqualTo(0);
      assertThat(span.rawStart() + span.rawLength()).isLessThanOrEqualTo(raw.length());
      String cleanPart = text.substring(span.cleanStart(), span.cleanStart() + span.length());
      String rawPart = raw.substring(span.rawStart(), span.rawStart() + span.rawLength());
      assertThat(normalise(rawPart)).as("raw %s for clean %s", quote(rawPart), quote(cleanPart))
          .isEqualTo(cleanPart);
      previousEnd = span.cleanStart() + span.length();
      covered += span.length();
    }
    int separators = text.isEmpty() ? 0 : 2 * (text.split("\n\n", -1).length - 1);
    assertThat(covered).as("every character of the text is mapped").isEqualTo(text.length() - separators);
  }

  static String normalise(String raw) {
    String s = lonelySurrogatesReplaced(Parser.unescapeEntities(raw, false));
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (!space) {
          out.append(' ');
        }
        space = true;
        continue;
      }
      space = false;
      switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A' -> out.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
        case '\u2026' -> out.append("...");
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F' -> { }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A reference to a surrogate ("&amp;#xD800;") means U+FFFD in HTML. */
  private static String lonelySurrogatesReplaced(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\n", "\\n") + "\"";
  }
}
