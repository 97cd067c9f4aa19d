package io.dyadwatch.enrich.clean;

/**
 * Refuses bodies that cannot be cleaned at all, before any parsing: too large, binary data, or
 * text whose encoding was lost. A few stray control or replacement characters in an otherwise
 * good article are not a reason to refuse it; the writer drops or repairs them.
 */
final class InputCheck {
  /** Far above any article (long ones are 100 KB of HTML); larger bodies are crawl mistakes. */
  static final int MAX_BODY_CHARS = 5_000_000;

  static final String TOO_LARGE = "TOO_LARGE";
  static final String BINARY = "BINARY";
  static final String BAD_ENCODING = "BAD_ENCODING";

  private InputCheck() {}

  static void check(String body) {
    if (body.length() > MAX_BODY_CHARS) {
      throw new UnusableInputException(TOO_LARGE,
          "body has " + body.length() + " characters, more than the limit of " + MAX_BODY_CHARS);
    }
    int control = 0;
    int replacement = 0;
    int visible = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c < 0x20) {
        if (c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) {
          control++;
        }
        continue;
      }
      if (c == ' ') {
        continue;
      }
      visible++;
      if (c >= 0x7F && c <= 0x9F) {
        control++;
      } else if (c == '\uFFFD') {
        replacement++;
      } else if (c == '\uFFFE' || c == '\uFFFF') {
        control++;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < body.length() && Character.isLowSurrogate(body.charAt(i + 1))) {
          i++;
        } else {
          control++;
        }
      } else if (Character.isLowSurrogate(c)) {
        control++;
      }
    }
    if (control >= 3 && control * 100L > body.length()) {
      throw new UnusableInputException(BINARY, "body looks binary: " + control + " control characters in "
          + body.length() + " (text has next to none)");
    }
    if (replacement >= 3 && replacement * 20L > visible) {
      throw new UnusableInputException(BAD_ENCODING, "body's encoding was lost: " + replacement
          + " of " + visible + " visible characters are U+FFFD replacement characters");
    }
  }
}
