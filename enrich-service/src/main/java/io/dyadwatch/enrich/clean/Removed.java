package io.dyadwatch.enrich.clean;

/** A line or paragraph the cleaner dropped, and the rule that dropped it. */
public record Removed(String text, String reason) {}
