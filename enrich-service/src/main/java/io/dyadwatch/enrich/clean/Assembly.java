package io.dyadwatch.enrich.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts judged blocks together: the story paragraphs joined by blank lines with their offset map
 * (the first paragraph without its dateline), the captions, the removed lines with their reasons,
 * and the byline and dates the header gave. Not thread-safe; one per article.
 */
final class Assembly {
  private static final int MAX_REMOVED = 500;

  private final StringBuilder text = new StringBuilder();
  private final List<Span> spans = new ArrayList<>();
  private final Set<String> captions = new LinkedHashSet<>();
  private final List<Removed> removed = new ArrayList<>();
  private String byline;
  private String date;
  private String updatedDate;
  private String dateline;
  private boolean datelineLooked;

  /** Removals made before judging (page furniture), in page order. */
  Assembly(List<Removed> removedBefore) {
    removedBefore.forEach(r -> remove(r.text(), r.reason()));
  }

  void add(BlockClassifier.Judged j, boolean isTitle) {
    switch (j.role) {
      case STORY -> story(j, isTitle);
      case CAPTION -> captions.add(j.string());
      case BYLINE -> {
        byline = byline == null ? j.byline : byline;
        remove(j.string(), "byline");
      }
      case DATE -> {
        byline = byline == null ? j.byline : byline;
        if (j.dateUpdated) {
          updatedDate = updatedDate == null ? j.date : updatedDate;
        } else {
          date = date == null ? j.date : date;
        }
        remove(j.string(), "date");
      }
      case TITLE -> remove(j.string(), "title");
      case DROP -> remove(j.string(), j.reason);
      default -> throw new IllegalStateException("unexpected role " + j.role);
    }
  }

  private void story(BlockClassifier.Judged j, boolean isTitle) {
    MappedText paragraph = j.text;
    if (!datelineLooked && !isTitle && !j.standfirst) {
      datelineLooked = true;
      Datelines.Found d = Datelines.find(paragraph.text());
      if (d != null && words(paragraph.text().substring(d.storyStart())) >= 4) {
        dateline = d.dateline();
        paragraph = paragraph.slice(d.storyStart(), paragraph.length());
      }
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    paragraph.addSpans(spans, text.length());
    text.append(paragraph.text());
  }

  private void remove(String line, String reason) {
    if (removed.size() < MAX_REMOVED) {
      removed.add(new Removed(line, reason));
    }
  }

  String text() {
    return text.toString();
  }

  List<Span> spans() {
    return List.copyOf(spans);
  }

  List<String> captions() {
    return List.copyOf(captions);
  }

  List<Removed> removed() {
    return List.copyOf(removed);
  }

  String byline() {
    return byline;
  }

  /** The date of a date line in the header, a publication date before an update date; or null. */
  String date() {
    return date != null ? date : updatedDate;
  }

  String dateline() {
    return dateline;
  }

  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }
}
