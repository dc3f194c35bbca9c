package dev.importhealth.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a module's build runs its tests, as far as its build file says (Maven Surefire and
 * Failsafe). Anything the reader cannot be sure of is absent, and rules then stay silent.
 *
 * @param surefire the unit-test plugin's class selection; empty when not known
 * @param failsafe the integration-test plugin's selection; empty when the plugin does not run
 *     for the module or its selection is not known ({@code failsafeAbsent} tells which)
 * @param failsafeAbsent true when the integration-test plugin certainly does not run for the
 *     module (not in its effective build plugins, or bound to no phase)
 * @param configurationParameters JUnit Platform configuration parameters the build passes
 *     (Surefire/Failsafe {@code configurationParameters} and {@code systemPropertyVariables});
 *     empty when not known
 */
public record TestBuild(
    Optional<Selection> surefire, Optional<Selection> failsafe, boolean failsafeAbsent,
    Optional<Map<String, String>> configurationParameters) {

  /** Include and exclude patterns ({@code **}{@code /*Test.java}), defaults applied. */
  public record Selection(List<String> includes, List<String> excludes) {
    public Selection {
      includes = List.copyOf(includes);
      excludes = List.copyOf(excludes);
    }
  }

  public static final TestBuild UNKNOWN =
      new TestBuild(Optional.empty(), Optional.empty(), false, Optional.empty());
}
