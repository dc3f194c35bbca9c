package dev.importhealth.cli;

import dev.importhealth.core.audit.AuditHtml;
import dev.importhealth.core.audit.AuditWriters;
import dev.importhealth.core.audit.SsotAudit;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.core.report.OutputFiles;
import dev.importhealth.rules.BuiltInRules;
import dev.importhealth.rules.audit.SsotAuditor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import-health ssot}: commands about the single-source-of-truth registry. */
@Command(name = "ssot", mixinStandardHelpOptions = true,
    description = "Commands about the ssot: registry of canonical implementations.",
    subcommands = {SsotCommand.Report.class})
final class SsotCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: report");
  }

  /** {@code import-health ssot report}: where each consolidation stands. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Reports, per registered concept, the canonical class, every competing implementation with its "
          + "references by module, and the share of references that already go to the canonical one; then the "
          + "clusters of likely duplicates nobody registered (IH403).")
  static final class Report implements Callable<Integer> {

    // lower case for completion, --help and messages, as CheckCommand.Format
    enum Format {
      TEXT, JSON, HTML;

      @Override
      public String toString() {
        return name().toLowerCase(Locale.ROOT);
      }
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or html (default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (replaced atomically).")
    Path output;

    @Option(names = "--history", paramLabel = "N",
        description = "Also show the canonical share at each of the last N commits (git; each is read with "
            + "'git archive' into a temporary directory and analysed with today's registry).")
    int history;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
      return project.guarded(this::report);
    }

    private int report() throws ConfigException, IOException {
      Optional<CheckRequest> request = project.request();
      if (request.isEmpty()) {
        return ExitCode.USAGE_OR_CONFIG.code();
      }
      Path[] root = new Path[1];
      Path[] config = new Path[1];
      SsotAudit audit;
      try (TerminalProgress progress = TerminalProgress.start(TerminalProgress.onTerminal(), System.err)) {
        audit = new Engine(BuiltInRules.all()).inspect(request.get(), progress, context -> {
          root[0] = context.project().root();
          config[0] = context.config().file().orElse(null);
          return SsotAuditor.audit(context);
        });
        if (history > 0) {
          audit = new SsotAudit(audit.concepts(), audit.clusters(),
              SsotHistory.of(root[0], config[0], history, project, progress));
        }
      }
      StringWriter rendered = new StringWriter();
      switch (format) {
        case TEXT -> AuditWriters.text(audit, rendered);
        case JSON -> AuditWriters.json(audit, rendered);
        case HTML -> AuditHtml.write(audit, String.valueOf(root[0].getFileName()), rendered);
      }
      if (output == null) {
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        out.write(rendered.toString());
        out.flush();
      } else {
        OutputFiles.replace(output, rendered.toString());
        System.err.println("import-health: SSOT report written to " + output);
      }
      return ExitCode.CLEAN.code();
    }
  }
}
