package io.dyadwatch.enrich.extract;

import io.dyadwatch.schemas.avro.Level;

/** A person or delegation in a contact, with the country they act for. */
public record Actor(String name, String role, String country, Level level) {}
