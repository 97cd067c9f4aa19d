package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBlocksTest {
  private static final HtmlBlocks HTML = new HtmlBlocks(NoiseClasses.load());
  private static final String STORY =
      "<p>The foreign ministers of Chile and Peru met in Lima on Monday to discuss migration across their "
          + "shared border and a new agreement on fishing rights in the Pacific.</p>"
          + "<p>Both governments said the talks had been constructive and that technical teams would meet again "
          + "in Santiago next month to finish the text of the agreement.</p>"
          + "<p>It was the first visit by a Chilean foreign minister to Peru since 2021, officials said.</p>";

  private static Source extract(String html) {
    return HTML.extract(html, 500_000);
  }

  @Test
  void navigationAsidesFootersAndScriptsNeverBecomeBlocks() {
    Source result = extract("<html><head><title>t</title><script>var x = 'story';</script></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        + "<article>" + STORY + "</article>"
        + "<aside><h3>Most read</h3><a href='/1'>Another story</a></aside>"
        + "<footer>Contact us</footer></body></html>");
    assertThat(result.blocks()).extracting(Block::string).hasSize(3).allMatch(s -> s.startsWith("The ")
        || s.startsWith("Both ") || s.startsWith("It was"));
    assertThat(result.removed()).extracting(Removed::reason).containsExactly("html:nav", "html:aside", "html:footer");
  }

  @Test
  void elementsNamedAsFurnitureAreDroppedWithTheNameAsReason() {
    Source result = extract("<body><div class='story'>" + STORY
        + "<div class='newsletter-signup'><p>Get our newsletter every morning.</p></div>"
        + "<div id='relatedArticles'><a href='/x'>Peru and Bolivia sign gas deal</a></div></div></body>");
    assertThat(result.removed()).extracting(Removed::reason)
        .containsExactly("html:class=newsletter*", "html:class=related*");
  }

  @Test
  void anElementNamedAsFurnitureThatHoldsMostOfTheStoryIsKept() {
    Source result = extract("<body><div class='comments-enabled article'>" + STORY + "</div></body>");
    assertThat(result.blocks()).hasSize(3);
    assertThat(result.removed()).isEmpty();
  }

  @Test
  void blocksOutsideTheElementHoldingTheStoryAreMarked() {
    Source result = extract("<body><div class='page'><div class='body'>" + STORY + "</div>"
        + "<div class='cards'><a href='/1'><h4>Ecuador and Colombia reopen border</h4></a>"
        + "<p>The crossing had been closed for a month.</p></div></div></body>");
    List<Block> blocks = result.blocks();
    assertThat(blocks).extracting(Block::outsideContent).containsExactly(false, false, false, true, true);
  }

  @Test
  void captionsHeadingsAndListItemsAreTold() {
    Source result = extract("<body><h1>Headline here</h1><figure><img src='a.jpg'>"
        + "<figcaption>The ministers in Lima. (Reuters)</figcaption></figure><h2>Background</h2>"
        + "<ul><li>First point of the agreement.</li></ul></body>");
    assertThat(result.blocks()).extracting(Block::kind).containsExactly(Block.Kind.HEADLINE, Block.Kind.CAPTION,
        Block.Kind.HEADING, Block.Kind.LIST_ITEM);
  }

  @Test
  void lineBreaksAndPreformattedLinesEndBlocks() {
    Source result = extract("<body><div>First line<br>Second line<br><br>Third</div>"
        + "<pre>one\ntwo</pre></body>");
    assertThat(result.blocks()).extracting(Block::string)
        .containsExactly("First line", "Second line", "Third", "one", "two");
  }

  @Test
  void linkTextIsCounted() {
    Source result = extract("<body><p>Read more: <a href='/x'>Kim visits Moscow</a></p></body>");
    assertThat(result.blocks().get(0).linkChars()).isEqualTo(15);
  }

  @Test
  void textIsMappedBackToTheRawHtml() {
    String html = "<body><p>Kim&rsquo;s <b>visit</b></p></body>";
    Block block = extract(html).blocks().get(0);
    List<Span> spans = new java.util.ArrayList<>();
    block.text().addSpans(spans, 0);
    assertThat(block.string()).isEqualTo("Kim's visit");
    assertThat(spans).containsExactly(new Span(0, 9, 3, 3), new Span(3, 12, 1, 7), new Span(4, 19, 2, 2),
        new Span(6, 24, 5, 5));
  }

  @Test
  void metaDataIsRead() {
    Source result = extract("<html lang='en-GB'><head><meta property='og:title' content='Chile and Peru talk'>"
        + "<meta name='author' content='Ana Ruiz'><meta property='article:published_time' content='2024-05-06T10:00:00Z'>"
        + "</head><body><p>x</p></body></html>");
    assertThat(result.meta()).isEqualTo(new PageMeta("Chile and Peru talk", "Ana Ruiz", "2024-05-06T10:00:00Z", "en"));
  }
}
