package dev.importhealth.rules.oracle.runtime;

import java.util.List;
import java.util.Set;

/** What the real frameworks did with one compiled fixture: what failed, and which tests ran. */
record RuntimeRun(List<RuntimeFailure> failures, Set<TestMethod> executed) {

  RuntimeRun {
    failures = List.copyOf(failures);
    executed = Set.copyOf(executed);
  }
}
