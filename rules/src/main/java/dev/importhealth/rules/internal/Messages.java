package dev.importhealth.rules.internal;

import java.util.List;

/** Shared wording, so every rule phrases suggestions the same way. */
public final class Messages {

  private Messages() {}

  /** {@code " Did you mean 'a' or 'b'?"}, or nothing when there is no good candidate. */
  public static String didYouMean(List<String> suggestions) {
    if (suggestions.isEmpty()) {
      return "";
    }
    List<String> quoted = suggestions.stream().map(s -> "'" + s + "'").toList();
    String choices = quoted.size() == 1 ? quoted.get(0)
        : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    return " Did you mean " + choices + "?";
  }

  /** A sentence: the problem, capitalised, with a final period, then the suggestion. */
  public static String sentence(String lead, String problem, List<String> suggestions) {
    return lead + ": " + problem + "." + didYouMean(suggestions);
  }
}
