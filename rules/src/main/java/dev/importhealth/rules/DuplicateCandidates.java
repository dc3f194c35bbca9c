package dev.importhealth.rules;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.api.ProjectRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.rules.internal.ssot.CandidateClusters;
import dev.importhealth.rules.internal.ssot.ProjectClusters;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Classes that look like competing implementations of one role, found without any registry:
 * top-level concrete classes of the main sources whose names share a stem once words like
 * Unified, Legacy, Default or Impl are removed, none extending another, that share a role
 * interface or most of their public methods. One note per cluster, naming every member.
 */
@CheckerRule(
    id = "IH403",
    name = "duplicate-candidates",
    severity = Severity.NOTE,
    summary = "Classes that look like competing implementations of one role",
    help = "If they are, keep one: register it as canonical in the `ssot:` section of import-health.yaml so that "
        + "IH401 and IH402 list the others and their users; if they are not, switch IH403 off for the project.",
    tags = {"ssot"})
public final class DuplicateCandidates implements ProjectRule {

  @Override
  public void check(ProjectContext context) {
    for (ProjectClusters.Located found : ProjectClusters.unregistered(context)) {
      context.report(found.at(), message(found.cluster(), found.names()), Severity.NOTE);
    }
  }

  private static String message(CandidateClusters.Cluster cluster, List<String> names) {
    String members = names.size() == 2 ? "'" + names.get(0) + "' and '" + names.get(1) + "'"
        : names.subList(0, names.size() - 1).stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
            + " and '" + names.get(names.size() - 1) + "'";
    return members + " look like competing implementations of one role ('" + cluster.stem() + "': "
        + ProjectClusters.evidence(cluster) + "). If one of them is the one to keep, register it: ssot: [{name: "
        + kebab(cluster.stem()) + ", canonical: <the one to keep>, pattern: '.*" + cluster.stem() + ".*'}].";
  }

  private static String kebab(String stem) {
    return stem.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
