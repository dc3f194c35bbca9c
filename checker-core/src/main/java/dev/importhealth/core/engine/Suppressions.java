package dev.importhealth.core.engine;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.config.Config;
import dev.importhealth.core.internal.source.SuppressionMarks;
import dev.importhealth.core.internal.source.SuppressionMarks.Mark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the suppressions written in the reported files (see {@link SuppressionMarks}) to every
 * finding located in them, file and project rules alike, and reports the suppressions themselves:
 * a comment without a reason (IH601) and a suppression that suppresses nothing (IH602). These two
 * are findings about the code, level note, so that code scanning shows them next to the comment;
 * they cannot be suppressed in code, only switched off or given a level in {@code rules:}.
 */
public final class Suppressions {

  @CheckerRule(
      id = "IH601",
      name = "suppression-without-reason",
      severity = Severity.NOTE,
      summary = "Suppression comment without a reason",
      help = "Write why the finding is acceptable after the rule ids, e.g. "
          + "'// import-health:ignore IH105 generated at build time'. The suppression works either way.",
      tags = {"suppressions"})
  static final class WithoutReason {}

  @CheckerRule(
      id = "IH602",
      name = "unused-suppression",
      severity = Severity.NOTE,
      summary = "Suppression that suppresses nothing",
      help = "Remove the suppression, or fix the rule id it names: no finding of that rule starts on the line "
          + "below the comment (or its own line, for a trailing comment) or within the annotated declaration.",
      tags = {"suppressions"})
  static final class Unused {}

  public static final RuleDescriptor WITHOUT_REASON = RuleDescriptor.of(WithoutReason.class);
  public static final RuleDescriptor UNUSED = RuleDescriptor.of(Unused.class);

  /** What suppressing left to report: the notes about the suppressions, and how many findings went. */
  record Outcome(List<Finding> notes, int suppressed) {}

  private Suppressions() {}

  public static List<RuleDescriptor> descriptors() {
    return List.of(WITHOUT_REASON, UNUSED);
  }

  /**
   * Removes every suppressed finding from {@code reports} and {@code projectFindings}.
   *
   * @param known every rule id the run knows; a suppression naming another id is reported
   * @param ran the ids of the rules that ran on the reported files: a suppression of a rule that is
   *     off, or of a project rule that did not run, is not reported as unused
   * @param everyRuleRan whether {@code ran} holds every enabled rule, so that a suppression of all
   *     rules that suppressed nothing is known to be unused
   */
  static Outcome apply(List<FileReport> reports, List<Finding> projectFindings, Config config, Set<String> known,
      Set<String> ran, boolean everyRuleRan) {
    Map<Path, List<Mark>> marksByFile = new HashMap<>();
    for (FileReport report : reports) {
      report.file().unit().map(SuppressionMarks::of).filter(marks -> !marks.isEmpty())
          .ifPresent(marks -> marksByFile.put(Engine.normalise(report.file().file().path()), marks));
    }
    if (marksByFile.isEmpty()) {
      return new Outcome(List.of(), 0);
    }
    Set<Mark> used = new HashSet<>();
    int before = projectFindings.size();
    projectFindings.removeIf(finding -> suppressed(finding, marksByFile, used));
    int suppressed = before - projectFindings.size();
    for (FileReport report : reports) {
      before = report.findings().size();
      report.findings().removeIf(finding -> suppressed(finding, marksByFile, used));
      suppressed += before - report.findings().size();
    }
    List<Finding> notes = new ArrayList<>();
    marksByFile.forEach((file, marks) -> {
      Set<Integer> withoutReason = new HashSet<>();
      for (Mark mark : marks) {
        if (mark.comment() && mark.reason().isEmpty() && withoutReason.add(mark.sameComment())) {
          note(notes, config, WITHOUT_REASON, file, mark, "This suppression gives no reason; write why after the "
              + "rule ids, e.g. '// import-health:ignore IH105 generated at build time'.");
        }
        if (!used.contains(mark)) {
          unusedMessage(mark, known, ran, everyRuleRan).ifPresent(message -> note(notes, config, UNUSED, file, mark,
              message));
        }
      }
    });
    return new Outcome(notes, suppressed);
  }

  private static boolean suppressed(Finding finding, Map<Path, List<Mark>> marksByFile, Set<Mark> used) {
    if (!(finding.location() instanceof FileRegion region) || finding.ruleId().equals(WITHOUT_REASON.id())
        || finding.ruleId().equals(UNUSED.id())) {
      return false;
    }
    List<Mark> marks = marksByFile.get(Engine.normalise(region.file()));
    if (marks == null) {
      return false;
    }
    boolean suppressed = false;
    for (Mark mark : marks) {
      if ((mark.ruleId().equals(finding.ruleId()) || mark.ruleId().equals(SuppressionMarks.ALL))
          && mark.covers(region.startLine(), region.startColumn())) {
        used.add(mark); // every matching suppression is in use, not only the first
        suppressed = true;
      }
    }
    return suppressed;
  }

  private static java.util.Optional<String> unusedMessage(Mark mark, Set<String> known, Set<String> ran,
      boolean everyRuleRan) {
    String id = mark.ruleId();
    if (id.isEmpty()) {
      return java.util.Optional.of("This suppression names no rule; write the rule ids after "
          + "'import-health:ignore', e.g. '// import-health:ignore IH105 generated at build time'.");
    }
    if (id.equals(SuppressionMarks.ALL)) {
      return everyRuleRan
          ? java.util.Optional.of("This suppression of every import-health rule suppresses nothing; remove it.")
          : java.util.Optional.empty();
    }
    if (!known.contains(id)) {
      return java.util.Optional.of("This suppression names '" + id + "', which is not an import-health rule id "
          + "(they look like IH105; 'import-health rules' lists them).");
    }
    if (!ran.contains(id)) {
      return java.util.Optional.empty();
    }
    String where = mark.comment() ? "on line " + mark.fromLine() : "within the annotated declaration";
    return java.util.Optional.of("This suppression of " + id + " suppresses nothing: no " + id + " finding starts "
        + where + "; remove it.");
  }

  private static void note(List<Finding> notes, Config config, RuleDescriptor rule, Path file, Mark mark,
      String message) {
    if (config.isEnabled(rule)) {
      FileRegion region = new FileRegion(file, mark.line(), mark.column(), mark.endLine(), mark.endColumn());
      notes.add(new Finding(rule.id(), config.severityOf(rule), message, region, List.of()));
    }
  }
}
