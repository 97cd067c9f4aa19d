package io.dyadwatch.enrich.clean;

import java.util.List;
import java.util.Set;

/**
 * The cleaner's result: the story's paragraphs separated by blank lines, and the article's metadata.
 *
 * @param dateline the wire dateline taken off the first paragraph ("SEOUL/BEIJING", "BERLIN (AP)"), or null
 * @param publishedAt ISO 8601 date or date-time, from the delivery or the text, or null
 * @param language ISO 639-1 code, or "und" when it cannot be told
 * @param languageConfidence how far the language leads the runner-up on Lingua's relative scale: 1
 *     when no other language is possible (its own script), around 0.2 for a clear paragraph of
 *     English against other Latin-script languages, near 0 for a toss-up
 * @param captions photo captions, apart from the text
 * @param removed every line or element dropped, with the rule that dropped it
 * @param offsetMap spans from clean-text offsets to raw-body offsets; paragraph separators are unmapped
 * @param flags HTML, EMPTY, BOILERPLATE_ONLY (there were lines, all debris), TRUNCATED, ENCODING_ERRORS
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
