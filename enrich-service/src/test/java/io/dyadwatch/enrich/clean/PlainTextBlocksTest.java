package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextBlocksTest {

  private static List<String> blocks(String body) {
    return PlainTextBlocks.split(body, 0, body.length()).stream().map(Block::string).toList();
  }

  @Test
  void eachLineIsABlock() {
    assertThat(blocks("Title line\nFirst paragraph of the story.\n\nSecond paragraph.\n"))
        .containsExactly("Title line", "First paragraph of the story.", "Second paragraph.");
  }

  @Test
  void aBlankLineBeforeABlockIsRemembered() {
    List<Block> blocks = PlainTextBlocks.split("one\ntwo\n\nthree", 0, 13);
    assertThat(blocks).extracting(Block::gapBefore).containsExactly(false, false, true);
  }

  @Test
  void hardWrappedParagraphsAreJoinedUntilASentenceEndsTheLine() {
    String body = """
        President Jacob Zuma of South Africa arrived in Nigeria last night on a
        two-day state visit. He was received by the Minister of Foreign Affairs
        Geoffrey Onyeama. During his visit, Zuma will hold bilateral talks with
        President Buhari. His visit will end on Wednesday.
        No comments:
        """;
    assertThat(blocks(body)).containsExactly(
        "President Jacob Zuma of South Africa arrived in Nigeria last night on a two-day state visit. He was "
            + "received by the Minister of Foreign Affairs Geoffrey Onyeama. During his visit, Zuma will hold "
            + "bilateral talks with President Buhari. His visit will end on Wednesday.",
        "No comments:");
  }

  @Test
  void aLineThatGoesOnInLowerCaseContinuesTheSentence() {
    assertThat(blocks("The two foreign ministers agreed to meet\nagain in March, officials said.\nNext story"))
        .containsExactly("The two foreign ministers agreed to meet again in March, officials said.", "Next story");
  }

  @Test
  void joinedLinesMapTheirSpaceToTheLineBreak() {
    String body = "The ministers agreed to meet\r\nagain in March.";
    Block block = PlainTextBlocks.split(body, 0, body.length()).get(0);
    List<Span> spans = new ArrayList<>();
    block.text().addSpans(spans, 0);
    assertThat(block.string()).isEqualTo("The ministers agreed to meet again in March.");
    assertThat(spans).containsExactly(new Span(0, 0, 28, 28), new Span(28, 28, 1, 2), new Span(29, 30, 15, 15));
  }
}
