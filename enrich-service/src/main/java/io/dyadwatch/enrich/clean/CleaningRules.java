package io.dyadwatch.enrich.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cleaner's data: debris phrasings, appeal vocabulary, function words, dates. Immutable; load once. */
final class CleaningRules {
  /**
   * A debris phrasing. An anchored one ("^...") is tried at the start of the line only; an
   * unanchored one is tried only on lines that contain its longest required word (its gate).
   */
  record Phrase(String reason, int maxWords, Pattern pattern, boolean anchored, String gate) {
    boolean foundIn(String line) {
      if (gate != null && !line.contains(gate)) {
        return false;
      }
      Matcher m = pattern.matcher(line);
      return anchored ? m.lookingAt() : m.find();
    }
  }

  /**
   * The anchored phrasings with the same word limit, as one alternation tried once at the start of
   * the line; {@code indices} are their places in the file, {@code names} their groups.
   */
  private record AnchoredGroup(int maxWords, Pattern pattern, int[] indices, String[] names) {}

  final List<Phrase> phrases;
  private final List<AnchoredGroup> anchoredGroups;
  final Set<String> functionWords;
  private final List<String> appealWords;
  final NoiseClasses noiseClasses;
  final DateFinder dates;

  private CleaningRules(List<Phrase> phrases, Set<String> functionWords, List<String> appealWords,
      NoiseClasses noiseClasses, DateFinder dates) {
    this.phrases = phrases;
    this.anchoredGroups = anchoredGroups(phrases);
    this.functionWords = functionWords;
    this.appealWords = appealWords;
    this.noiseClasses = noiseClasses;
    this.dates = dates;
  }

  static CleaningRules load() {
    List<Phrase> phrases = new ArrayList<>();
    for (String line : Resources.lines("clean/debris-phrases.tsv")) {
      String[] parts = line.split("\t");
      if (parts.length != 3) {
        throw new IllegalStateException("clean/debris-phrases.tsv: expected reason, words, pattern in " + line);
      }
      phrases.add(phrase(parts[0], Integer.parseInt(parts[1]), parts[2]));
    }
    Set<String> functionWords = new HashSet<>(Resources.lines("clean/function-words.txt"));
    List<String> appeal = Resources.lines("clean/appeal-words.txt");
    return new CleaningRules(List.copyOf(phrases), Set.copyOf(functionWords), List.copyOf(appeal),
        NoiseClasses.load(), DateFinder.load());
  }

  /** The reason of the first debris phrasing the line carries, or null. Patterns see the line in lower case. */
  String debris(Features f) {
    String lower = f.text.toLowerCase(Locale.ROOT);
    int first = phrases.size();
    for (AnchoredGroup g : anchoredGroups) {
      if (f.words > g.maxWords()) {
        continue;
      }
      Matcher m = g.pattern().matcher(lower);
      if (m.lookingAt()) {
        for (int k = 0; k < g.indices().length; k++) {
          if (m.start(g.names()[k]) >= 0) {
            first = Math.min(first, g.indices()[k]);
            break;
          }
        }
      }
    }
    for (int i = 0; i < first; i++) {
      Phrase p = phrases.get(i);
      if (!p.anchored() && f.words <= p.maxWords() && p.foundIn(lower)) {
        first = i;
        break;
      }
    }
    return first < phrases.size() ? phrases.get(first).reason() : null;
  }

  private static List<AnchoredGroup> anchoredGroups(List<Phrase> phrases) {
    java.util.TreeMap<Integer, List<Integer>> byLimit = new java.util.TreeMap<>();
    for (int i = 0; i < phrases.size(); i++) {
      if (phrases.get(i).anchored()) {
        byLimit.computeIfAbsent(phrases.get(i).maxWords(), k -> new ArrayList<>()).add(i);
      }
    }
    List<AnchoredGroup> groups = new ArrayList<>();
    byLimit.forEach((limit, indices) -> {
      StringBuilder regex = new StringBuilder();
      String[] names = new String[indices.size()];
      for (int k = 0; k < indices.size(); k++) {
        names[k] = "r" + k;
        regex.append(k == 0 ? "" : "|").append("(?<").append(names[k]).append('>')
            .append(phrases.get(indices.get(k)).pattern().pattern()).append(')');
      }
      groups.add(new AnchoredGroup(limit, Pattern.compile(regex.toString()),
          indices.stream().mapToInt(Integer::intValue).toArray(), names));
    });
    return List.copyOf(groups);
  }

  private static Phrase phrase(String reason, int maxWords, String regex) {
    if (!regex.startsWith("^")) {
      return new Phrase(reason, maxWords, Pattern.compile(regex), false, requiredWord(regex));
    }
    int depth = 0;
    for (int i = 1; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i++;
        while (i < regex.length() && regex.charAt(i) != ']') {
          i += regex.charAt(i) == '\\' ? 2 : 1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        throw new IllegalStateException("clean/debris-phrases.tsv: put the alternatives of an anchored pattern in a"
            + " group: " + regex);
      }
    }
    return new Phrase(reason, maxWords, Pattern.compile(regex.substring(1)), true, null);
  }

  /**
   * The longest run of four or more literal letters that every match must contain: outside groups
   * and character classes, not made optional by a following quantifier; null when there is none or
   * the pattern has alternatives at its top level.
   */
  static String requiredWord(String regex) {
    String best = null;
    StringBuilder run = new StringBuilder();
    int depth = 0;
    for (int i = 0; i <= regex.length(); i++) {
      char c = i < regex.length() ? regex.charAt(i) : '\0';
      boolean letter = depth == 0 && ((c >= 'a' && c <= 'z') || c == '\'' || c == '-');
      if (letter) {
        run.append(c);
        continue;
      }
      if (run.length() > 0) {
        if (c == '?' || c == '*' || c == '{') {
          run.setLength(run.length() - 1);
        }
        if (run.length() >= 4 && (best == null || run.length() > best.length())) {
          best = run.toString();
        }
        run.setLength(0);
      }
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        while (i + 1 < regex.length() && regex.charAt(i + 1) != ']') {
          i += regex.charAt(i + 1) == '\\' ? 2 : 1;
        }
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return null;
      }
    }
    return best;
  }

  /** How many words of a publisher's appeal the text has. */
  int appealWords(String text) {
    int count = 0;
    for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (token.isEmpty()) {
        continue;
      }
      for (String w : appealWords) {
        if (w.endsWith("*") ? token.startsWith(w.substring(0, w.length() - 1)) : token.equals(w)) {
          count++;
          break;
        }
      }
    }
    return count;
  }
}
