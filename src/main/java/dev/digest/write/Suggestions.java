package dev.digest.write;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * "Did you mean" for mistyped names: the closest real name, and nothing when nothing is close.
 *
 * <p>Names are compared without their leading dashes and case ({@code --Format} is {@code
 * --format}). A candidate is close when it is within a small edit distance for its length (none
 * for names of one or two letters: {@code -q} is not a typo of {@code -h}), or when one name holds
 * the other whole ({@code --output-format} ends with {@code format}; {@code --out} starts {@code
 * --output}). Aliases count as spellings: each spelling maps to the name suggested for it.
 */
public final class Suggestions {
  private Suggestions() {}

  /** {@code " (did you mean 'json'?)"}, or {@code ""} when nothing is close. */
  public static String didYouMean(String typed, Collection<String> candidates) {
    Map<String, String> spellings = new LinkedHashMap<>();
    for (String c : candidates) {
      spellings.put(c, c);
    }
    return didYouMean(typed, spellings);
  }

  /**
   * As {@link #didYouMean(String, Collection)}, where {@code spellings} maps every accepted
   * spelling (names and aliases) to the name to suggest for it.
   */
  public static String didYouMean(String typed, Map<String, String> spellings) {
    String best = closest(typed, spellings);
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  /** The name to suggest for {@code typed}, or null when nothing is close. */
  public static String closest(String typed, Map<String, String> spellings) {
    String word = core(typed);
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Map.Entry<String, String> e : spellings.entrySet()) {
      int score = score(word, core(e.getKey()));
      if (score < bestScore) {
        best = e.getValue();
        bestScore = score;
      }
    }
    return bestScore == Integer.MAX_VALUE ? null : best;
  }

  /** Lower is closer; {@link Integer#MAX_VALUE} means not close at all. */
  private static int score(String typed, String candidate) {
    if (typed.isEmpty() || candidate.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    int d = distance(typed, candidate);
    if (d <= tolerance(Math.min(typed.length(), candidate.length()))) {
      return d * 4;
    }
    // One name holding the other whole: a longer spelling of an option, or an abbreviation.
    if (candidate.length() >= 4 && typed.endsWith(candidate)) {
      return 5;
    }
    if (typed.length() >= 3 && candidate.startsWith(typed)) {
      return 6;
    }
    if (candidate.length() >= 4 && typed.startsWith(candidate)) {
      return 7;
    }
    return Integer.MAX_VALUE;
  }

  /** Edits allowed for a name of {@code length} letters: a typo in a short name changes too much. */
  private static int tolerance(int length) {
    if (length <= 2) {
      return 0;
    }
    if (length <= 5) {
      return 1;
    }
    return length <= 9 ? 2 : 3;
  }

  private static String core(String name) {
    int i = 0;
    while (i < name.length() && name.charAt(i) == '-') {
      i++;
    }
    return name.substring(i).toLowerCase(Locale.ROOT);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
