package dev.importhealth.core.baseline;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.report.internal.ReportPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Baseline fingerprints that survive lines moving: a hash of the rule id, the file relative to
 * the project root, the flagged code (the finding's lines and its region, all whitespace
 * removed) and the occurrence index among findings with the same rule, file and code in file
 * order. No line number and no message go in, so code moving down, edits elsewhere in the file
 * and reworded messages keep a finding baselined; editing the flagged code itself does not.
 */
public final class Fingerprints {

  private Fingerprints() {}

  /** One entry per finding, in {@link Finding#ORDER}. */
  public static List<Fingerprinted> of(List<Finding> findings, Path projectRoot) {
    List<Finding> sorted = findings.stream().sorted(Finding.ORDER).toList();
    Map<Path, Optional<List<String>>> files = new HashMap<>();
    Map<String, Integer> occurrences = new HashMap<>();
    List<Fingerprinted> result = new ArrayList<>(sorted.size());
    for (Finding finding : sorted) {
      String file;
      String code;
      int line = 0;
      if (finding.location() instanceof FileRegion region) {
        file = ReportPaths.relativeOrAbsolute(projectRoot, region.file());
        code = files.computeIfAbsent(region.file(), Fingerprints::lines).map(lines -> code(lines, region)).orElse("");
        line = region.startLine();
      } else {
        file = finding.location().describe();
        code = "";
      }
      String key = finding.ruleId() + "\n" + file + "\n" + code;
      int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
      String fingerprint = sha256(key + "\n" + occurrence);
      result.add(new Fingerprinted(finding,
          new BaselineEntry(finding.ruleId(), file, fingerprint, line, finding.message())));
    }
    return result;
  }

  /** A finding with its baseline entry. */
  public record Fingerprinted(Finding finding, BaselineEntry entry) {}

  /** The region's whole lines, then the region itself, without whitespace. */
  static String code(List<String> lines, FileRegion region) {
    StringBuilder whole = new StringBuilder();
    StringBuilder flagged = new StringBuilder();
    for (int n = region.startLine(); n <= region.endLine() && n <= lines.size(); n++) {
      String text = lines.get(n - 1);
      whole.append(text).append('\n');
      int from = n == region.startLine() ? Math.min(region.startColumn() - 1, text.length()) : 0;
      int to = n == region.endLine() ? Math.min(Math.max(region.endColumn() - 1, from), text.length()) : text.length();
      flagged.append(text, from, to).append('\n');
    }
    return withoutWhitespace(whole) + "\n" + withoutWhitespace(flagged);
  }

  private static String withoutWhitespace(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static Optional<List<String>> lines(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return Optional.of(List.of(text.split("\r\n|\r|\n", -1)));
    } catch (IOException | SecurityException e) {
      // the finding still gets a fingerprint, from rule, file and occurrence alone
      return Optional.empty();
    }
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
