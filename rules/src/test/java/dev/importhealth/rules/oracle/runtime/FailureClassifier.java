package dev.importhealth.rules.oracle.runtime;

import java.util.List;
import java.util.Optional;

/**
 * Maps a runtime failure to the fixture rule that should have predicted it, by the framework's
 * own message (fixture-semantics.md, sections 1 to 5). A failure no pattern matches is
 * unclassified: the corpus or a mutation went wrong, or the runtime said something new.
 */
final class FailureClassifier {

  private record Pattern(String engine, String ruleId, List<String> fragments) {
    boolean matches(RuntimeFailure failure) {
      return failure.engine().equals(engine) && fragments.stream().allMatch(failure.message()::contains);
    }
  }

  private static final String JUPITER = "junit-jupiter";
  private static final String VINTAGE = "junit-vintage";

  // First match wins; "must be static" is checked after the IH301 messages, which never contain it.
  private static final List<Pattern> PATTERNS = List.of(
      new Pattern(JUPITER, "IH301", List.of("Could not find factory method")),
      new Pattern(JUPITER, "IH301", List.of("Could not find valid factory method")),
      new Pattern(JUPITER, "IH301", List.of("factory methods named")),
      new Pattern(JUPITER, "IH301", List.of("is not a valid fully qualified method name")),
      new Pattern(JUPITER, "IH301", List.of("Could not load class")),
      new Pattern(JUPITER, "IH302", List.of("must be static")),
      new Pattern(JUPITER, "IH303", List.of("Could not find field named")),
      new Pattern(JUPITER, "IH304", List.of("No ParameterResolver registered for parameter")),
      new Pattern(JUPITER, "IH305", List.of("Invalid enum constant name")),
      new Pattern(JUPITER, "IH306", List.of("Classpath resource [", "does not exist")),
      new Pattern("testng", "IH307", List.of("requires a @DataProvider named")),
      new Pattern("testng", "IH307", List.of("Found two providers called")),
      // JUnit 4 runner validation, reported by Vintage as a class-level initializationError
      new Pattern(VINTAGE, "IH308", List.of("must be public")),
      new Pattern(VINTAGE, "IH308", List.of("must not be static")),
      new Pattern(VINTAGE, "IH308", List.of("should be public")),
      new Pattern(VINTAGE, "IH308", List.of("No public static parameters method")));

  private FailureClassifier() {}

  static Optional<String> ruleId(RuntimeFailure failure) {
    return PATTERNS.stream().filter(p -> p.matches(failure)).map(Pattern::ruleId).findFirst();
  }

  /** A test that ran on the unmutated corpus and no longer runs, without failing: a silent skip. */
  static Optional<String> nonRunRuleId(TestMethod method) {
    return switch (method.engine()) {
      case VINTAGE -> Optional.of("IH501");
      case JUPITER -> Optional.of("IH503");
      default -> Optional.empty();
    };
  }
}
