package dev.importhealth.cli;

import dev.importhealth.core.api.RuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import-health explain IH105}: a rule's full documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Shows the documentation of one rule.")
final class ExplainCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RULE", description = "A rule id (IH105) or name (unresolved-member).")
  String rule;

  @Override
  public Integer call() throws IOException {
    String wanted = rule.toUpperCase(Locale.ROOT);
    for (RuleDescriptor descriptor : RulesCommand.catalogue()) {
      if (descriptor.id().equals(wanted) || descriptor.name().equalsIgnoreCase(rule)) {
        System.out.println(descriptor.id() + " " + descriptor.name() + " (" + descriptor.defaultSeverity().label() + ")");
        System.out.println();
        System.out.println(docs(descriptor));
        return ExitCode.CLEAN.code();
      }
    }
    throw new CommandLine.ParameterException(spec.commandLine(),
        "unknown rule '" + rule + "'; 'import-health rules' lists them");
  }

  /** The long-form docs shipped in the jar, else the summary and help. */
  private static String docs(RuleDescriptor descriptor) throws IOException {
    try (InputStream in = ExplainCommand.class.getResourceAsStream("/docs/rules/" + descriptor.id() + ".md")) {
      if (in != null) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
    }
    return descriptor.summary() + ".\n\n" + descriptor.help();
  }
}
