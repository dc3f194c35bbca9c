package dev.importhealth.core.internal.config;

import java.util.regex.Pattern;

/**
 * One glob from {@code sources:} or {@code exclude:}, matched against a path relative to the
 * project root with '/' separators.
 *
 * <p>The syntax is that of {@link java.nio.file.FileSystem#getPathMatcher "glob:"}: {@code *} and
 * {@code ?} stay within one path segment, {@code **} crosses segments, {@code [abc]}, {@code [!a-z]}
 * and {@code {a,b}} as usual, {@code \} escapes. Matching is done on the '/'-separated string, so it
 * behaves the same on every platform. Two conveniences on top (see {@link #matchesPathOrAncestor}):
 * {@code **}{@code /} also matches zero directories (so {@code **}{@code /*.java} matches {@code
 * A.java} at the root, and {@code a/**}{@code /b} matches {@code a/b}), and a leading {@code ./}
 * or trailing {@code /} is ignored.
 */
public final class GlobMatcher {

  private static final String REGEX_META = "\\^$.|?*+()[]{}";

  private final String glob;
  private final Pattern pattern;

  private GlobMatcher(String glob, Pattern pattern) {
    this.glob = glob;
    this.pattern = pattern;
  }

  /**
   * @throws IllegalArgumentException when the glob is malformed (unclosed {@code [} or {@code {},
   *     nested groups, a trailing {@code \}, a '/' inside a class)
   */
  public static GlobMatcher compile(String glob) {
    String g = glob.trim();
    while (g.startsWith("./")) {
      g = g.substring(2);
    }
    while (g.length() > 1 && g.endsWith("/")) {
      g = g.substring(0, g.length() - 1);
    }
    return new GlobMatcher(glob, Pattern.compile(toRegex(g)));
  }

  public String glob() {
    return glob;
  }

  /** Whether the whole relative path matches. */
  public boolean matches(String relativePath) {
    return pattern.matcher(relativePath).matches();
  }

  /**
   * Whether the path or one of its ancestor directories matches, so that a glob naming a
   * directory ({@code src/legacy}, {@code generated}) covers everything below it.
   */
  public boolean matchesPathOrAncestor(String relativePath) {
    String p = relativePath;
    while (true) {
      if (matches(p)) {
        return true;
      }
      int slash = p.lastIndexOf('/');
      if (slash <= 0) {
        return false;
      }
      p = p.substring(0, slash);
    }
  }

  @Override
  public String toString() {
    return glob;
  }

  static String toRegex(String glob) {
    StringBuilder sb = new StringBuilder();
    boolean inGroup = false;
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i++);
      switch (c) {
        case '\\' -> {
          if (i == glob.length()) {
            throw new IllegalArgumentException("'\\' at the end of the glob escapes nothing");
          }
          appendLiteral(sb, glob.charAt(i++));
        }
        case '*' -> {
          if (i < glob.length() && glob.charAt(i) == '*') {
            i++;
            if (i < glob.length() && glob.charAt(i) == '/') {
              i++;
              sb.append("(?:.*/)?");
            } else {
              sb.append(".*");
            }
          } else {
            sb.append("[^/]*");
          }
        }
        case '?' -> sb.append("[^/]");
        case '[' -> i = appendClass(glob, i, sb);
        case '{' -> {
          if (inGroup) {
            throw new IllegalArgumentException("groups '{...}' cannot be nested");
          }
          sb.append("(?:");
          inGroup = true;
        }
        case '}' -> {
          if (inGroup) {
            sb.append(')');
            inGroup = false;
          } else {
            appendLiteral(sb, c);
          }
        }
        case ',' -> sb.append(inGroup ? "|" : ",");
        default -> appendLiteral(sb, c);
      }
    }
    if (inGroup) {
      throw new IllegalArgumentException("missing '}'");
    }
    return sb.toString();
  }

  /** Appends a character class starting after its '['; returns the index after its ']'. */
  private static int appendClass(String glob, int start, StringBuilder sb) {
    int i = start;
    boolean negated = i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^');
    if (negated) {
      i++;
    }
    StringBuilder cls = new StringBuilder();
    boolean first = true;
    while (i < glob.length()) {
      char c = glob.charAt(i++);
      if (c == ']' && !first) {
        sb.append(negated ? "[^/" : "[").append(cls).append(']');
        return i;
      }
      if (c == '/') {
        throw new IllegalArgumentException("'/' cannot appear in a character class");
      }
      if (c == '\\' || c == '[' || c == '&' || c == '^' || (c == ']')) {
        cls.append('\\');
      }
      cls.append(c);
      first = false;
    }
    throw new IllegalArgumentException("missing ']'");
  }

  private static void appendLiteral(StringBuilder sb, char c) {
    if (REGEX_META.indexOf(c) >= 0) {
      sb.append('\\');
    }
    sb.append(c);
  }
}
