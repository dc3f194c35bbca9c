package dev.importhealth.core.semantics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranks candidate names for "did you mean". Renames in real code keep most words and change one
 * ({@code createTestUserWithToken} to {@code createTestUserWithAuth}), which plain edit distance
 * scores poorly, so the score takes the better of shared camel-case words and edit similarity.
 * A poor guess is worse than none: candidates below the threshold are never offered.
 */
public final class NameSimilarity {

  static final double THRESHOLD = 0.6;
  private static final double TIE_MARGIN = 0.1;
  private static final int MAX_SUGGESTIONS = 3;

  private NameSimilarity() {}

  /** The best candidates for {@code wanted}, best first; empty when none is close enough. */
  public static List<String> rank(String wanted, Collection<String> candidates) {
    record Scored(String name, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (String candidate : new LinkedHashSet<>(candidates)) {
      if (candidate.equals(wanted)) {
        continue;
      }
      double score = score(wanted, candidate);
      if (score >= THRESHOLD) {
        scored.add(new Scored(candidate, score));
      }
    }
    if (scored.isEmpty()) {
      return List.of();
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::name));
    double best = scored.get(0).score();
    return scored.stream()
        .filter(s -> s.score() >= best - TIE_MARGIN)
        .limit(MAX_SUGGESTIONS)
        .map(Scored::name)
        .toList();
  }

  static double score(String a, String b) {
    String la = a.toLowerCase(Locale.ROOT);
    String lb = b.toLowerCase(Locale.ROOT);
    if (la.equals(lb)) {
      return 0.95;
    }
    int distance = levenshtein(la, lb);
    if (Math.min(la.length(), lb.length()) <= 3) {
      // short names share too few letters for a ratio to mean anything
      return distance <= 1 ? 0.7 : 0;
    }
    double edit = 1.0 - (double) distance / Math.max(la.length(), lb.length());
    Set<String> ta = words(a);
    Set<String> tb = words(b);
    Set<String> union = new LinkedHashSet<>(ta);
    union.addAll(tb);
    long shared = ta.stream().filter(tb::contains).count();
    double words = union.isEmpty() ? 0 : (double) shared / union.size();
    return Math.max(edit, words);
  }

  /** Lower-case words of a camelCase, PascalCase, snake_case or CONSTANT_CASE name. */
  static Set<String> words(String name) {
    Set<String> words = new LinkedHashSet<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary = c == '_' || c == '$'
          || (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
              || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)))))
          || (Character.isDigit(c) && i > 0 && !Character.isDigit(name.charAt(i - 1)));
      if (boundary && word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
      if (c != '_' && c != '$') {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
