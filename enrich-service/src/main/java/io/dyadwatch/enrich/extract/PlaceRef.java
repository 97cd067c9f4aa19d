package io.dyadwatch.enrich.extract;

/** A country, capital or other place named in a sentence, tokens [start, end). */
record PlaceRef(int start, int end, String code, String text) {}
