package dev.importhealth.core.baseline;

import dev.importhealth.core.api.Finding;
import dev.importhealth.core.baseline.Fingerprints.Fingerprinted;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's findings against a baseline.
 *
 * @param newFindings findings not in the baseline: the ones to report, in {@link Finding#ORDER}
 * @param baselined findings the baseline accepts, with their current entries
 * @param fixed entries for reported files that match no finding any more
 * @param outOfScope entries for files this run did not report on (its PATHs excluded them):
 *     neither matched nor fixed
 */
public record BaselineMatch(
    List<Fingerprinted> newFindings, List<Fingerprinted> baselined, List<BaselineEntry> fixed,
    List<BaselineEntry> outOfScope) {

  /**
   * Matches {@code findings} of the project at {@code projectRoot}, reported for {@code
   * reportPaths} (empty: the whole project), against {@code baseline}.
   */
  public static BaselineMatch of(Baseline baseline, List<Finding> findings, Path projectRoot, List<Path> reportPaths) {
    Map<String, BaselineEntry> byFingerprint = new HashMap<>();
    baseline.entries().forEach(e -> byFingerprint.put(e.fingerprint(), e));
    List<Fingerprinted> fresh = new ArrayList<>();
    List<Fingerprinted> accepted = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (Fingerprinted f : Fingerprints.of(findings, projectRoot)) {
      if (byFingerprint.containsKey(f.entry().fingerprint())) {
        accepted.add(f);
        matched.add(f.entry().fingerprint());
      } else {
        fresh.add(f);
      }
    }
    List<BaselineEntry> fixed = new ArrayList<>();
    List<BaselineEntry> outOfScope = new ArrayList<>();
    for (BaselineEntry entry : baseline.entries()) {
      if (!matched.contains(entry.fingerprint())) {
        (inScope(entry, projectRoot, reportPaths) ? fixed : outOfScope).add(entry);
      }
    }
    return new BaselineMatch(List.copyOf(fresh), List.copyOf(accepted), List.copyOf(fixed), List.copyOf(outOfScope));
  }

  /** The findings to report. */
  public List<Finding> findingsToReport() {
    return newFindings.stream().map(Fingerprinted::finding).toList();
  }

  /**
   * The baseline {@code baseline update} writes: the matched entries (with today's line and
   * message), the entries this run did not look at, and only with {@code allowGrowth} the new
   * findings. Fixed entries are gone.
   */
  public Baseline updated(boolean allowGrowth) {
    List<BaselineEntry> entries = new ArrayList<>(outOfScope);
    baselined.forEach(f -> entries.add(f.entry()));
    if (allowGrowth) {
      newFindings.forEach(f -> entries.add(f.entry()));
    }
    return new Baseline(entries);
  }

  private static boolean inScope(BaselineEntry entry, Path projectRoot, List<Path> reportPaths) {
    if (reportPaths.isEmpty()) {
      return true;
    }
    Path file;
    try {
      file = projectRoot.resolve(entry.file()).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
    return reportPaths.stream().anyMatch(p -> file.startsWith(p.toAbsolutePath().normalize()));
  }
}
