package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappedTextTest {

  private static MappedText write(String raw) {
    NormalizingWriter w = new NormalizingWriter(raw.length());
    w.appendRaw(raw, 0, raw.length(), true);
    return w.finish();
  }

  private static List<Span> spans(MappedText text, int offset) {
    List<Span> spans = new ArrayList<>();
    text.addSpans(spans, offset);
    return spans;
  }

  @Test
  void aSliceKeepsExactRunsExactAndCutsThem() {
    MappedText text = write("SEOUL: North Korea").slice(7, 18);
    assertThat(text.text()).isEqualTo("North Korea");
    assertThat(spans(text, 0)).containsExactly(new Span(0, 7, 11, 11));
  }

  @Test
  void aSliceThroughAnEntityKeepsTheWholeEntity() {
    MappedText text = write("x &amp; y").slice(2, 5);
    assertThat(text.text()).isEqualTo("& y");
    assertThat(spans(text, 0)).containsExactly(new Span(0, 2, 1, 5), new Span(1, 7, 2, 2));
  }

  @Test
  void stripDropsOuterSpaceAndItsRuns() {
    MappedText text = write("a  b").slice(1, 3).strip();
    assertThat(text.text()).isEqualTo("b");
    assertThat(spans(text, 0)).containsExactly(new Span(0, 3, 1, 1));
  }

  @Test
  void spansAreShiftedToTheirPlaceInTheWholeText() {
    assertThat(spans(write("talks"), 10)).containsExactly(new Span(10, 0, 5, 5));
  }

  @Test
  void joinMapsTheSeparatorToTheRawBreak() {
    String raw = "one\r\ntwo";
    MappedText joined = MappedText.join(write(raw, 0, 3), ' ', 3, 5, write(raw, 5, 8));
    assertThat(joined.text()).isEqualTo("one two");
    assertThat(spans(joined, 0)).containsExactly(new Span(0, 0, 3, 3), new Span(3, 3, 1, 2), new Span(4, 5, 3, 3));
  }

  private static MappedText write(String raw, int from, int to) {
    NormalizingWriter w = new NormalizingWriter(to - from);
    w.appendRaw(raw, from, to, true);
    return w.finish();
  }
}
