package dev.importhealth.cli;

import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.engine.AnalysisNotices;
import dev.importhealth.core.engine.Suppressions;
import dev.importhealth.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code import-health rules}: the catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every rule with its id, name, level and summary.")
final class RulesCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    List<RuleDescriptor> catalogue = catalogue();
    int nameWidth = catalogue.stream().mapToInt(rule -> rule.name().length()).max().orElse(0);
    for (RuleDescriptor rule : catalogue) {
      System.out.printf("%s  %-" + nameWidth + "s  %-8s %s%n", rule.id(), rule.name(), rule.defaultSeverity().label(),
          rule.summary());
    }
    return ExitCode.CLEAN.code();
  }

  static List<RuleDescriptor> catalogue() {
    List<RuleDescriptor> rules = new ArrayList<>();
    BuiltInRules.all().forEach(r -> rules.add(r.descriptor()));
    rules.addAll(Suppressions.descriptors());
    rules.addAll(AnalysisNotices.descriptors());
    return rules;
  }
}
