package dev.importhealth.core.engine;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Notice;
import dev.importhealth.core.internal.source.SourceParser.ParsedFile;
import dev.importhealth.core.internal.symbols.SymbolTable;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.semantics.UnknownReason;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Counts the references no rule could check, for one IH902 notice per run. */
final class UncheckedTally {

  private static final int EXAMPLES = 5;

  private int outside;
  private int pendingGeneration;
  private int newerJdk;
  private int removedFromJdk;
  private int testSetupUnknown;
  private final Map<String, Integer> testSettings = new TreeMap<>();
  private final Map<String, Integer> removedTypes = new TreeMap<>();
  private final Map<String, Integer> outsidePackages = new TreeMap<>();

  void add(FileReport report) {
    for (Resolution.Unknown<?> unknown : report.unchecked()) {
      if (unknown.reason() == UnknownReason.OUTSIDE_KNOWN_NAMESPACES) {
        outside++;
        if (unknown.detail().contains(".")) {
          outsidePackages.merge(SymbolTable.rootNamespace(unknown.detail()), 1, Integer::sum);
        }
      } else if (unknown.reason() == UnknownReason.PENDING_GENERATION) {
        pendingGeneration++;
      } else if (unknown.reason() == UnknownReason.NEWER_JDK) {
        newerJdk++;
      } else if (unknown.reason() == UnknownReason.REMOVED_FROM_JDK) {
        removedFromJdk++;
        removedTypes.merge(unknown.detail().replace('$', '.'), 1, Integer::sum);
      } else if (unknown.reason() == UnknownReason.TEST_SETUP_UNKNOWN) {
        testSetupUnknown++;
        testSettings.merge(unknown.detail(), 1, Integer::sum);
      }
    }
  }

  Optional<Notice> notice() {
    StringBuilder message = new StringBuilder();
    if (outside > 0) {
      message.append(outside).append(outside == 1 ? " reference was" : " references were")
          .append(" not checked because they lead into packages that are neither the project's, nor the "
              + "JDK's, nor on the classpath");
      if (!outsidePackages.isEmpty()) {
        message.append(" (").append(String.join(", ", outsidePackages.keySet().stream().limit(EXAMPLES).toList()))
            .append(outsidePackages.size() > EXAMPLES ? " and " + (outsidePackages.size() - EXAMPLES) + " more" : "")
            .append(')');
      }
      message.append(". Pass --classpath (for Maven: mvn dependency:build-classpath -Dmdep.includeScope=test) "
          + "to check them.");
    }
    if (pendingGeneration > 0) {
      message.append(message.length() > 0 ? " " : "")
          .append(pendingGeneration).append(pendingGeneration == 1 ? " reference was" : " references were")
          .append(" not checked because the build generates sources that are not on disk yet; "
              + "run the build's generate-sources phase first.");
    }
    if (newerJdk > 0) {
      message.append(message.length() > 0 ? " " : "")
          .append(newerJdk).append(newerJdk == 1 ? " reference" : " references")
          .append(" into the JDK went unchecked because the build targets a newer Java release than the JDK "
              + "running import-health (").append(Runtime.version().feature())
          .append("); run import-health on that release to check them.");
    }
    if (removedFromJdk > 0) {
      message.append(message.length() > 0 ? " " : "")
          .append(removedFromJdk).append(removedFromJdk == 1 ? " reference names" : " references name")
          .append(" JDK API that the running JDK (").append(Runtime.version().feature())
          .append(") no longer has but older releases did (")
          .append(String.join(", ", removedTypes.keySet().stream().limit(EXAMPLES).toList()))
          .append(removedTypes.size() > EXAMPLES ? " and " + (removedTypes.size() - EXAMPLES) + " more" : "")
          .append("); the build may compile against an older release, so they were not checked.");
    }
    if (testSetupUnknown > 0) {
      message.append(message.length() > 0 ? " " : "")
          .append(testSetupUnknown).append(testSetupUnknown == 1 ? " test or factory was" : " tests and factories were")
          .append(" not judged because the build's JUnit configuration (")
          .append(String.join(", ", testSettings.keySet()))
          .append(") could not be read for certain: a Gradle build, Surefire or Failsafe settings this version "
              + "does not model, or an argLine that may pass system properties.");
    }
    if (message.length() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Notice(AnalysisNotices.UNCHECKED_REFERENCES.id(), message.toString(), Optional.empty()));
  }

  static Notice unparsable(ParsedFile file) {
    return new Notice(AnalysisNotices.UNPARSABLE_FILE.id(),
        "The file could not be parsed (" + file.problem().orElse("syntax error").replaceAll("\\.$", "")
            + "); references into package '" + file.packageName() + "' were not checked.",
        Optional.of(FileRegion.at(file.file().path(), file.problemLine(), file.problemColumn())));
  }
}
