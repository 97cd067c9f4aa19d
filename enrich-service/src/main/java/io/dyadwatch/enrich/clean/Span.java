package io.dyadwatch.enrich.clean;

/** Clean text [cleanStart, cleanStart + length) came from raw body [rawStart, rawStart + rawLength). */
public record Span(int cleanStart, int rawStart, int length, int rawLength) {}
