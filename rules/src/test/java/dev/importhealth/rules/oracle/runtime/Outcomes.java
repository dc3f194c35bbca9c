package dev.importhealth.rules.oracle.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Classifies what a mutated run did differently from the unmutated baseline. */
record Outcomes(List<Outcome> classified, List<String> unclassified) {

  Outcomes {
    classified = List.copyOf(classified);
    unclassified = List.copyOf(unclassified);
  }

  static Outcomes between(RuntimeRun baseline, RuntimeRun mutated) {
    List<Outcome> classified = new ArrayList<>();
    List<String> unclassified = new ArrayList<>();
    for (RuntimeFailure failure : mutated.failures()) {
      Optional<String> rule = FailureClassifier.ruleId(failure);
      if (rule.isPresent()) {
        classified.add(new Outcome(rule.get(), failure.className(), failure.methodName(), false,
            failure.exceptionClass() + ": " + failure.message()));
      } else {
        unclassified.add("unclassified failure: " + failure);
      }
    }
    for (TestMethod method : baseline.executed()) {
      // A test whose container or class failed did not run because of that failure, not silently.
      if (mutated.executed().contains(method) || explainedByFailure(method, mutated)) {
        continue;
      }
      Optional<String> rule = FailureClassifier.nonRunRuleId(method);
      if (rule.isPresent()) {
        classified.add(new Outcome(rule.get(), method.className(), method.methodName(), true, "did not run"));
      } else {
        unclassified.add("did not run, engine without a non-run rule: " + method);
      }
    }
    return new Outcomes(classified, unclassified);
  }

  private static boolean explainedByFailure(TestMethod method, RuntimeRun run) {
    for (RuntimeFailure failure : run.failures()) {
      boolean sameOrEnclosingClass = method.className().equals(failure.className())
          || method.className().startsWith(failure.className() + "$");
      if (sameOrEnclosingClass && (failure.classLevel() || failure.methodName().equals(method.methodName()))) {
        return true;
      }
    }
    return false;
  }
}
