package dev.importhealth.rules;

import com.github.javaparser.ast.Node;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.api.ProjectRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.rules.archunit.SsotViolation;
import dev.importhealth.rules.internal.ssot.CompiledSsot;
import dev.importhealth.rules.internal.ssot.Competitors;
import dev.importhealth.rules.internal.ssot.TypeUses;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A use of a class that IH401 reports, from another file: the work list of a consolidation. Each
 * place that names the class in code is one finding; a single-type import is not (the code that
 * uses the name is), a static import is (its calls do not name the class).
 */
@CheckerRule(
    id = "IH402",
    name = "non-canonical-use",
    severity = Severity.WARNING,
    summary = "Use of a class that competes with the canonical implementation the ssot registry names",
    help = "Use the canonical implementation the message names instead; the `ssot:` section of "
        + "import-health.yaml records which one it is.",
    tags = {"ssot"})
public final class NonCanonicalUse implements FileRule, ProjectRule {

  @Override
  public void check(FileContext context) {
    Competitors competitors = Competitors.of(context);
    if (competitors.registryEmpty()) {
      return;
    }
    TypeUses.forEach(context, (node, type) -> report(context, competitors, node, type));
  }

  private static void report(FileContext context, Competitors competitors, Node node, TypeSymbol type) {
    competitors.judge(type.binaryName()).ifPresent(verdict -> {
      String module = context.project().modules().size() > 1 ? " (module '" + context.file().module() + "')" : "";
      context.report(node, "'" + type.binaryName().replace('$', '.') + "' is not the canonical '"
          + verdict.concept().name() + "'" + module + ": use '" + verdict.canonical() + "' instead.",
          List.of(verdict.canonical()));
    });
  }

  /**
   * Uses in classes the build compiled from Kotlin, Groovy or Scala, as the registry's ArchUnit
   * rules find them in the class files, reported at the line the class file records.
   */
  @Override
  public void check(ProjectContext context) {
    List<CompiledSsot.Located> all = CompiledSsot.of(context);
    Set<String> seen = new HashSet<>();
    for (CompiledSsot.Located found : all) {
      SsotViolation use = found.violation();
      boolean sameFile = all.stream().anyMatch(other -> other.violation().className().equals(use.target())
          && other.sourceFile().equals(found.sourceFile()));
      if (use.kind() == SsotViolation.Kind.USE && !sameFile
          && seen.add(use.className() + " " + use.target() + " " + found.at().startLine())) {
        context.report(found.at(), "'" + use.target().replace('$', '.') + "' is not the canonical '" + use.concept()
            + "' (used in " + found.sourceFile().getFileName() + "): use '" + use.canonical().replace('$', '.')
            + "' instead.", Severity.WARNING);
      }
    }
  }
}
