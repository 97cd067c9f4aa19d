package io.dyadwatch.enrich.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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

  /** Marked-up authors and dates in the page, gathered in one pass. */
  private static final String MARKUP = "[itemprop=author], a[rel=author], .author .fn, .vcard .fn, .byline .fn, "
      + "[itemprop=datePublished], article time[datetime], time[pubdate], .published[datetime], abbr.published[title]";

  static PageMeta read(Document doc) {
    Map<String, String> metas = new HashMap<>();
    String ldDate = null;
    String ldHeadline = null;
    String ldAuthor = null;
    for (Element e : doc.select("meta, script[type=application/ld+json]")) {
      if (e.normalName().equals("script")) {
        String json = e.data();
        ldDate = ldDate != null ? ldDate : group(LD_DATE, json);
        ldHeadline = ldHeadline != null ? ldHeadline : unescapeJson(group(LD_HEADLINE, json));
        ldAuthor = ldAuthor != null ? ldAuthor : unescapeJson(group(LD_AUTHOR, json));
        continue;
      }
      String content = e.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String name = e.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          metas.putIfAbsent(key + ":" + name, content);
        }
      }
    }
    String markupAuthor = null;
    String markupDate = null;
    for (Element e : doc.select(MARKUP)) {
      if (markupAuthor == null && !e.hasAttr("datetime") && !e.normalName().equals("meta")
          && !e.attr("itemprop").equalsIgnoreCase("datePublished") && !e.hasClass("published")) {
        String t = e.text().strip();
        markupAuthor = t.isEmpty() || t.length() > 80 ? null : t;
      }
      if (markupDate == null) {
        String v = e.hasAttr("datetime") ? e.attr("datetime") : e.normalName().equals("abbr") ? e.attr("title")
            : e.attr("itemprop").equalsIgnoreCase("datePublished") ? e.attr("content") : "";
        markupDate = v.isBlank() ? null : v.strip();
      }
    }
    String title = first(metas.get("property:og:title"), ldHeadline, metas.get("name:twitter:title"),
        metas.get("property:twitter:title"), doc.title().isBlank() ? null : doc.title());
    String author = first(metas.get("name:author"), ldAuthor, metas.get("property:article:author"), markupAuthor);
    if (author != null && author.startsWith("http")) {
      author = null;
    }
    String published = first(metas.get("property:article:published_time"), ldDate,
        metas.get("name:article:published_time"), metas.get("itemprop:datepublished"), metas.get("name:pubdate"),
        metas.get("name:publishdate"), metas.get("name:date"), metas.get("name:dc.date.issued"),
        metas.get("name:dcterms.date"), metas.get("property:og:published_time"), markupDate);
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank()) {
      lang = metas.get("http-equiv:content-language");
    }
    String language = lang == null || lang.length() < 2 ? null : lang.substring(0, 2).toLowerCase(Locale.ROOT);
    return new PageMeta(title, author, published, language);
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
