package io.dyadwatch.enrich.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, block by block, what each is: story, title, byline, date, caption, or debris (with the
 * rule that dropped it). It works in passes, from what a line is on its own to where it stands:
 *
 * <ol>
 *   <li>On its own: no letters, market tickers, debris phrasings (data file), links and link lists,
 *       a publisher's appeal (its vocabulary and addresses to the reader), photo captions and
 *       credits.
 *   <li>Neighbours: a paragraph next to an appeal that also speaks as "we" belongs to the appeal.
 *   <li>A footer marker (copyright, comments, end mark, reporting credits) ends the page; what
 *       follows goes unless it is a long paragraph.
 *   <li>Position: the story runs from the first line of running text to the last sentence. Before
 *       it (the header) come title, byline, date, standfirst and page furniture, and a sentence
 *       after the title is the lead; inside it, a line that is not a sentence is a related
 *       headline or a subheading; after it, everything is footer.
 *   <li>Title against lead: the headline stays out of the text only if the lead repeats it.
 * </ol>
 *
 * Not thread-safe; one per article.
 */
final class BlockClassifier {
  enum Role { STORY, TITLE, BYLINE, DATE, CAPTION, DROP }

  /** One block and the decision on it. */
  static final class Judged {
    final Block block;
    final MappedText text;
    final Features f;
    Role role;
    String reason;
    String date;
    boolean dateUpdated;
    String byline;
    boolean standfirst;

    Judged(Block block, MappedText text, Features f) {
      this.block = block;
      this.text = text;
      this.f = f;
    }

    boolean open() {
      return role == null;
    }

    void drop(String why) {
      role = Role.DROP;
      reason = why;
    }

    String string() {
      return text.text();
    }
  }

  private static final String BULLETS = "\u2022\u00B7\u25AA\u25BA\u25E6\u2023\u2043*-";
  private static final Set<String> FOOTER_MARKERS = Set.of("comments", "copyright", "end-mark", "credits");
  /** Closing punctuation, a dash and one to three capitalised words at the end: an agency's credit. */
  private static final Pattern AGENCY_SIGNOFF = Pattern.compile(
      "[.!?\"'\u201d)]\\s+[-\u2013\u2014]+\\s*\\p{Lu}[\\p{L}.&]*(?:\\s\\p{Lu}[\\p{L}.&]*){0,2}\\s*$");
  private static final Pattern TRAILING_LINK = Pattern.compile(
      "\\s*(\\(more\\s*\\.{0,3}\\)|\\[\\.\\.\\.\\]|\\(\\.\\.\\.\\)|\\b(read more|continue reading|full story)\\s*(\\.\\.\\.|>|»)?"
          + "|\\b(enditem|endit)|\\((end|ends)\\)(\\s+[a-z]{1,4}(\\.[a-z]{1,4}){0,2})?|\\[end\\]|\\s-30-|\\s###)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITION = Pattern.compile(
      "\\((left|right|centre|center|front|back|top|bottom|l|r|c|(second|2nd|third|3rd|[2-9]th) (from )?(left|right|l|r)"
          + "|l to r|l-r)\\)|\\bfrom left\\b|\\bleft to right\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_PAREN = Pattern.compile("[(\\[]([^()\\[\\]]{2,60})[)\\]]\\s*$");
  private static final Pattern CREDIT_WORDS = Pattern.compile(
      "/|\\bvia\\b|\\bphoto|\\bgetty\\b|\\bfile\\b|\\bhandout\\b|\\bcourtesy\\b|\\bpool\\b|\\bimage",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "(\\b(reuters|afp|ap photo|epa|xinhua|anadolu|yonhap|kcna|efe|ansa|tass)\\s*/\\s*[\\p{L}.' /-]{2,60}"
          + "|(/\\s*handout|\\bvia)\\s+(reuters|afp|ap|epa|getty images|anadolu|xinhua|yonhap|kcna|ani|pti)"
          + "(\\s*/\\s*[\\p{L}.' -]{2,40})?)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_PHOTO = Pattern.compile(
      "^(file photo\\s*:|file\\s*-\\s|in this (file |handout )?(photo|image|picture)|this (photo|image|picture)"
          + "|pictured\\s*:|photo shows|caption\\s*:)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FULL_DATE = Pattern.compile(
      "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}, \\d{4}\\.", Pattern.CASE_INSENSITIVE);
  private static final Pattern BY = Pattern.compile(
      "^(by|written by|words by|posted by|reported by|author|reporter|correspondent|par|por|von|door|di|przez)"
          + "\\s*:?\\s+(.{2,100})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_WORD = Pattern.compile("(\\p{Lu}[\\p{L}'.-]*|\\p{Lu}\\.|de|da|van|von|bin|al|el|la|le)");
  private static final Pattern DATE_LABELS = Pattern.compile(
      "\\b(published|updated|last updated|first published|posted|modified|created|on|at|date|time|am|pm|a\\.m\\.|p\\.m\\.)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED = Pattern.compile("\\b(updated|modified)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(said|says|told|added|adding|stated|noted|wrote|urged|announced|according to)\\b(?!\\s+(by|on)\\b)");
  private static final Pattern REPORTED = Pattern.compile("\\b(said|told|added|stated|noted)\\b(?!\\s+to\\b)");
  private static final Pattern PARTS = Pattern.compile("\\s+[|\u00B7\u2022]\\s+|\\s+(?=(?i:by)\\s)");

  private final CleaningRules rules;
  private final Similarity similarity;
  private final List<Judged> all = new ArrayList<>();
  private int titleIndex = -1;

  BlockClassifier(CleaningRules rules, Similarity similarity) {
    this.rules = rules;
    this.similarity = similarity;
  }

  /**
   * @param knownTitle the headline as delivered or as the page's meta data state it, or null
   */
  List<Judged> classify(List<Block> blocks, String knownTitle) {
    for (Block b : blocks) {
      MappedText text = trimEnds(b.text());
      all.add(new Judged(b, text, new Features(text.text(), b.linkChars(), rules.functionWords)));
    }
    int firstStrong = firstStrongProse();
    for (int i = 0; i < all.size(); i++) {
      // With no paragraph of prose at all (a brief of names), nothing stands before a story.
      onItsOwn(all.get(i), i < firstStrong && firstStrong < all.size());
    }
    spreadAppeals();
    cutFooter();
    dropOutsideContent();
    int start = -1;
    int end = -1;
    for (int i = 0; i < all.size(); i++) {
      Judged j = all.get(i);
      if (j.open() && j.f.isProse() && !isHeading(j)) {
        if (start < 0) {
          start = i;
        }
        end = i;
      }
    }
    end = sentencesAfter(end);
    int headerEnd = start < 0 ? all.size() : start;
    header(headerEnd, knownTitle);
    for (int i = headerEnd; i <= end; i++) {
      body(all.get(i));
    }
    for (int i = Math.max(end + 1, headerEnd); i < all.size(); i++) {
      Judged j = all.get(i);
      if (j.open()) {
        j.drop(dateIso(j) != null ? "date" : "footer");
      }
    }
    decideTitle();
    dropRepeats();
    return all;
  }

  /**
   * The story's last block, counting the sentences that close it: a short last paragraph
   * ("Erdogan agreed.") or one thick with names is story, not footer. A sentence right after the
   * story (debris already dropped between) always counts; one after a line that is no sentence
   * (a related headline, a label) counts from three words.
   */
  private int sentencesAfter(int end) {
    if (end < 0) {
      return end;
    }
    boolean adjoining = true;
    for (int k = end + 1; k < all.size(); k++) {
      Judged j = all.get(k);
      if (!j.open()) {
        continue;
      }
      if (isHeading(j) || !j.f.isSentence()) {
        adjoining = false;
      } else if (adjoining || j.f.words >= 3) {
        end = k;
      }
    }
    return end;
  }

  int titleIndex() {
    return titleIndex;
  }

  /**
   * A list marker before a line, and a link, end mark or agency credit after it ("... continued.
   * - Bernama"), are not part of its sentence.
   */
  private static MappedText trimEnds(MappedText text) {
    return trimSignoff(trimTrailingLink(trimBullet(text)));
  }

  /** "... while the fighting continued. - Bernama": the paragraph without the credit after its last sentence. */
  private static MappedText trimSignoff(MappedText text) {
    Matcher m = AGENCY_SIGNOFF.matcher(text.text());
    if (m.find() && m.start() > 0) {
      MappedText kept = text.slice(0, m.start() + 1).strip();
      if (kept.text().indexOf(' ') > 0) {
        return kept;
      }
    }
    return text;
  }

  private static MappedText trimBullet(MappedText text) {
    String s = text.text();
    if (s.length() > 2 && BULLETS.indexOf(s.charAt(0)) >= 0 && s.charAt(1) == ' ') {
      return text.slice(2, s.length());
    }
    return text;
  }

  private static MappedText trimTrailingLink(MappedText text) {
    String tail = text.text().substring(Math.max(0, text.length() - 24)).toLowerCase(Locale.ROOT);
    if (!(tail.contains("more") || tail.contains("...") || tail.contains("read") || tail.contains("story")
        || tail.contains("end") || tail.contains("-30-") || tail.contains("###"))) {
      return text;
    }
    Matcher m = TRAILING_LINK.matcher(text.text());
    m.region(Math.max(0, text.length() - 40), text.length());
    if (m.find() && m.start() > 0) {
      MappedText kept = text.slice(0, m.start()).strip();
      if (kept.text().indexOf(' ') > 0) {
        return kept;
      }
    }
    return text;
  }

  private int firstStrongProse() {
    for (int i = 0; i < all.size(); i++) {
      Judged j = all.get(i);
      if (j.f.isStrongProse() && debris(j) == null) {
        return i;
      }
    }
    return all.size();
  }

  private void onItsOwn(Judged j, boolean beforeStory) {
    Features f = j.f;
    Block b = j.block;
    if (!f.hasLetters()) {
      if (dateIso(j) == null) {
        String why = rules.debris(f);
        j.drop(why != null ? why : "no-letters");
      }
      return;
    }
    if (b.kind() == Block.Kind.CAPTION) {
      String why = rules.debris(f);
      if ("photo-credit".equals(why) || f.words <= 2) {
        j.drop("photo-credit");
      } else {
        j.role = Role.CAPTION;
      }
      return;
    }
    if (f.isTicker() && dateIso(j) == null) {
      j.drop("ticker");
      return;
    }
    String why = debris(j);
    if (why != null) {
      j.drop(why);
      return;
    }
    if (f.hasUrl && !f.isProse()) {
      j.drop("link-line");
      return;
    }
    if (b.isHtml() && b.kind() != Block.Kind.HEADLINE && f.linkDensity() >= 0.5 && f.words < 40
        && b.hint() != Block.Hint.BYLINE && !BY.matcher(j.string()).matches() && !isLinkedSentence(f)) {
      j.drop("link-list");
      return;
    }
    if (isAppeal(j)) {
      j.drop("appeal");
      return;
    }
    if (b.kind() != Block.Kind.HEADLINE && f.words <= 60 && captionScore(f, beforeStory) >= 2) {
      j.role = Role.CAPTION;
    }
  }

  /**
   * The debris phrasing the line carries, unless the line reports what someone said: a page
   * speaks to its reader, never through a third person, so that "Ukraine wants to become a member
   * of NATO, Zelensky said." and "'Thank you for your support,' Zelensky told Erdogan." are story.
   */
  private String debris(Judged j) {
    String why = rules.debris(j.f);
    if (why == null || !j.f.isSentence() || j.f.words < 5) {
      return why;
    }
    return ATTRIBUTION.matcher(j.string()).find() ? null : why;
  }

  /**
   * A sentence whose names link to topic pages ("<a>Sergei Lavrov</a> met <a>Recep Tayyip
   * Erdogan</a> in Ankara."): its own words between the links make it story. A teaser is one link
   * from end to end.
   */
  private static boolean isLinkedSentence(Features f) {
    return f.isSentence() && f.words >= 4 && f.linkDensity() < 0.9;
  }

  private boolean isAppeal(Judged j) {
    return j.f.readerAddress >= 2 && rules.appealWords(j.string()) >= 2;
  }

  /** A paragraph that speaks as "we" next to an appeal is part of the appeal. */
  private void spreadAppeals() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < all.size(); i++) {
        Judged j = all.get(i);
        if (!j.open() || isHeading(j)) {
          continue;
        }
        boolean weVoice = j.f.firstPlural >= 2 || (j.f.readerAddress >= 1 && rules.appealWords(j.string()) >= 1);
        if (weVoice && (isAppealAt(i - 1) || isAppealAt(i + 1))) {
          j.drop("appeal");
          changed = true;
        }
      }
    }
  }

  private boolean isAppealAt(int i) {
    return i >= 0 && i < all.size() && "appeal".equals(all.get(i).reason);
  }

  /** After a footer marker only a long paragraph can still be story. */
  private void cutFooter() {
    for (int m = 0; m < all.size(); m++) {
      Judged marker = all.get(m);
      if (marker.role != Role.DROP || !FOOTER_MARKERS.contains(marker.reason)) {
        continue;
      }
      boolean longProseAfter = false;
      for (int i = m + 1; i < all.size() && !longProseAfter; i++) {
        Judged j = all.get(i);
        longProseAfter = j.open() && j.f.isProse() && j.f.words >= 40;
      }
      if (longProseAfter) {
        continue;
      }
      for (int i = m + 1; i < all.size(); i++) {
        Judged j = all.get(i);
        if (j.open() || j.role == Role.CAPTION) {
          j.drop("after-footer");
        }
      }
      return;
    }
  }

  /**
   * HTML blocks outside the content element go, except in the header: what comes before the
   * content's first block may be its title, byline, date or a lead set apart.
   */
  private void dropOutsideContent() {
    int firstInside = -1;
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).block.outsideContent()) {
        firstInside = i;
        break;
      }
    }
    if (firstInside < 0) {
      return;
    }
    int lastHeadline = -1;
    for (int i = 0; i < firstInside; i++) {
      if (all.get(i).block.kind() == Block.Kind.HEADLINE) {
        lastHeadline = i;
      }
    }
    for (int i = 0; i < all.size(); i++) {
      Judged j = all.get(i);
      if (!j.block.outsideContent() || !j.open()) {
        continue;
      }
      boolean header = i < firstInside && (lastHeadline < 0 || i >= lastHeadline);
      if (!header) {
        j.drop("outside-content");
      }
    }
  }

  private void header(int end, String knownTitle) {
    boolean hasHeadline = false;
    for (int i = 0; i < end; i++) {
      if (all.get(i).open() && all.get(i).block.kind() == Block.Kind.HEADLINE) {
        hasHeadline = true;
      }
    }
    for (int i = 0; i < end; i++) {
      Judged j = all.get(i);
      if (!j.open()) {
        continue;
      }
      String date = dateIso(j);
      if (date != null) {
        j.role = Role.DATE;
        j.date = date;
        j.byline = bylineInDateLine(j);
        j.dateUpdated = UPDATED.matcher(j.string()).find() && !j.string().toLowerCase(Locale.ROOT).contains("publish");
        continue;
      }
      String byline = byline(j, i, end);
      if (byline != null) {
        j.role = Role.BYLINE;
        j.byline = byline;
        continue;
      }
      if (titleIndex < 0 && isTitle(j, knownTitle, hasHeadline)) {
        j.role = Role.TITLE;
        titleIndex = i;
        continue;
      }
      if (j.f.words >= 8 && !j.f.terminal && j.f.lowerShare() >= 0.5 && !isHeading(j)) {
        j.role = Role.STORY;
        j.standfirst = true;
        continue;
      }
      j.drop(isHeading(j) ? "heading" : "header");
    }
    if (titleIndex < 0 && knownTitle == null) {
      capitalTitle(end);
    }
    leadSentences(end);
  }

  /**
   * A sentence after the title (or in a header without one) is the story's lead, even when names
   * outnumber its lower-case words; what stands above the title is the site's. Two words are a
   * sentence only right after another.
   */
  private void leadSentences(int end) {
    for (int i = titleIndex + 1; i < end; i++) {
      Judged j = all.get(i);
      boolean afterLead = i > 0 && all.get(i - 1).role == Role.STORY;
      if ("header".equals(j.reason) && j.f.isSentence() && (j.f.words >= 3 || afterLead)) {
        j.role = Role.STORY;
        j.reason = null;
      }
    }
  }

  private boolean isTitle(Judged j, String knownTitle, boolean hasHeadline) {
    String s = j.string();
    if (hasHeadline) {
      return j.block.kind() == Block.Kind.HEADLINE
          && (knownTitle == null || similarity.coverage(s, knownTitle) >= 0.5);
    }
    if (knownTitle != null) {
      return similarity.coverage(knownTitle, s) >= 0.8 && similarity.coverage(s, knownTitle) >= 0.8;
    }
    return isHeadlineLike(j.f, s) && j.f.allCapsWords * 2 < j.f.letterWords
        && (j.f.words >= 6 || j.f.hasLowerCaseContentWord());
  }

  /**
   * Short, few digits, and not ending as a statement, unless in Headline Capitalisation with every
   * content word capitalised: a sentence with a lower-case verb among many names is a lead.
   */
  private static boolean isHeadlineLike(Features f, String s) {
    return f.words >= 3 && f.words <= 30 && !f.endsWithColon && f.digits * 4 < f.letters
        && (!f.terminal || s.endsWith("?") || s.endsWith("!") || (f.isTitleCase() && !f.hasLowerCaseContentWord()));
  }

  /** With no headline in mixed case, the last headline in capitals before the story is the title. */
  private void capitalTitle(int end) {
    for (int i = end - 1; i >= 0 && titleIndex < 0; i--) {
      Judged j = all.get(i);
      boolean candidate = j.open() || "header".equals(j.reason);
      if (candidate && j.f.allCapsWords * 2 >= j.f.letterWords && isHeadlineLike(j.f, j.string())) {
        j.role = Role.TITLE;
        j.reason = null;
        titleIndex = i;
      }
    }
  }

  private String byline(Judged j, int i, int end) {
    Features f = j.f;
    if (f.words > 14) {
      return null;
    }
    String s = j.string();
    Matcher by = BY.matcher(s);
    if (by.matches()) {
      return bylineName(by.group(2));
    }
    if (j.block.hint() == Block.Hint.BYLINE && f.words <= 10) {
      return bylineName(s);
    }
    boolean afterTitle = titleIndex >= 0 && titleIndex == i - 1;
    if (f.terminal || f.digits > 0 || isHeading(j) || !(afterTitle || dateFollows(i, end))) {
      return null;
    }
    if (s.indexOf(' ') < 0 && f.allCapsWords == 1 && s.length() >= 2 && s.length() <= 8) {
      return s;
    }
    return isName(s) ? s : null;
  }

  /** Two to four capitalised words (and name particles), as a person's or a desk's name is written. */
  private static boolean isName(String s) {
    String[] words = s.split(" ");
    if (words.length < 2 || words.length > 4 || s.length() > 40 || s.equals(s.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  private boolean dateFollows(int i, int end) {
    for (int k = i + 1; k < end && k <= i + 2; k++) {
      Judged next = all.get(k);
      if (next.role == Role.DATE || (next.open() && dateIso(next) != null)) {
        return true;
      }
    }
    return false;
  }

  /** The byline's name(s): without a date, separators, or a trailing colon. */
  private String bylineName(String s) {
    String name = s;
    DateFinder.Found date = rules.dates.find(name);
    if (date != null) {
      name = name.substring(0, date.start());
    }
    int bar = name.indexOf('|');
    if (bar > 0) {
      name = name.substring(0, bar);
    }
    name = name.replaceAll("^(?i)(by|par|por|von|door|di|przez)\\s+", "").replaceAll("[\\s:,;|/-]+$", "").strip();
    return name.isEmpty() ? null : name;
  }

  /**
   * ISO date when the line is a date line: a date with at most a label or a site name around it,
   * alone or as one part of a line of parts ("Staff | Published: 09 Sep 2024").
   */
  private String dateIso(Judged j) {
    if (j.f.words > 14 || j.f.digits == 0) {
      return null;
    }
    String whole = datePart(j.string());
    if (whole != null) {
      return whole;
    }
    for (String part : PARTS.split(j.string())) {
      String date = datePart(part);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The name in a part of a date line ("Gulf Dispatch Staff | Published: ..."), or null. */
  private String bylineInDateLine(Judged j) {
    String[] parts = PARTS.split(j.string());
    if (parts.length < 2) {
      return null;
    }
    for (String part : parts) {
      String p = part.strip();
      Matcher by = BY.matcher(p);
      if (by.matches()) {
        return bylineName(by.group(2));
      }
      if (datePart(p) == null && isName(p)) {
        return p;
      }
    }
    return null;
  }

  private String datePart(String s) {
    DateFinder.Found found = rules.dates.find(s);
    if (found == null) {
      return null;
    }
    String rest = s.substring(0, found.start()) + " " + s.substring(found.end());
    rest = DATE_LABELS.matcher(rest).replaceAll(" ");
    rest = rest.replaceAll("(?i)\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|rsday|urday)?\\b", " ");
    int words = 0;
    for (String w : rest.split("[\\s|/,:\\[\\]()-]+")) {
      if (!w.isEmpty()) {
        words++;
      }
    }
    return words <= 2 ? found.iso() : null;
  }

  private void body(Judged j) {
    if (!j.open()) {
      return;
    }
    Features f = j.f;
    if (isHeading(j)) {
      j.drop("subheading");
    } else if (f.isProse()) {
      j.role = Role.STORY;
    } else if (dateIso(j) != null) {
      j.drop("date");
    } else if (f.endsWithColon && f.words >= 5) {
      j.role = Role.STORY;
    } else if (j.block.kind() == Block.Kind.LIST_ITEM && f.words >= 6 && f.lowerShare() >= 0.4) {
      j.role = Role.STORY;
    } else if (f.terminal && f.words >= 2 && f.lowerShare() >= 0.3 && !f.isTitleCase()) {
      j.role = Role.STORY;
    } else if (f.isSentence()) {
      j.role = Role.STORY;
    } else if (!f.terminal && f.words >= 25 && f.lowerShare() >= 0.5) {
      j.role = Role.STORY;
    } else if (!f.terminal && f.words >= 8 && f.lowerShare() >= 0.3 && REPORTED.matcher(j.string()).find()) {
      // Headlines report in the present ("says", "to visit"); a sentence that lost its full stop, in the past.
      j.role = Role.STORY;
    } else {
      j.drop("headline-in-body");
    }
  }

  /** The headline stays in the text, as its first paragraph, unless the lead repeats it. */
  private void decideTitle() {
    if (titleIndex < 0) {
      return;
    }
    Judged title = all.get(titleIndex);
    String lead = leadAfter(titleIndex);
    if (lead.isEmpty() || similarity.coverage(title.string(), lead) < 0.5) {
      title.role = Role.STORY;
    }
  }

  /** A standfirst that the lead repeats, and any paragraph given twice, appear once. */
  private void dropRepeats() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      Judged j = all.get(i);
      if (j.role != Role.STORY) {
        continue;
      }
      if (j.standfirst) {
        String lead = leadAfter(i);
        if (!lead.isEmpty() && similarity.coverage(j.string(), lead) >= 0.7) {
          j.drop("standfirst-repeats-lead");
          continue;
        }
      }
      String key = lettersAndDigits(j.string());
      if (!key.isEmpty() && !seen.add(key)) {
        j.drop("duplicate");
      }
    }
  }

  private static String lettersAndDigits(String s) {
    StringBuilder key = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(Character.toLowerCase(c));
      }
    }
    return key.toString();
  }

  /** The first two story paragraphs after block {@code i}. */
  private String leadAfter(int i) {
    StringBuilder lead = new StringBuilder();
    int found = 0;
    for (int k = i + 1; k < all.size() && found < 2; k++) {
      Judged j = all.get(k);
      if (j.role == Role.STORY && !j.standfirst) {
        lead.append(j.string()).append(' ');
        found++;
      }
    }
    return lead.toString();
  }

  private static boolean isHeading(Judged j) {
    return j.block.kind() == Block.Kind.HEADING || j.block.kind() == Block.Kind.HEADLINE;
  }

  /**
   * Evidence that a line is a photo caption: a position in the picture ("(right)"), a credit at
   * its end ("(REUTERS/Name)", "(KCNA via KNS)", "REUTERS/Name"), a photo label at its start, and
   * standing before the story.
   */
  private static int captionScore(Features f, boolean beforeStory) {
    String s = f.text;
    int score = 0;
    if ((s.indexOf('(') >= 0 || s.contains("left")) && POSITION.matcher(s).find()) {
      score += 2;
    }
    Matcher paren = TRAILING_PAREN.matcher(s);
    paren.region(Math.max(0, s.length() - 64), s.length());
    if ((s.endsWith(")") || s.endsWith("]")) && paren.find()) {
      String inner = paren.group(1);
      if (CREDIT_WORDS.matcher(inner).find()) {
        score += 2;
      } else if (isProperNames(inner)) {
        score += 1;
      }
    }
    Matcher credit = TRAILING_CREDIT.matcher(s);
    credit.region(Math.max(0, s.length() - 80), s.length());
    if (credit.find()) {
      score += 2;
    }
    if (LEADING_PHOTO.matcher(s).lookingAt()) {
      score += 2;
    }
    if (score > 0 && FULL_DATE.matcher(s).find()) {
      score += 1;
    }
    if (beforeStory && score > 0) {
      score += 1;
    }
    return score;
  }

  private static boolean isProperNames(String s) {
    String[] words = s.strip().split("\\s+");
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
