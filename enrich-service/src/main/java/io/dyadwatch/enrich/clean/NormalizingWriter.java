package io.dyadwatch.enrich.clean;

import java.text.Normalizer;
import org.jsoup.nodes.Entities;

/**
 * Writes one block of clean text from pieces of the raw body, normalising as it goes and keeping
 * the way back to the raw offsets:
 *
 * <ul>
 *   <li>character references ({@code &amp;rsquo;}, {@code &amp;#8217;}) are decoded;
 *   <li>Unicode NFC, per base character and its combining marks;
 *   <li>typographic quotes become {@code '} and {@code "}, dashes and the minus sign {@code -}, the
 *       ellipsis {@code ...}, so that evidence stays plain and searchable;
 *   <li>every kind of space (no-break, thin, ideographic, tab, line break) counts as white space,
 *       and each run of white space becomes one space; leading and trailing space is dropped;
 *   <li>invisible characters are dropped: soft hyphen, zero-width space and joiners, word joiner,
 *       byte-order mark, bidirectional controls, and stray control characters;
 *   <li>a replacement character U+FFFD standing for a lost apostrophe ({@code Korea\uFFFDs},
 *       {@code didn\uFFFDt}: Windows-1252 text read as UTF-8) becomes {@code '}; others stay, so the
 *       loss remains visible.
 * </ul>
 *
 * Not thread-safe: one writer per block.
 */
final class NormalizingWriter {
  private final MappedText.Builder out;
  private int spaceStart = -1;
  private int spaceEnd = -1;
  private boolean pendingSpace;
  private final StringBuilder cluster = new StringBuilder(4);
  private int clusterStart = -1;
  private int clusterEnd = -1;
  private boolean sawReplacement;

  NormalizingWriter(int capacity) {
    out = new MappedText.Builder(capacity);
  }



  /**
   * Writes raw[from, to).
   *
   * @param decodeEntities decode character references (HTML text, and plain text that carries
   *     them)
   */
  void appendRaw(String raw, int from, int to, boolean decodeEntities) {
    int i = from;
    while (i < to) {
      char c = raw.charAt(i);
      if (c < 0x7F && c != '&' && c > ' ' && (i + 1 >= to || raw.charAt(i + 1) < 0x300)) {
        flushClusterIfOpen();
        emitPendingSpace();
        out.append(c, i, i + 1);
        i++;
        continue;
      }
      if (c == '&' && decodeEntities) {
        int end = entityEnd(raw, i, to);
        if (end > 0) {
          String decoded = decodeEntity(raw, i, end);
          if (decoded != null) {
            for (int k = 0; k < decoded.length(); ) {
              int cp = decoded.codePointAt(k);
              codePoint(cp, i, end);
              k += Character.charCount(cp);
            }
            i = end;
            continue;
          }
        }
      }
      int cp = raw.codePointAt(i);
      int len = Character.charCount(cp);
      if (len == 2 && i + 1 >= to) {
        len = 1;
        cp = c;
      }
      codePoint(cp, i, i + len);
      i += len;
    }
  }

  /** Writes text that has no place in the raw body. */
  void appendUnmapped(String s) {
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      codePoint(cp, -1, -1);
      k += Character.charCount(cp);
    }
  }


  MappedText finish() {
    flushClusterIfOpen();
    pendingSpace = false;
    if (sawReplacement) {
      repairApostrophes();
    }
    return out.build();
  }


  private void codePoint(int cp, int rawStart, int rawEnd) {
    if (isSpace(cp)) {
      flushClusterIfOpen();
      if (!pendingSpace) {
        pendingSpace = true;
        spaceStart = rawStart;
        spaceEnd = rawEnd;
      } else if (rawStart >= 0 && spaceStart >= 0 && spaceEnd == rawStart) {
        spaceEnd = rawEnd;
      } else if (rawStart >= 0 && spaceStart < 0) {
        spaceStart = rawStart;
        spaceEnd = rawEnd;
      }
      return;
    }
    if (isInvisible(cp)) {
      return;
    }
    if (cp == 0xFFFD) {
      sawReplacement = true;
    }
    if (cluster.length() > 0 && isCombining(cp)) {
      cluster.appendCodePoint(cp);
      if (rawStart >= 0) {
        clusterEnd = rawEnd;
      }
      return;
    }
    flushClusterIfOpen();
    emitPendingSpace();
    cluster.appendCodePoint(cp);
    clusterStart = rawStart;
    clusterEnd = rawEnd;
  }

  private void emitPendingSpace() {
    if (pendingSpace) {
      pendingSpace = false;
      if (out.length() > 0) {
        out.append(' ', spaceStart, spaceEnd);
      }
    }
  }

  private void flushClusterIfOpen() {
    if (cluster.length() == 0) {
      return;
    }
    emitPendingSpace();
    String s;
    if (cluster.length() == 1 && cluster.charAt(0) < 0x300) {
      char c = cluster.charAt(0);
      String mapped = mapCharacter(c);
      if (mapped == null) {
        out.append(c, clusterStart, clusterEnd);
      } else {
        out.append(mapped, clusterStart, clusterEnd);
      }
      cluster.setLength(0);
      return;
    }
    s = cluster.toString();
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    StringBuilder mapped = new StringBuilder(s.length() + 2);
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      String m = mapCharacter(c);
      if (m == null) {
        mapped.append(c);
      } else {
        mapped.append(m);
      }
    }
    out.append(mapped, clusterStart, clusterEnd);
    cluster.setLength(0);
  }

  private void repairApostrophes() {
    int n = out.length();
    for (int i = 1; i < n; i++) {
      if (out.charAt(i) != '\uFFFD' || !Character.isLetter(out.charAt(i - 1))) {
        continue;
      }
      int j = i + 1;
      while (j < n && j - i <= 3 && Character.isLetter(out.charAt(j))) {
        j++;
      }
      String tail = lowerTail(i + 1, j);
      boolean wordEnds = j >= n || !Character.isLetterOrDigit(out.charAt(j));
      if (wordEnds && (tail.equals("s") || tail.equals("t") || tail.equals("d") || tail.equals("m")
          || tail.equals("ll") || tail.equals("re") || tail.equals("ve"))) {
        out.setCharAt(i, '\'');
      }
    }
  }

  private String lowerTail(int from, int to) {
    StringBuilder s = new StringBuilder(to - from);
    for (int k = from; k < to; k++) {
      s.append(Character.toLowerCase(out.charAt(k)));
    }
    return s.toString();
  }

  /** The normalised form of one character, or null when it stays as it is. */
  static String mapCharacter(char c) {
    if (c < 0xAB) {
      return null;
    }
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u2039': case '\u203A':
        return "'";
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB': case '\u00BB':
        return "\"";
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
      case '\uFE58': case '\uFE63': case '\uFF0D':
        return "-";
      case '\u2026':
        return "...";
      default:
        return null;
    }
  }

  static boolean isSpace(int cp) {
    if (cp <= ' ') {
      return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x0B;
    }
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
        || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
  }

  static boolean isInvisible(int cp) {
    if (cp < 0x20) {
      return true;
    }
    if (cp < 0xA0) {
      return cp >= 0x7F;
    }
    return cp == 0xAD || cp == 0x180E || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF
        || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF;
  }

  private static boolean isCombining(int cp) {
    if (cp < 0x300) {
      return false;
    }
    if (cp >= 0x1160 && cp <= 0x11FF) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** End (exclusive) of a character reference starting at {@code at}, or -1. */
  private static int entityEnd(String raw, int at, int limit) {
    int i = at + 1;
    if (i >= limit) {
      return -1;
    }
    if (raw.charAt(i) == '#') {
      i++;
      boolean hex = i < limit && (raw.charAt(i) == 'x' || raw.charAt(i) == 'X');
      if (hex) {
        i++;
      }
      int digits = i;
      while (i < limit && i - digits < 8 && (hex ? isHex(raw.charAt(i)) : Character.isDigit(raw.charAt(i)))) {
        i++;
      }
      if (i == digits) {
        return -1;
      }
      return i < limit && raw.charAt(i) == ';' ? i + 1 : i;
    }
    int nameStart = i;
    while (i < limit && i - nameStart < 32 && isAsciiLetterOrDigit(raw.charAt(i))) {
      i++;
    }
    if (i == nameStart) {
      return -1;
    }
    if (i < limit && raw.charAt(i) == ';') {
      return i + 1;
    }
    return i;
  }

  private static String decodeEntity(String raw, int at, int end) {
    if (raw.charAt(at + 1) == '#') {
      boolean hex = raw.charAt(at + 2) == 'x' || raw.charAt(at + 2) == 'X';
      int digitsEnd = raw.charAt(end - 1) == ';' ? end - 1 : end;
      int cp;
      try {
        cp = Integer.parseInt(raw.substring(at + (hex ? 3 : 2), digitsEnd), hex ? 16 : 10);
      } catch (NumberFormatException e) {
        return null;
      }
      return new String(Character.toChars(numericReference(cp)));
    }
    boolean terminated = raw.charAt(end - 1) == ';';
    String name = raw.substring(at + 1, terminated ? end - 1 : end);
    if (!terminated && !LEGACY_UNTERMINATED.contains(name)) {
      return null;
    }
    if (!Entities.isNamedEntity(name)) {
      return null;
    }
    String value = Entities.getByName(name);
    return value.isEmpty() ? null : value;
  }

  private static final java.util.Set<String> LEGACY_UNTERMINATED =
      java.util.Set.of("amp", "lt", "gt", "quot", "nbsp", "copy", "reg");

  /** HTML's rule for numeric references: C1 codes mean their Windows-1252 characters. */
  private static int numericReference(int cp) {
    if (cp >= 0x80 && cp <= 0x9F) {
      int mapped = WINDOWS_1252[cp - 0x80];
      return mapped == 0 ? 0xFFFD : mapped;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return 0xFFFD;
    }
    return cp;
  }

  private static final int[] WINDOWS_1252 = {
      0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
      0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
      0x0153, 0, 0x017E, 0x0178};

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
