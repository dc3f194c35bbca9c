package dev.importhealth.rules.oracle.runtime;

/** A test method that ran at least once (any invocation), keyed by its runtime class. */
record TestMethod(String engine, String className, String methodName) {

  @Override
  public String toString() {
    return engine + " " + className + "#" + methodName;
  }
}
