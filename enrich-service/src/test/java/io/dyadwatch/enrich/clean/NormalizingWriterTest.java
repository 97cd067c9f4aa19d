package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizingWriterTest {

  private static MappedText write(String raw) {
    NormalizingWriter w = new NormalizingWriter(raw.length());
    w.appendRaw(raw, 0, raw.length(), true);
    return w.finish();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
      curly apostrophe            | Kim\u2019s visit                | Kim's visit
      curly double quotes         | \u201CWe agreed,\u201D he said | ^"We agreed," he said^
      guillemets                  | \u00ABBonjour\u00BB              | ^"Bonjour"^
      en and em dashes            | 2019\u20132024 \u2014 talks     | 2019-2024 - talks
      minus sign                  | \u22120.5%                       | -0.5%
      ellipsis                    | wait\u2026                       | wait...
      no-break space              | two\u00A0years                   | two years
      narrow no-break space       | 5\u202Fmillion                   | 5 million
      soft hyphen                 | agree\u00ADment                  | agreement
      zero-width space            | Pal\u200Bace                     | Palace
      byte-order mark             | \uFEFFSeoul                      | Seoul
      bidirectional marks         | Tehran\u200E said                | Tehran said
      decomposed accent to NFC    | Orba\u0301n                      | Orb\u00E1n
      runs of white space         | ^  lots   of\\t\\tspace \\n ^   | lots of space
      named references            | AT&amp;T &lt;b&gt;               | AT&T <b>
      numeric reference           | Kim&#8217;s                      | Kim's
      hexadecimal reference       | Kim&#x2019;s                     | Kim's
      Windows-1252 reference      | Kim&#146;s                       | Kim's
      legacy reference no semi    | &copy 2024                       | \u00A9 2024
      ampersand in a name         | R&D budget                       | R&D budget
      unknown reference           | &bogus; stays                    | &bogus; stays
      lost apostrophe repaired    | Korea\uFFFDs and didn\uFFFDt     | Korea's and didn't
      other loss stays visible    | caf\uFFFD                        | caf\uFFFD
      control character dropped   | bell\u0007 rings                 | bell rings
      lone surrogate dropped      | x\uD800y                         | xy
      emoji kept                  | ok \uD83D\uDE00                  | ok \uD83D\uDE00
      """)
  void normalises(String what, String raw, String clean) {
    assertThat(write(unescape(raw)).text()).isEqualTo(unescape(clean));
  }

  @Test
  void eachRunOfTheOffsetMapNamesItsRawSource() {
    MappedText text = write("a &amp;  b");
    List<Span> spans = new ArrayList<>();
    text.addSpans(spans, 0);
    assertThat(text.text()).isEqualTo("a & b");
    assertThat(spans).containsExactly(
        new Span(0, 0, 2, 2),
        new Span(2, 2, 1, 5),
        new Span(3, 7, 1, 2),
        new Span(4, 9, 1, 1));
  }

  @Test
  void droppedCharactersBreakTheRunSoThatEachRunStaysExact() {
    MappedText text = write("ab\u00ADcd");
    List<Span> spans = new ArrayList<>();
    text.addSpans(spans, 0);
    assertThat(text.text()).isEqualTo("abcd");
    assertThat(spans).containsExactly(new Span(0, 0, 2, 2), new Span(2, 3, 2, 2));
  }

  @Test
  void anExpandedCharacterMapsAllItsCleanCharactersToTheOneRawCharacter() {
    MappedText text = write("so\u2026");
    List<Span> spans = new ArrayList<>();
    text.addSpans(spans, 0);
    assertThat(text.text()).isEqualTo("so...");
    assertThat(spans).containsExactly(new Span(0, 0, 2, 2), new Span(2, 2, 3, 1));
  }

  /** The CSV cells carry \\uXXXX, \\t and \\n escapes, read here as the characters they name. */
  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        if (n == 'u') {
          out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
        if (n == 't' || n == 'n') {
          out.append(n == 't' ? '\t' : '\n');
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
