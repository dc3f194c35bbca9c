package dev.importhealth.rules.archunit;

import java.net.URI;
import java.util.Optional;

/**
 * One violation of an {@link SsotRules} rule, as data: what a report (the CLI's SARIF, for one)
 * needs without parsing ArchUnit's message text. Obtain them with {@link
 * SsotRules#violations(com.tngtech.archunit.lang.EvaluationResult)}.
 *
 * @param concept the SSOT concept's name, or "" for a rule built without one
 * @param kind what the rule found
 * @param className the offending class: the competing implementation, or the class that uses one
 *     (binary name, {@code Outer$Inner} for nested classes)
 * @param target the non-canonical class; for {@link Kind#IMPLEMENTATION} and {@link Kind#NAME} the
 *     same as {@code className}
 * @param canonical the canonical class, or "" for {@link SsotRules#noUseOf(String...)}
 * @param sourceFileName the source file the class file names ({@code Foo.java}, {@code Foo.kt}),
 *     when the class file records one; it sits in the directory of {@code className}'s package
 * @param line the 1-based line of the use as the class file records it; 0 when the class file has
 *     no line (a declaration, an {@code implements} clause, or a class compiled without debug
 *     information), where a report must find the line in the source itself
 * @param classFile where the offending class was imported from (a file or a jar entry), if known
 * @param message the line ArchUnit reports, as stored by {@code FreezingArchRule}
 */
public record SsotViolation(
    String concept,
    Kind kind,
    String className,
    String target,
    String canonical,
    Optional<String> sourceFileName,
    int line,
    Optional<URI> classFile,
    String message) {

  /** What an {@link SsotViolation} reports. */
  public enum Kind {
    /** A concrete class other than the canonical one implements or extends the role. */
    IMPLEMENTATION,
    /** A class other than the canonical one has a name matching the concept's pattern. */
    NAME,
    /** A class depends on (calls, constructs, declares, extends...) a non-canonical class. */
    USE
  }
}
