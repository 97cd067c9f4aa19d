package io.dyadwatch.enrich.extract;

/** A sentence of the clean text and its [start, end) character offsets there. */
public record Sentence(String text, int start, int end) {}
