package dev.importhealth.rules.oracle.runtime;

/**
 * A failed test or container as the runtime reported it.
 *
 * @param engine {@code junit-jupiter}, {@code junit-vintage} or {@code testng}
 * @param className binary name of the runtime test class ({@code Outer$Inner} for a nested class)
 * @param methodName the failing method, or empty for a class-level failure
 * @param message the exception's message followed by its causes' messages
 */
record RuntimeFailure(String engine, String className, String methodName, String exceptionClass, String message) {

  boolean classLevel() {
    return methodName.isEmpty();
  }

  @Override
  public String toString() {
    return engine + " " + className + (classLevel() ? "" : "#" + methodName) + ": " + exceptionClass + ": " + message;
  }
}
