package dev.importhealth.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads expected-finding markers from the Java sources of a fixture project, with the grammar of
 * the rule tests' {@code RuleTester}: a line {@code // FINDING: text} expects a finding whose
 * message contains {@code text} on the next line that is not a marker. Consecutive markers
 * expect one finding each on that same line.
 */
final class FindingMarkers {

  private static final Pattern MARKER = Pattern.compile("^\\s*// FINDING: (.*)$");

  private FindingMarkers() {}

  /** Marker texts by {@code path:line}, the path relative to {@code root} with '/' separators. */
  static Map<String, List<String>> read(Path root) {
    Map<String, List<String>> markers = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        markers.putAll(read(path, Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return markers;
  }

  static Map<String, List<String>> read(String path, String text) {
    Map<String, List<String>> markers = new TreeMap<>();
    String[] lines = text.split("\r?\n", -1);
    List<String> pending = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = MARKER.matcher(lines[i]);
      if (matcher.matches()) {
        pending.add(matcher.group(1).trim());
      } else if (!pending.isEmpty()) {
        markers.put(path + ":" + (i + 1), List.copyOf(pending));
        pending.clear();
      }
    }
    return markers;
  }
}
