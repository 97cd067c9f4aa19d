package io.dyadwatch.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12 instantiates only trusted classes when decoding; our generated records live in one
 * package, which this adds to whatever the JVM already trusts.
 */
final class TrustedPackages {
  static final String GENERATED_PACKAGE = "io.dyadwatch.schemas.avro.";

  private static boolean installed;

  private TrustedPackages() {}

  static synchronized void install() {
    if (installed) {
      return;
    }
    ClassSecurityPredicate before = ClassSecurityValidator.getGlobal();
    ClassSecurityValidator.setGlobal(
        ClassSecurityValidator.composite(before, type -> type.getName().startsWith(GENERATED_PACKAGE)));
    installed = true;
  }
}
