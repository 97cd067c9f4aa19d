package io.dyadwatch.enrich.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns a raw body (plain text or HTML) into the story's text, paragraph by paragraph, with its
 * metadata and a map back to the raw body. Thread-safe; build once, reuse.
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>Text is NFC, with ASCII quotes, dashes and ellipsis, one space between words, and no
 *       invisible characters (see {@link NormalizingWriter}); paragraphs are separated by "\n\n".
 *   <li>The headline becomes {@code title}. It is left out of {@code text} only when the lead
 *       repeats it (half of its content words or more), so that a headline that is the only place
 *       the news is stated still reaches the extractor as a sentence of the text.
 *   <li>A wire dateline ("SEOUL/BEIJING:", "BERLIN (AP) -") is taken off the first paragraph into
 *       {@code dateline}.
 *   <li>{@code publishedAt}: the delivered date when it is a full date; else the page's meta data
 *       or a date line in the article's header; a partial delivered date ("2019-05") is refined by
 *       a date in the text that falls inside it.
 *   <li>Captions go to {@code captions}, never to {@code text}; every dropped line goes to {@code
 *       removed} with the rule that dropped it.
 *   <li>Bodies over {@value InputCheck#MAX_BODY_CHARS} characters, binary bodies and bodies whose
 *       encoding was lost throw {@link UnusableInputException}; a body with over {@value
 *       #MAX_TEXT_CHARS} characters of text is cut at a line or block boundary and flagged TRUNCATED.
 * </ul>
 */
public final class Cleaner {
  public static final String FLAG_HTML = "HTML";
  public static final String FLAG_EMPTY = "EMPTY";
  public static final String FLAG_BOILERPLATE_ONLY = "BOILERPLATE_ONLY";
  public static final String FLAG_TRUNCATED = "TRUNCATED";
  /** Some characters of the body were lost before it arrived (U+FFFD in the input). */
  public static final String FLAG_ENCODING_ERRORS = "ENCODING_ERRORS";

  /** Text beyond this many characters is not story any more but a crawl of a whole site. */
  static final int MAX_TEXT_CHARS = 500_000;
  private static final int MAX_REMOVED = 500;

  private static final Pattern HTML_TAG = Pattern.compile(
      "<(?:!doctype\\s+html|html|head|body|p|div|span|a|br|h[1-6]|article|section|li|ul|ol|table|td|tr|img|script"
          + "|style|meta|link|title|strong|em|b|i|figure|figcaption|blockquote|nav|header|footer|main)[\\s/>]"
          + "|</(?:p|div|span|a|h[1-6]|li|td|tr|body|html|article|section|strong|em|b|i)>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+(?:\\||-|::|/)\\s+[^|]{2,40}$");
  private static final Pattern TITLE_PREFIX = Pattern.compile("^[^|]{2,40}?\\s+(?:\\||::)\\s+");

  private final CleaningRules rules;
  private final Similarity similarity;
  private final HtmlBlocks htmlBlocks;

  /** Loads the rule files and the language models (once per JVM, about 0.6 s). */
  public Cleaner() {
    rules = CleaningRules.load();
    similarity = new Similarity(rules.functionWords);
    htmlBlocks = new HtmlBlocks(rules.noiseClasses);
    LanguageGuess.load();
  }

  /**
   * Cleans one article.
   *
   * @throws UnusableInputException when the body cannot be cleaned at all (reason TOO_LARGE,
   *     BINARY or BAD_ENCODING)
   */
  public CleanText clean(RawText raw) {
    String body = raw.body() == null ? "" : raw.body();
    InputCheck.check(body);
    Set<String> flags = new TreeSet<>();
    String deliveredTitle = line(raw.title());
    String deliveredDate = rules.dates.toIso(raw.publishedAt());
    boolean html = isHtml(body, raw.contentType());
    if (html) {
      flags.add(FLAG_HTML);
    }
    if (body.indexOf('\uFFFD') >= 0) {
      flags.add(FLAG_ENCODING_ERRORS);
    }
    List<Removed> removed = new ArrayList<>();
    List<Block> blocks;
    PageMeta meta = PageMeta.NONE;
    if (html) {
      HtmlBlocks.Result result = htmlBlocks.extract(body, MAX_TEXT_CHARS);
      blocks = result.blocks();
      meta = result.meta();
      removed.addAll(result.removed());
      if (result.truncated()) {
        flags.add(FLAG_TRUNCATED);
      }
    } else {
      int end = body.length();
      if (end > MAX_TEXT_CHARS) {
        int cut = body.lastIndexOf('\n', MAX_TEXT_CHARS);
        end = cut > 0 ? cut : MAX_TEXT_CHARS;
        flags.add(FLAG_TRUNCATED);
      }
      blocks = PlainTextBlocks.split(body, 0, end);
    }

    String metaTitle = stripSiteName(line(meta.title()));
    String knownTitle = deliveredTitle != null ? deliveredTitle : metaTitle;
    BlockClassifier classifier = new BlockClassifier(rules, similarity);
    List<BlockClassifier.Judged> judged = classifier.classify(blocks, knownTitle);

    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    Set<String> captions = new LinkedHashSet<>();
    String byline = null;
    String textDate = null;
    String updatedDate = null;
    String dateline = null;
    boolean datelineLooked = false;
    for (int i = 0; i < judged.size(); i++) {
      BlockClassifier.Judged j = judged.get(i);
      switch (j.role) {
        case STORY -> {
          MappedText paragraph = j.text;
          if (!datelineLooked && i != classifier.titleIndex() && !j.standfirst) {
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
        case CAPTION -> captions.add(j.string());
        case BYLINE -> {
          if (byline == null) {
            byline = j.byline;
          }
          addRemoved(removed, j.string(), "byline");
        }
        case DATE -> {
          if (byline == null && j.byline != null) {
            byline = j.byline;
          }
          if (j.dateUpdated) {
            updatedDate = updatedDate == null ? j.date : updatedDate;
          } else if (textDate == null) {
            textDate = j.date;
          }
          addRemoved(removed, j.string(), "date");
        }
        case TITLE -> addRemoved(removed, j.string(), "title");
        case DROP -> addRemoved(removed, j.string(), j.reason);
        default -> throw new IllegalStateException("unexpected role " + j.role);
      }
    }

    String title = deliveredTitle;
    if (title == null && classifier.titleIndex() >= 0) {
      title = judged.get(classifier.titleIndex()).string();
    }
    if (title == null) {
      title = metaTitle;
    }
    if (byline == null && meta.author() != null) {
      byline = line(meta.author());
    }
    String found = rules.dates.toIso(meta.publishedAt());
    if (found == null) {
      found = textDate != null ? textDate : updatedDate;
    }
    String publishedAt = publishedAt(deliveredDate, found);

    String clean = text.toString();
    if (clean.isEmpty()) {
      flags.add(FLAG_EMPTY);
      if (!blocks.isEmpty()) {
        flags.add(FLAG_BOILERPLATE_ONLY);
      }
    }
    LanguageGuess.Guess language = LanguageGuess.of(!clean.isEmpty() ? clean : title == null ? "" : title);
    if (language == LanguageGuess.UNDETERMINED && clean.isEmpty() && meta.language() != null) {
      language = new LanguageGuess.Guess(meta.language(), 0.0);
    }
    return new CleanText(title, byline, dateline, publishedAt, language.code(), language.confidence(), clean,
        List.copyOf(captions), List.copyOf(removed), List.copyOf(spans), Set.copyOf(flags));
  }

  private static void addRemoved(List<Removed> removed, String text, String reason) {
    if (removed.size() < MAX_REMOVED) {
      removed.add(new Removed(text, reason));
    }
  }

  /** A full delivered date wins; a partial one is refined by a date found inside it. */
  private static String publishedAt(String delivered, String found) {
    if (delivered == null) {
      return found;
    }
    if (delivered.length() >= 10 || found == null) {
      return delivered;
    }
    return found.startsWith(delivered) ? found : delivered;
  }

  static boolean isHtml(String body, String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      return true;
    }
    String head = body.length() > 65_536 ? body.substring(0, 65_536) : body;
    String start = head.stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
      return true;
    }
    if (type.contains("plain")) {
      return false;
    }
    var m = HTML_TAG.matcher(head);
    int tags = 0;
    while (tags < 3 && m.find()) {
      tags++;
    }
    return tags >= 3;
  }

  /** A one-line metadata value, normalised like the text; null when blank. */
  private static String line(String value) {
    if (value == null) {
      return null;
    }
    NormalizingWriter w = new NormalizingWriter(value.length());
    w.appendUnmapped(value);
    String s = w.finish().text();
    return s.isEmpty() ? null : s;
  }

  /** "Headline | Site", "Headline - Site" and "Site :: Headline" lose the site's name. */
  private static String stripSiteName(String title) {
    if (title == null) {
      return null;
    }
    var suffix = TITLE_SUFFIX.matcher(title);
    if (suffix.find() && words(title.substring(0, suffix.start())) >= 3 && words(suffix.group()) <= 5) {
      return title.substring(0, suffix.start());
    }
    var prefix = TITLE_PREFIX.matcher(title);
    if (prefix.find() && words(prefix.group()) <= 5 && words(title.substring(prefix.end())) >= 3) {
      return title.substring(prefix.end());
    }
    return title;
  }

  private static int words(String s) {
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
