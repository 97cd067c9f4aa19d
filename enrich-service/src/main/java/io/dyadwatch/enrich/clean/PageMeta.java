package io.dyadwatch.enrich.clean;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about its article outside the text: meta tags (Open Graph, article:*,
 * Dublin Core, itemprop) and JSON-LD. Any field may be null.
 *
 * @param title the page's own idea of the headline (og:title, JSON-LD headline, then {@code <title>})
 * @param publishedAt the publication date as the page states it, not yet normalised
 * @param language the language the markup declares ({@code <html lang>}), two letters
 */
record PageMeta(String title, String author, String publishedAt, String language) {
  static final PageMeta NONE = new PageMeta(null, null, null, null);

  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
  private static final Pattern LD_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){3,400})\"");
  private static final Pattern LD_AUTHOR = Pattern.compile(
      "\"author\"\\s*:\\s*\\[?\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){2,120})\"");

  static PageMeta read(Document doc) {
    String ldDate = null;
    String ldHeadline = null;
    String ldAuthor = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data();
      if (ldDate == null) {
        ldDate = group(LD_DATE, json);
      }
      if (ldHeadline == null) {
        ldHeadline = unescapeJson(group(LD_HEADLINE, json));
      }
      if (ldAuthor == null) {
        ldAuthor = unescapeJson(group(LD_AUTHOR, json));
      }
    }
    String title = first(meta(doc, "meta[property=og:title]"), ldHeadline, meta(doc, "meta[name=twitter:title]"),
        doc.title().isBlank() ? null : doc.title());
    String author = first(meta(doc, "meta[name=author]"), ldAuthor, meta(doc, "meta[property=article:author]"),
        text(doc, "[itemprop=author] [itemprop=name]"), text(doc, "[itemprop=author]"), text(doc, "a[rel=author]"),
        text(doc, ".author .fn, .vcard .fn, .byline .fn"));
    if (author != null && author.startsWith("http")) {
      author = null;
    }
    String published = first(meta(doc, "meta[property=article:published_time]"), ldDate,
        meta(doc, "meta[itemprop=datePublished]"), attr(doc, "[itemprop=datePublished][datetime]", "datetime"),
        meta(doc, "meta[name=pubdate]"), meta(doc, "meta[name=publishdate]"), meta(doc, "meta[name=date]"),
        meta(doc, "meta[name=dc.date.issued]"), meta(doc, "meta[name=dcterms.date]"),
        meta(doc, "meta[property=og:published_time]"), attr(doc, "article time[datetime]", "datetime"),
        attr(doc, "time[pubdate][datetime]", "datetime"), attr(doc, ".published[datetime]", "datetime"),
        attr(doc, "abbr.published[title]", "title"));
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    if (lang.isBlank()) {
      lang = meta(doc, "meta[http-equiv=content-language]");
    }
    String language = lang == null || lang.length() < 2 ? null : lang.substring(0, 2).toLowerCase(Locale.ROOT);
    return new PageMeta(title, author, published, language);
  }

  private static String meta(Document doc, String query) {
    Element e = doc.selectFirst(query);
    if (e == null) {
      return null;
    }
    String v = e.attr("content").strip();
    return v.isEmpty() ? null : v;
  }

  private static String text(Document doc, String query) {
    Element e = doc.selectFirst(query);
    if (e == null) {
      return null;
    }
    String t = e.text().strip();
    return t.isEmpty() || t.length() > 80 ? null : t;
  }

  private static String attr(Document doc, String query, String name) {
    Element e = doc.selectFirst(query);
    return e == null || e.attr(name).isBlank() ? null : e.attr(name).strip();
  }

  private static String group(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  private static String unescapeJson(String s) {
    if (s == null || s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char n = s.charAt(++i);
      if (n == 'u' && i + 4 < s.length()) {
        try {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        } catch (NumberFormatException e) {
          out.append(n);
        }
      } else if (n == 'n' || n == 't' || n == 'r') {
        out.append(' ');
      } else {
        out.append(n);
      }
    }
    return out.toString();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
