package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.Rule;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.engine.AnalysisNotices;
import dev.importhealth.core.engine.Suppressions;
import dev.importhealth.rules.BuiltInRules;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the whole catalogue (every rule in {@link BuiltInRules} and every notice in
 * {@link AnalysisNotices}): the metadata style users rely on, the docs that {@code explain} shows,
 * and a test class for every rule.
 */
class RuleCatalogTest {

  private static List<RuleDescriptor> catalogue() {
    List<RuleDescriptor> all = new ArrayList<>();
    BuiltInRules.all().forEach(rule -> all.add(rule.descriptor()));
    all.addAll(Suppressions.descriptors());
    all.addAll(AnalysisNotices.descriptors());
    return all;
  }

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (RuleDescriptor rule : catalogue()) {
      assertThat(rule.id()).as("id of %s", rule.name()).matches("IH\\d{3}");
      assertThat(seen.add(rule.id())).as("%s is used once", rule.id()).isTrue();
    }
    assertThat(catalogue()).extracting(RuleDescriptor::name).doesNotHaveDuplicates();
  }

  @Test
  void metadataFollowsTheStyle() {
    for (RuleDescriptor rule : catalogue()) {
      assertThat(rule.name()).as("name of %s", rule.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)+");
      assertThat(rule.summary()).as("summary of %s", rule.id())
          .isNotBlank().doesNotEndWith(".").matches("[A-Z].*");
      assertThat(rule.help()).as("help of %s", rule.id()).isNotBlank().endsWith(".");
      assertThat(rule.precision()).as("precision of %s", rule.id()).isIn("very-high", "high", "medium", "low");
      assertThat(rule.tags()).as("tags of %s", rule.id()).isNotEmpty();
    }
  }

  @Test
  void everyRuleHasItsDocsPage() {
    for (RuleDescriptor rule : catalogue()) {
      Path docs = TestDirs.repoRoot().resolve(rule.docsPath());
      assertThat(docs).as("docs of %s", rule.id()).isRegularFile();
      assertThat(ExplainCommand.class.getResource("/docs/rules/" + rule.id() + ".md"))
          .as("docs of %s on the classpath, as explain reads them", rule.id()).isNotNull();
    }
  }

  @Test
  void everyRuleClassHasATestClass() {
    Path tests = TestDirs.repoRoot().resolve("rules/src/test/java/dev/importhealth/rules");
    List<String> missing = new ArrayList<>();
    for (Rule rule : BuiltInRules.all()) {
      String name = rule.getClass().getSimpleName();
      if (!Files.isRegularFile(tests.resolve(name + "Test.java"))) {
        missing.add(name + "Test");
      }
    }
    assertThat(missing).as("rule classes without a test class in %s", tests).isEmpty();
  }

  @Test
  void everyAnnotatedRuleClassIsRegisteredAndViceVersa() {
    Set<String> registered = new TreeSet<>();
    BuiltInRules.all().forEach(rule -> registered.add(rule.getClass().getName()));
    Set<String> annotated = new TreeSet<>();
    try (ScanResult scan = new ClassGraph().enableAnnotationInfo().acceptPackages("dev.importhealth.rules").scan()) {
      scan.getClassesWithAnnotation(CheckerRule.class.getName()).forEach(c -> {
        if (!c.isAbstract() && !c.isInterface()) {
          annotated.add(c.getName());
        }
      });
    }
    assertThat(annotated).as("@CheckerRule classes in dev.importhealth.rules").isEqualTo(registered);
  }
}
