package dev.importhealth.cli;

import dev.importhealth.core.api.Notice;
import dev.importhealth.core.baseline.Baseline;
import dev.importhealth.core.baseline.BaselineEntry;
import dev.importhealth.core.baseline.BaselineMatch;
import dev.importhealth.core.engine.AnalysisNotices;
import dev.importhealth.core.engine.AnalysisResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@code check --baseline}: the result without the accepted findings, plus a note on fixed entries. */
final class BaselineFilter {

  private BaselineFilter() {}

  static AnalysisResult apply(AnalysisResult result, Baseline baseline, Path file, List<Path> reportPaths,
      boolean quiet) {
    BaselineMatch match = BaselineMatch.of(baseline, result.findings(), result.projectRoot(), reportPaths);
    List<Notice> notices = new ArrayList<>(result.notices());
    if (!match.fixed().isEmpty()) {
      notices.add(new Notice(AnalysisNotices.BASELINE_ENTRY_FIXED.id(), fixedMessage(match.fixed(), file),
          Optional.empty()));
    }
    if (!quiet && !match.baselined().isEmpty()) {
      System.err.println("import-health: " + match.baselined().size() + " findings accepted by the baseline " + file
          + " are not reported");
    }
    return new AnalysisResult(result.projectRoot(), result.rules(), result.configuredSeverities(),
        match.findingsToReport(), notices, result.filesAnalysed(), result.timings(), result.checksums());
  }

  static String fixedMessage(List<BaselineEntry> fixed, Path file) {
    Map<String, Long> byRule = new TreeMap<>(fixed.stream()
        .collect(Collectors.groupingBy(BaselineEntry::rule, Collectors.counting())));
    String rules = byRule.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
        .collect(Collectors.joining(", "));
    return (fixed.size() == 1 ? "1 baselined finding is" : fixed.size() + " baselined findings are")
        + " fixed (" + rules + "). Run 'import-health baseline update --baseline " + file
        + "' to remove " + (fixed.size() == 1 ? "its entry" : "their entries") + ".";
  }
}
