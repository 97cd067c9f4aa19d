package io.dyadwatch.enrich.clean;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a wire story: "SEOUL/BEIJING:", "BERLIN (AP) -",
 * "TEHRAN, Oct. 13 (Xinhua) --", "Beijing, March 4 (Reuters) -", "Washington (CNN) -",
 * "New Delhi, Jan 5 (IANS) The minister...". The place
 * is in capitals, or in Title Case when a date or an agency follows it. Works on normalised text
 * (dashes already "-").
 */
final class Datelines {
  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  private static final String AGENCY = "\\s*\\([A-Z][\\w.&'/ -]{0,30}\\)";
  /** A dash or colon ends the dateline; after an agency's name in brackets, a capital may follow directly. */
  private static final String END = "(?:\\s*(?:-{1,2}|:)\\s+(?=\\S)|(?<=\\))\\s+(?=[A-Z\"]))";
  private static final Pattern CAPITALS = Pattern.compile(
      "^([A-Z][A-Z'.-]+(?:[ /][A-Z][A-Z'.-]*){0,4}"
          + "(?:,\\s+[A-Z][A-Za-z.]+(?:\\s[A-Z][A-Za-z.]+)?)?"
          + "(?:,?\\s+" + MONTH + "\\s+\\d{1,2})?"
          + "(?:" + AGENCY + ")?)" + END);
  private static final Pattern TITLE_CASE = Pattern.compile(
      "^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}"
          + "(?:,\\s+" + MONTH + "\\s+\\d{1,2}(?:" + AGENCY + ")?|" + AGENCY + "))" + END);
  private static final Set<String> LABELS = Set.of("UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "ANALYSIS",
      "OPINION", "EDITORIAL", "CORRECTION", "FILE", "PHOTO", "VIDEO", "LIVE", "NEWS", "NOTE", "FACTBOX", "EXPLAINER",
      "REVIEW", "INTERVIEW", "COMMENT", "UPDATES", "ALERT", "FLASH", "URGENT", "WARNING");

  /** The dateline (without its closing punctuation) and where the story proper starts, or null. */
  record Found(String dateline, int storyStart) {}

  private Datelines() {}

  static Found find(String paragraph) {
    Found f = match(CAPITALS.matcher(paragraph), true);
    return f != null ? f : match(TITLE_CASE.matcher(paragraph), false);
  }

  private static Found match(Matcher m, boolean capitals) {
    if (!m.lookingAt()) {
      return null;
    }
    String dateline = m.group(1).strip();
    if (dateline.length() > 60) {
      return null;
    }
    if (capitals) {
      String place = dateline.split("[,(]")[0].strip();
      int letters = 0;
      for (int i = 0; i < place.length(); i++) {
        if (Character.isLetter(place.charAt(i))) {
          letters++;
        }
      }
      if (letters < 3 || LABELS.contains(place)) {
        return null;
      }
    }
    return new Found(dateline, m.end());
  }
}
