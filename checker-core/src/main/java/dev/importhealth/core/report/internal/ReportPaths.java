package dev.importhealth.core.report.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** How reports spell file paths. */
public final class ReportPaths {

  private ReportPaths() {}

  /**
   * {@code file} relative to {@code base}, with {@code '/'} separators, or empty when {@code file}
   * is not below {@code base}.
   */
  public static Optional<String> relative(Path base, Path file) {
    Path root = normalise(base);
    Path target = normalise(file);
    if (!target.startsWith(root) || target.equals(root)) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    for (Path part : root.relativize(target)) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part);
    }
    return Optional.of(sb.toString());
  }

  /** {@code file} relative to {@code base} with {@code '/'}, else absolute with {@code '/'}. */
  public static String relativeOrAbsolute(Path base, Path file) {
    return relative(base, file)
        .orElseGet(() -> normalise(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
  }

  /**
   * The relative URI reference of {@code file} below {@code base} (RFC 3986: each segment
   * percent-encoded as UTF-8 except for unreserved characters and a few safe sub-delimiters), or
   * empty when {@code file} is not below {@code base}.
   */
  public static Optional<String> relativeUri(Path base, Path file) {
    return relative(base, file).map(ReportPaths::encodePath);
  }

  /** A {@code file:} URI for a directory, always ending with {@code '/'}. */
  public static String directoryUri(Path directory) {
    String uri = normalise(directory).toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /** A {@code file:} URI for a file, for files outside the repository. */
  public static String fileUri(Path file) {
    return normalise(file).toUri().toString();
  }

  static String encodePath(String path) {
    StringBuilder sb = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isKept(c)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  /**
   * Unreserved characters, the path separator and sub-delimiters that no consumer misreads. A
   * colon is encoded because it would make the first segment look like a scheme, and a plus
   * because form decoders turn it into a space.
   */
  private static boolean isKept(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~/!$&'()*,;=@".indexOf(c) >= 0;
  }

  private static Path normalise(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
