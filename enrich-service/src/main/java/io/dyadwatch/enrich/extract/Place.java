package io.dyadwatch.enrich.extract;

/** Where a contact happens: a place name and its country (ISO alpha-3), either may be null. */
public record Place(String place, String country) {}
