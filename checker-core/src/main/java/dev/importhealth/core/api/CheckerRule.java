package dev.importhealth.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything a user sees about a rule, in one place on the rule class. Long-form documentation
 * lives in {@code docs/rules/<id>.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckerRule {
  /** Stable id, {@code IHnnn}; never reused for another meaning. */
  String id();

  /** Readable kebab-case name, e.g. {@code unresolved-import}. */
  String name();

  Severity severity();

  /** A noun phrase without a trailing period, used as the short description. */
  String summary();

  /** One or more sentences telling the user how to fix a finding; ends with a period. */
  String help();

  String[] tags() default {};

  /** SARIF precision: {@code very-high}, {@code high}, {@code medium} or {@code low}. */
  String precision() default "very-high";
}
