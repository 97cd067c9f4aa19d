package io.dyadwatch.enrich.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into blocks: parses it (jsoup, with source positions), drops what is never
 * story (scripts, forms, navigation, asides, footers, and elements whose class or id names page
 * furniture), finds the element that holds most of the page's paragraph text, and emits one block
 * per paragraph, heading, list item, caption or table cell, each mapped back to the raw HTML.
 * Every walk over the tree is iterative, so deeply nested pages cannot overflow the stack.
 */
final class HtmlBlocks {
  /** Share of the page's paragraph text that the content element must hold. */
  private static final double CONTENT_SHARE = 0.85;
  /** Below this much paragraph text the page is too small to pick a content element. */
  private static final int MIN_CONTENT_CHARS = 300;
  private static final int MAX_REMOVED_TEXT = 300;

  private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "math",
      "iframe", "object", "embed", "canvas", "video", "audio", "source", "track", "map", "button", "input",
      "select", "option", "textarea", "dialog", "link", "meta", "head", "title");
  private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "form", "menu");
  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "contentinfo", "search",
      "banner", "menu", "menubar", "dialog", "alertdialog");
  private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
      "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "br", "legend", "html",
      "amp-img", "picture");

  private final NoiseClasses noise;

  HtmlBlocks(NoiseClasses noise) {
    this.noise = noise;
  }

  Source extract(String body, int maxTextChars) {
    Document doc = Jsoup.parse(body, "", Parser.htmlParser().setTrackPosition(true));
    PageMeta meta = PageMeta.read(doc);
    Element root = doc.body();
    if (root == null) {
      return new Source(List.of(), meta, List.of(), false);
    }
    List<Removed> removed = new ArrayList<>();
    Map<Element, Integer> before = paragraphChars(root);
    removeFurniture(root, before, removed);
    Map<Element, Integer> after = paragraphChars(root);
    Element content = contentElement(root, after);
    BlockCollector collector = new BlockCollector(body, content == root ? null : content, maxTextChars);
    NodeTraversor.filter(collector, root);
    collector.flush();
    return new Source(collector.blocks, meta, removed, collector.truncated);
  }

  /**
   * How much story-like text each element holds: characters of paragraph text (in {@code <p>}, or
   * long runs elsewhere) less the characters of link text, so that teaser cards and link lists,
   * whose headlines are links, weigh little or less than nothing. Computed in one pass; elements
   * with zero are absent.
   */
  private static Map<Element, Integer> paragraphChars(Element root) {
    Map<Element, Integer> chars = new IdentityHashMap<>();
    int[][] stack = {new int[64]};
    int[] top = {-1};
    int[] inLink = {0};
    int[] inParagraph = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element el) {
          if (++top[0] == stack[0].length) {
            stack[0] = java.util.Arrays.copyOf(stack[0], stack[0].length * 2);
          }
          stack[0][top[0]] = 0;
          String tag = el.normalName();
          if (tag.equals("a")) {
            inLink[0]++;
          } else if (tag.equals("p")) {
            inParagraph[0]++;
          }
        } else if (node instanceof TextNode text && top[0] >= 0) {
          int n = visibleLength(text.getWholeText());
          if (inLink[0] > 0) {
            stack[0][top[0]] -= n;
          } else if (inParagraph[0] > 0 || n >= 60) {
            stack[0][top[0]] += n;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element el) {
          int n = stack[0][top[0]--];
          if (n != 0) {
            chars.put(el, n);
            if (top[0] >= 0) {
              stack[0][top[0]] += n;
            }
          }
          String tag = el.normalName();
          if (tag.equals("a")) {
            inLink[0]--;
          } else if (tag.equals("p")) {
            inParagraph[0]--;
          }
        }
      }
    }, root);
    return chars;
  }

  private void removeFurniture(Element root, Map<Element, Integer> paragraphChars, List<Removed> removed) {
    int total = paragraphChars.getOrDefault(root, 0);
    int[] inArticle = {0};
    int[] inHeader = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element el)) {
          return FilterResult.CONTINUE;
        }
        String tag = el.normalName();
        if (INVISIBLE.contains(tag) || isHidden(el)) {
          return FilterResult.REMOVE;
        }
        if (el != root && !tag.equals("article") && !tag.equals("main")) {
          String reason = furnitureReason(el, tag, inArticle[0] > 0, inHeader[0] > 0);
          if (reason != null && paragraphChars.getOrDefault(el, 0) * 2 < Math.max(total, 1)) {
            record(removed, el, reason);
            return FilterResult.REMOVE;
          }
        }
        if (tag.equals("article") || tag.equals("main")) {
          inArticle[0]++;
        } else if (tag.equals("header")) {
          inHeader[0]++;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el) {
          String tag = el.normalName();
          if (tag.equals("article") || tag.equals("main")) {
            inArticle[0]--;
          } else if (tag.equals("header")) {
            inHeader[0]--;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  private String furnitureReason(Element el, String tag, boolean inArticle, boolean inHeader) {
    if (FURNITURE.contains(tag)) {
      return "html:" + tag;
    }
    if (tag.equals("header") && !inArticle && !inHeader && el.selectFirst("h1") == null) {
      return "html:header";
    }
    String role = el.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role) && !(role.equals("banner") && inArticle)) {
      return "html:role=" + role;
    }
    String names = el.className() + " " + el.id();
    if (names.isBlank()) {
      return null;
    }
    String match = noise.match(names);
    return match == null ? null : "html:class=" + match.replace(' ', '-');
  }

  private static boolean isHidden(Element el) {
    if (el.hasAttr("hidden") || el.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = el.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private static void record(List<Removed> removed, Element el, String reason) {
    if (removed.size() >= 200) {
      return;
    }
    String text = el.text();
    if (text.isBlank()) {
      return;
    }
    NormalizingWriter w = new NormalizingWriter(Math.min(text.length(), MAX_REMOVED_TEXT + 3));
    w.appendUnmapped(text.length() > MAX_REMOVED_TEXT ? text.substring(0, MAX_REMOVED_TEXT) + "..." : text);
    removed.add(new Removed(w.finish().text(), reason));
  }

  /**
   * The smallest element holding at least {@link #CONTENT_SHARE} of the paragraph text, widened to
   * an enclosing {@code <article>} or articleBody so that a lead set apart from the body stays in.
   */
  private static Element contentElement(Element root, Map<Element, Integer> chars) {
    int total = chars.getOrDefault(root, 0);
    if (total < MIN_CONTENT_CHARS) {
      return root;
    }
    Element node = root;
    while (true) {
      Element best = null;
      int bestChars = 0;
      for (Element child : node.children()) {
        int c = chars.getOrDefault(child, 0);
        if (c > bestChars) {
          best = child;
          bestChars = c;
        }
      }
      if (best == null || bestChars < CONTENT_SHARE * total) {
        break;
      }
      node = best;
    }
    for (Element up = node; up != null && up != root; up = up.parent()) {
      if (up.normalName().equals("article") || up.attr("itemprop").equalsIgnoreCase("articleBody")) {
        return up;
      }
    }
    return node;
  }

  static int visibleLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        n++;
      }
    }
    return n;
  }

  /** Walks the cleaned tree and cuts it into blocks. */
  private static final class BlockCollector implements NodeFilter {
    private final String body;
    private final Element content;
    private final int maxTextChars;
    final List<Block> blocks = new ArrayList<>();
    boolean truncated;

    private NormalizingWriter writer;
    private Block.Kind kind;
    private Block.Hint hint;
    private boolean outside;
    private int linkChars;
    private int textChars;

    private int inContent;
    private int inLink;
    private int inCaption;
    private int inHeadline;
    private int inHeading;
    private int inList;
    private int inQuote;
    private int inCell;
    private int inPre;
    private int inByline;
    private int inDate;

    BlockCollector(String body, Element content, int maxTextChars) {
      this.body = body;
      this.content = content;
      this.maxTextChars = maxTextChars;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        text(text);
        return textChars > maxTextChars ? stop() : FilterResult.CONTINUE;
      }
      if (!(node instanceof Element el)) {
        return FilterResult.CONTINUE;
      }
      String tag = el.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        flush();
      }
      count(el, tag, 1);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element el) {
        String tag = el.normalName();
        if (BLOCK_TAGS.contains(tag)) {
          flush();
        }
        count(el, tag, -1);
      }
      return FilterResult.CONTINUE;
    }

    private FilterResult stop() {
      truncated = true;
      flush();
      return FilterResult.STOP;
    }

    private void count(Element el, String tag, int d) {
      if (el == content) {
        inContent += d;
      }
      switch (tag) {
        case "a" -> inLink += d;
        case "figcaption", "figure", "caption" -> inCaption += d;
        case "h1" -> inHeadline += d;
        case "h2", "h3", "h4", "h5", "h6" -> inHeading += d;
        case "li", "dt", "dd" -> inList += d;
        case "blockquote" -> inQuote += d;
        case "td", "th" -> inCell += d;
        case "pre" -> inPre += d;
        case "time" -> inDate += d;
        default -> { }
      }
      String names = el.className();
      String itemprop = el.attr("itemprop");
      String rel = el.attr("rel");
      if (names.isEmpty() && itemprop.isEmpty() && rel.isEmpty()) {
        return;
      }
      String all = names + " " + itemprop + " " + rel;
      if (NoiseClasses.hasWord(all, "caption*", "credit", "credits")) {
        inCaption += d;
      }
      if (NoiseClasses.hasWord(all, "byline*", "author*", "contributor*", "writer", "auteur*", "autor*")) {
        inByline += d;
      }
      if (NoiseClasses.hasWord(all, "date*", "time", "timestamp", "published", "pubdate", "updated")) {
        inDate += d;
      }
    }

    private void text(TextNode node) {
      if (writer == null) {
        if (node.isBlank()) {
          return;
        }
        writer = new NormalizingWriter(64);
        kind = currentKind();
        hint = inByline > 0 ? Block.Hint.BYLINE : inDate > 0 ? Block.Hint.DATE : Block.Hint.NONE;
        outside = content != null && inContent == 0;
        linkChars = 0;
      }
      Range range = node.sourceRange();
      if (range.isTracked() && range.endPos() <= body.length()) {
        if (inPre > 0) {
          preformatted(range.startPos(), range.endPos());
        } else {
          writer.appendRaw(body, range.startPos(), range.endPos(), true);
        }
      } else {
        writer.appendUnmapped(node.getWholeText());
      }
      if (inLink > 0) {
        linkChars += visibleLength(node.getWholeText());
      }
    }

    /** Line breaks inside {@code <pre>} end blocks, as blank lines end plain-text paragraphs. */
    private void preformatted(int from, int to) {
      int start = from;
      for (int i = from; i <= to; i++) {
        if (i == to || PlainTextBlocks.isLineBreak(body.charAt(i))) {
          if (writer == null) {
            writer = new NormalizingWriter(64);
            kind = currentKind();
            hint = Block.Hint.NONE;
            outside = content != null && inContent == 0;
            linkChars = 0;
          }
          writer.appendRaw(body, start, i, true);
          if (i < to) {
            flush();
          }
          start = i + 1;
        }
      }
    }

    private Block.Kind currentKind() {
      if (inCaption > 0) {
        return Block.Kind.CAPTION;
      }
      if (inHeadline > 0) {
        return Block.Kind.HEADLINE;
      }
      if (inHeading > 0) {
        return Block.Kind.HEADING;
      }
      if (inList > 0) {
        return Block.Kind.LIST_ITEM;
      }
      if (inQuote > 0) {
        return Block.Kind.QUOTE;
      }
      if (inCell > 0) {
        return Block.Kind.CELL;
      }
      return Block.Kind.PARAGRAPH;
    }

    void flush() {
      if (writer == null) {
        return;
      }
      MappedText text = writer.finish();
      writer = null;
      if (!text.isEmpty()) {
        textChars += text.length() + 2;
        blocks.add(new Block(text, kind, hint, linkChars, outside, false));
      }
    }
  }
}
