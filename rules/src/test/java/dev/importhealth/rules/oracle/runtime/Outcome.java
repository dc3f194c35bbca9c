package dev.importhealth.rules.oracle.runtime;

/**
 * One classified runtime result of a mutation: a failure of a rule's kind, or a test that
 * silently stopped running.
 *
 * @param className binary name of the runtime test class
 * @param methodName the failing or skipped method; empty for a class-level failure
 * @param nonRun true for "ran on the unmutated corpus, does not run now"
 * @param detail the runtime's message, for reports
 */
record Outcome(String ruleId, String className, String methodName, boolean nonRun, String detail) {

  String where() {
    return className + (methodName.isEmpty() ? "" : "#" + methodName);
  }

  @Override
  public String toString() {
    return ruleId + " " + where() + (nonRun ? " did not run" : ": " + detail);
  }
}
