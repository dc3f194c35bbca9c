package dev.importhealth.rules.internal.ssot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The role a class name claims once the words that only tell versions apart are removed:
 * {@code UnifiedWebSocketManager}, {@code LegacyWebSocketManager} and {@code WebSocketManagerV2}
 * all claim {@code WebSocketManager}. Words are camel-case words; a name is never stripped to
 * nothing, and a stem of one short generic word says too little to compare.
 */
public final class NameStems {

  private static final Set<String> PREFIXES = Set.of(
      "Unified", "Legacy", "Modern", "New", "Old", "Default", "Simple", "Base", "Basic", "Standard", "Generic",
      "Improved", "Enhanced", "Better", "Classic", "Original", "Deprecated");
  private static final Set<String> SUFFIXES = Set.of("Impl", "Legacy", "Old", "New", "Unified", "Modern");
  /** Trailing version marks: V2, V3 ... and a bare number. */
  private static final String VERSION = "V?\\d+";
  /**
   * Words after which a number names a platform, not a version of the class: {@code CleanerJava9}
   * and {@code CleanerJava25} are variants chosen at run time, not rivals.
   */
  private static final Set<String> PLATFORMS = Set.of("Java", "Jdk", "JDK", "Jre", "Android", "Api", "API", "Level");

  /** A stem and whether it differs from the name it came from. */
  public record Stem(String stem, boolean stripped) {}

  private NameStems() {}

  public static Stem of(String simpleName) {
    List<String> words = words(simpleName);
    int first = 0;
    int last = words.size();
    boolean changed = true;
    while (changed && last - first > 1) {
      changed = false;
      if (PREFIXES.contains(words.get(first)) && Character.isUpperCase(words.get(first + 1).charAt(0))) {
        first++;
        changed = true;
      } else if (SUFFIXES.contains(words.get(last - 1))
          || words.get(last - 1).matches(VERSION) && !PLATFORMS.contains(words.get(last - 2))) {
        last--;
        changed = true;
      }
    }
    String stem = String.join("", words.subList(first, last));
    return new Stem(stem, first > 0 || last < words.size());
  }

  /** Whether the stem names a role specific enough to compare classes by: two words at least. */
  public static boolean isSpecific(String stem) {
    return words(stem).size() >= 2;
  }

  /** {@code WebSocketManagerV2} → {@code Web, Socket, Manager, V2}; {@code HTTPClient} → {@code HTTP, Client}. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= name.length(); i++) {
      boolean boundary = i == name.length()
          || Character.isUpperCase(name.charAt(i)) && !Character.isUpperCase(name.charAt(i - 1))
              && !(name.charAt(i - 1) == 'V' && i - 1 == start)
          || Character.isUpperCase(name.charAt(i)) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
              && Character.isUpperCase(name.charAt(i - 1))
          || Character.isDigit(name.charAt(i)) && !Character.isDigit(name.charAt(i - 1)) && name.charAt(i - 1) != 'V';
      if (boundary) {
        words.add(name.substring(start, i));
        start = i;
      }
    }
    return words;
  }
}
