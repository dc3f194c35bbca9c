package dev.importhealth.core.engine;

import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Notice;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one check run found, ready for a reporter.
 *
 * @param rules every rule that ran, with the severity the configuration gives it
 * @param findings sorted with {@link Finding#ORDER}
 * @param timings milliseconds per phase (parse, index, resolve, report), in phase order, then
 *     {@code rule IHnnn}: the time spent inside each rule, summed over threads
 * @param checksums of each reported file's text as the analysis read it, so that whoever edits
 *     the files afterwards ({@code import-health fix}) can tell a file that changed meanwhile
 * @param suppressed how many findings suppressions in the code removed (not in {@code findings}),
 *     so that a report can say that a clean run is clean partly by choice
 */
public record AnalysisResult(
    Path projectRoot,
    List<RuleDescriptor> rules,
    Map<String, Severity> configuredSeverities,
    List<Finding> findings,
    List<Notice> notices,
    int filesAnalysed,
    Map<String, Long> timings,
    Map<Path, Long> checksums,
    int suppressed) {

  public AnalysisResult(Path projectRoot, List<RuleDescriptor> rules, Map<String, Severity> configuredSeverities,
      List<Finding> findings, List<Notice> notices, int filesAnalysed, Map<String, Long> timings) {
    this(projectRoot, rules, configuredSeverities, findings, notices, filesAnalysed, timings, Map.of());
  }

  public AnalysisResult(Path projectRoot, List<RuleDescriptor> rules, Map<String, Severity> configuredSeverities,
      List<Finding> findings, List<Notice> notices, int filesAnalysed, Map<String, Long> timings,
      Map<Path, Long> checksums) {
    this(projectRoot, rules, configuredSeverities, findings, notices, filesAnalysed, timings, checksums, 0);
  }

  public AnalysisResult {
    rules = List.copyOf(rules);
    configuredSeverities = Map.copyOf(configuredSeverities);
    findings = List.copyOf(findings);
    notices = List.copyOf(notices);
    timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    checksums = Map.copyOf(checksums);
    if (suppressed < 0) {
      throw new IllegalArgumentException("suppressed must not be negative: " + suppressed);
    }
  }
}
