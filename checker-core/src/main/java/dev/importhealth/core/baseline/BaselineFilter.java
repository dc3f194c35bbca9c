package dev.importhealth.core.baseline;

import dev.importhealth.core.api.Notice;
import dev.importhealth.core.engine.AnalysisNotices;
import dev.importhealth.core.engine.AnalysisResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code check --baseline}: the result without the accepted findings, plus a note on fixed entries.
 *
 * @param result the result to report
 * @param baselined how many findings the baseline accepted (not in {@code result})
 */
public record BaselineFilter(AnalysisResult result, int baselined) {

  /** Applies {@code baseline} (read from {@code file}) to {@code result}, checked for {@code reportPaths}. */
  public static BaselineFilter apply(AnalysisResult result, Baseline baseline, Path file, List<Path> reportPaths) {
    BaselineMatch match = BaselineMatch.of(baseline, result.findings(), result.projectRoot(), reportPaths);
    List<Notice> notices = new ArrayList<>(result.notices());
    if (!match.fixed().isEmpty()) {
      notices.add(new Notice(AnalysisNotices.BASELINE_ENTRY_FIXED.id(), fixedMessage(match.fixed(), file),
          Optional.empty()));
    }
    return new BaselineFilter(new AnalysisResult(result.projectRoot(), result.rules(), result.configuredSeverities(),
        match.findingsToReport(), notices, result.filesAnalysed(), result.timings(), result.checksums(),
        result.suppressed()),
        match.baselined().size());
  }

  /** What to tell the user, e.g. {@code 1 finding accepted by the baseline F is not reported}. */
  public String acceptedMessage(Path file) {
    return baselined == 1 ? "1 finding accepted by the baseline " + file + " is not reported"
        : baselined + " findings accepted by the baseline " + file + " are not reported";
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
