package dev.importhealth.rules;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.api.ProjectRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.archunit.SsotViolation;
import dev.importhealth.rules.internal.ssot.CompiledSsot;
import dev.importhealth.rules.internal.ssot.Competitors;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A class that competes with the canonical implementation of a concept in the {@code ssot:}
 * registry: it takes the concept's role (its interface), claims its name (its pattern), or
 * duplicates most of the canonical's public API.
 */
@CheckerRule(
    id = "IH401",
    name = "non-canonical-implementation",
    severity = Severity.ERROR,
    summary = "A class competes with the canonical implementation the ssot registry names",
    help = "Use the canonical implementation the message names and delete this one, or list it under the "
        + "concept's `allow:` in import-health.yaml if it is a sanctioned exception (a test double).",
    tags = {"ssot"})
public final class NonCanonicalImplementation implements FileRule, ProjectRule {

  @Override
  public void check(FileContext context) {
    Competitors competitors = Competitors.of(context);
    if (competitors.registryEmpty()) {
      return;
    }
    for (TypeDeclaration<?> declaration : context.unit().findAll(TypeDeclaration.class)) {
      // local and anonymous classes have no view: nothing outside their method can use them
      String name = context.structures().declared(declaration).map(TypeView::binaryName).orElse(null);
      if (name != null) {
        competitors.judge(name).ifPresent(verdict -> context.report(declaration.getName(),
            "'" + name.replace('$', '.') + "' competes with the canonical '" + verdict.canonical() + "' of '"
                + verdict.concept().name() + "': " + verdict.reason() + ".",
            List.of(verdict.canonical())));
      }
    }
  }

  /**
   * Classes the build compiled from Kotlin, Groovy or Scala, judged by the registry's ArchUnit
   * rules on their class files and reported in their source files.
   */
  @Override
  public void check(ProjectContext context) {
    Set<String> seen = new HashSet<>();
    for (CompiledSsot.Located found : CompiledSsot.of(context)) {
      SsotViolation violation = found.violation();
      if (violation.kind() != SsotViolation.Kind.USE && seen.add(violation.concept() + " " + violation.className())) {
        context.report(found.at(), "'" + violation.className().replace('$', '.') + "' (compiled from "
            + found.sourceFile().getFileName() + ") competes with the canonical '" + violation.canonical().replace('$', '.')
            + "' of '" + violation.concept() + "': "
            + (violation.kind() == SsotViolation.Kind.IMPLEMENTATION ? "it implements the concept's role"
                : "its name matches the concept's pattern") + ".", Severity.ERROR);
      }
    }
  }
}
