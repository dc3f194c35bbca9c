package dev.importhealth.core.engine;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import java.util.List;

/** The IH9xx notices: what the engine says about the analysis itself, never about the code. */
public final class AnalysisNotices {

  private AnalysisNotices() {}

  @CheckerRule(
      id = "IH901",
      name = "unparsable-file",
      severity = Severity.NOTE,
      summary = "File could not be parsed",
      help = "The file has a syntax error, or uses syntax newer than Java 21. Its types are unknown to the "
          + "index, so references into its package are not checked. Fix the syntax error; the rest of the "
          + "scan goes on without this file.",
      tags = {"analysis"})
  static final class UnparsableFile {}

  @CheckerRule(
      id = "IH902",
      name = "unchecked-references",
      severity = Severity.NOTE,
      summary = "References that could not be checked",
      help = "Some references point into packages that are neither the project's own, nor the JDK's, nor on "
          + "the classpath, or into sources the build has not generated yet. They were not checked, so that "
          + "nothing is reported that the compiler would accept. Pass the build's classpath with --classpath "
          + "(for Maven: mvn dependency:build-classpath -Dmdep.includeScope=test), or list packages the "
          + "project owns under 'namespaces' in import-health.yaml.",
      tags = {"analysis"})
  static final class UncheckedReferences {}

  @CheckerRule(
      id = "IH910",
      name = "baseline-entry-fixed",
      severity = Severity.NOTE,
      summary = "Baselined findings that are fixed",
      help = "Entries of the baseline given with --baseline match no finding any more: the code they accepted "
          + "was fixed, edited or moved to another file. Run 'import-health baseline update' to remove them, so "
          + "that the baseline cannot hide the same problem if it comes back.",
      tags = {"analysis", "baseline"})
  static final class BaselineEntryFixed {}

  public static final RuleDescriptor UNPARSABLE_FILE = RuleDescriptor.of(UnparsableFile.class);
  public static final RuleDescriptor UNCHECKED_REFERENCES = RuleDescriptor.of(UncheckedReferences.class);
  public static final RuleDescriptor BASELINE_ENTRY_FIXED = RuleDescriptor.of(BaselineEntryFixed.class);

  public static List<RuleDescriptor> descriptors() {
    return List.of(UNPARSABLE_FILE, UNCHECKED_REFERENCES, BASELINE_ENTRY_FIXED);
  }
}
