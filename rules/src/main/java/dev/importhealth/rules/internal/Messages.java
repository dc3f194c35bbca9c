package dev.importhealth.rules.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Shared wording, so every rule phrases suggestions the same way. */
public final class Messages {

  private Messages() {}

  /** {@code " Did you mean 'a' or 'b'?"}, or nothing when there is no good candidate. */
  public static String didYouMean(List<String> suggestions) {
    if (suggestions.isEmpty()) {
      return "";
    }
    String quoted = suggestions.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
    int last = quoted.lastIndexOf(", ");
    if (last >= 0) {
      quoted = quoted.substring(0, last) + " or " + quoted.substring(last + 2);
    }
    return " Did you mean " + quoted + "?";
  }

  /** A sentence: the problem, capitalised, with a final period, then the suggestion. */
  public static String sentence(String lead, String problem, List<String> suggestions) {
    return lead + ": " + problem + "." + didYouMean(suggestions);
  }
}
