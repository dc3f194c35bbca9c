package dev.importhealth.rules.oracle.runtime;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The checker's fixture findings against the runtime's outcomes for one project, both ways:
 * every outcome needs a finding of its rule where {@link SourceMap#acceptedRegions} allows it,
 * and every fixture finding (IH3xx, IH5xx) needs an outcome of its rule there.
 */
record FindingMatch(List<Outcome> outcomes, List<Outcome> missed, List<Finding> findings, List<Finding> extra) {

  static boolean isFixtureRule(String ruleId) {
    return ruleId.startsWith("IH3") || ruleId.startsWith("IH5");
  }

  static FindingMatch of(List<Outcome> outcomes, List<Finding> allFindings, SourceMap sources) {
    List<Finding> findings = allFindings.stream().filter(f -> isFixtureRule(f.ruleId())).toList();
    List<Outcome> missed = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      if (findings.stream().noneMatch(f -> explains(outcome, f, sources))) {
        missed.add(outcome);
      }
    }
    List<Finding> extra = new ArrayList<>();
    for (Finding finding : findings) {
      if (outcomes.stream().noneMatch(o -> explains(o, finding, sources))) {
        extra.add(finding);
      }
    }
    return new FindingMatch(outcomes, missed, findings, extra);
  }

  private static boolean explains(Outcome outcome, Finding finding, SourceMap sources) {
    if (!finding.ruleId().equals(outcome.ruleId()) || !(finding.location() instanceof FileRegion region)) {
      return false;
    }
    // A silently dropped JUnit 4 class is one problem, whichever of its tests a finding sits on.
    String method = outcome.ruleId().equals("IH501") ? "" : outcome.methodName();
    return sources.acceptedRegions(outcome.className(), method).stream()
        .anyMatch(r -> r.contains(region.file(), region.startLine()));
  }
}
