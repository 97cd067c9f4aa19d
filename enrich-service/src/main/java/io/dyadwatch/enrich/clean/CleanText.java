package io.dyadwatch.enrich.clean;

import java.util.List;
import java.util.Set;

/**
 * The cleaner's result: the story's paragraphs separated by blank lines, and the article's metadata.
 *
 * @param language ISO 639-1 code, or "und" when it cannot be told
 * @param publishedAt ISO 8601 date or date-time, from the delivery or the text, or null
 * @param flags markers such as HTML, EMPTY, BOILERPLATE_ONLY, TRUNCATED
 */
public record CleanText(
    String title,
    String byline,
    String dateline,
    String publishedAt,
    String language,
    double languageConfidence,
    String text,
    List<String> captions,
    List<Removed> removed,
    List<Span> offsetMap,
    Set<String> flags) {}
