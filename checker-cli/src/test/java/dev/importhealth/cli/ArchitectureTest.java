package dev.importhealth.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module layering: checker-core knows nothing of the rules or the CLI, the rules nothing of
 * the CLI, picocli stays in the CLI, and {@code ..internal..} packages of checker-core are used by
 * checker-core alone (rules and CLI go through its api, semantics, index, engine and report
 * packages).
 */
@AnalyzeClasses(packages = "dev.importhealth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnNeitherRulesNorCli = noClasses()
      .that().resideInAPackage("dev.importhealth.core..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.importhealth.rules..", "dev.importhealth.cli..");

  @ArchTest
  static final ArchRule rulesDoNotDependOnCli = noClasses()
      .that().resideInAPackage("dev.importhealth.rules..")
      .should().dependOnClassesThat().resideInAPackage("dev.importhealth.cli..");

  @ArchTest
  static final ArchRule picocliOnlyInCli = noClasses()
      .that().resideOutsideOfPackage("dev.importhealth.cli..")
      .should().dependOnClassesThat().resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule coreInternalsStayInCore = noClasses()
      .that().resideOutsideOfPackage("dev.importhealth.core..")
      .should().dependOnClassesThat().resideInAPackage("dev.importhealth.core..internal..");
}
