package io.dyadwatch.enrich.clean;

/**
 * What the cleaner reads: an article body as delivered, plain text or HTML, and what the delivery
 * said about it.
 *
 * @param body the raw body
 * @param contentType text/html or text/plain when the delivery knew it, else null (detected)
 * @param title the delivered title, or null
 * @param publishedAt the delivered publication date (ISO 8601, possibly partial), or null
 */
public record RawText(String body, String contentType, String title, String publishedAt) {}
