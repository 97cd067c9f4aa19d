package io.dyadwatch.enrich.clean;

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
    boolean html = isHtml(body, raw.contentType());
    if (html) {
      flags.add(FLAG_HTML);
    }
    if (body.indexOf('\uFFFD') >= 0) {
      flags.add(FLAG_ENCODING_ERRORS);
    }
    Source source = html ? htmlBlocks.extract(body, MAX_TEXT_CHARS) : plainText(body);
    if (source.truncated()) {
      flags.add(FLAG_TRUNCATED);
    }
    PageMeta meta = source.meta();

    String deliveredTitle = line(raw.title());
    String metaTitle = stripSiteName(line(meta.title()));
    BlockClassifier classifier = new BlockClassifier(rules, similarity);
    List<BlockClassifier.Judged> judged =
        classifier.classify(source.blocks(), deliveredTitle != null ? deliveredTitle : metaTitle);
    Assembly assembly = new Assembly(source.removed());
    for (int i = 0; i < judged.size(); i++) {
      assembly.add(judged.get(i), i == classifier.titleIndex());
    }

    String title = deliveredTitle;
    if (title == null && classifier.titleIndex() >= 0) {
      title = judged.get(classifier.titleIndex()).string();
    }
    if (title == null) {
      title = metaTitle;
    }
    String byline = assembly.byline() != null ? assembly.byline() : line(meta.author());
    String found = rules.dates.toIso(meta.publishedAt());
    String publishedAt = publishedAt(rules.dates.toIso(raw.publishedAt()), found != null ? found : assembly.date());

    String text = assembly.text();
    if (text.isEmpty()) {
      flags.add(FLAG_EMPTY);
      if (!source.blocks().isEmpty()) {
        flags.add(FLAG_BOILERPLATE_ONLY);
      }
    }
    LanguageGuess.Guess language = LanguageGuess.of(!text.isEmpty() ? text : title == null ? "" : title);
    if (language == LanguageGuess.UNDETERMINED && text.isEmpty() && meta.language() != null) {
      language = new LanguageGuess.Guess(meta.language(), 0.0);
    }
    return new CleanText(title, byline, assembly.dateline(), publishedAt, language.code(), language.confidence(),
        text, assembly.captions(), assembly.removed(), assembly.spans(), Set.copyOf(flags));
  }

  /** Lines of a plain-text body, cut at a line break when the body is longer than any story. */
  private static Source plainText(String body) {
    int end = body.length();
    boolean truncated = end > MAX_TEXT_CHARS;
    if (truncated) {
      int cut = body.lastIndexOf('\n', MAX_TEXT_CHARS);
      end = cut > 0 ? cut : MAX_TEXT_CHARS;
    }
    return new Source(PlainTextBlocks.split(body, 0, end), PageMeta.NONE, List.of(), truncated);
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
    if (suffix.find() && Assembly.words(title.substring(0, suffix.start())) >= 3 && Assembly.words(suffix.group()) <= 5) {
      return title.substring(0, suffix.start());
    }
    var prefix = TITLE_PREFIX.matcher(title);
    if (prefix.find() && Assembly.words(prefix.group()) <= 5 && Assembly.words(title.substring(prefix.end())) >= 3) {
      return title.substring(prefix.end());
    }
    return title;
  }

}
