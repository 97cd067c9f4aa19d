package io.dyadwatch.enrich.extract;

/**
 * What the extractor reads: an article's clean text and what is known of it.
 *
 * @param text clean story text, paragraphs separated by blank lines; evidence offsets point here
 * @param publishedAt the article's date as ISO 8601, possibly partial ("2016-03") or with a time;
 *     relative dates ("on Thursday") are resolved against it; null if unknown
 * @param language ISO 639-1 code from the cleaner
 * @param dateline the wire dateline the cleaner took off the text ("NEW DELHI (PTI)", "SEOUL/BEIJING"),
 *     or null; a dateline still in the text is read from there
 * @param source the outlet (a name or web domain), or null
 */
public record Document(String articleId, String title, String text, String publishedAt, String language,
    String dateline, String source) {

  /** A document without a separate dateline or outlet. */
  public Document(String articleId, String title, String text, String publishedAt, String language) {
    this(articleId, title, text, publishedAt, language, null, null);
  }
}
