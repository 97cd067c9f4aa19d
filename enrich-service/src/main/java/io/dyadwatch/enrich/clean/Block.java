package io.dyadwatch.enrich.clean;

/**
 * One paragraph or line of the page before it is judged: its text and what the page's structure
 * says about it.
 *
 * @param linkChars visible characters inside links (HTML)
 * @param outsideContent HTML: outside the element that holds the story's paragraphs
 * @param gapBefore plain text: a blank line comes before it
 */
record Block(MappedText text, Kind kind, Hint hint, int linkChars, boolean outsideContent, boolean gapBefore) {

  enum Kind { TEXT, PARAGRAPH, HEADLINE, HEADING, LIST_ITEM, CAPTION, CELL, QUOTE }

  /** What the page's own class names say about a block. */
  enum Hint { NONE, BYLINE, DATE }

  static Block text(MappedText text, boolean gapBefore) {
    return new Block(text, Kind.TEXT, Hint.NONE, 0, false, gapBefore);
  }

  String string() {
    return text.text();
  }

  boolean isHtml() {
    return kind != Kind.TEXT;
  }
}
