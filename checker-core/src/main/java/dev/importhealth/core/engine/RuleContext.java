package dev.importhealth.core.engine;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Fix;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.config.Config;
import dev.importhealth.core.history.MoveHistory;
import dev.importhealth.core.index.ClassLibrary;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceFile;
import dev.importhealth.core.semantics.FileSemantics;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.structure.Structures;
import java.util.List;
import java.util.Optional;

/** The reporting API handed to one rule for one file. */
final class RuleContext implements FileContext {

  /** What every file of a run shares. */
  record RunContext(FileSemantics semantics, Structures structures, Project project, Config config,
      MoveHistory history, ClassLibrary library) {}

  private final SourceFile file;
  private final CompilationUnit unit;
  private final FileSemantics semantics;
  private final Structures structures;
  private final Project project;
  private final Config config;
  private final MoveHistory history;
  private final RuleDescriptor rule;
  private final Severity severity;
  private final boolean levelConfigured;
  private final FileReport report;

  RuleContext(SourceFile file, CompilationUnit unit, RunContext run, RuleDescriptor rule, Severity severity,
      FileReport report) {
    this.file = file;
    this.unit = unit;
    this.semantics = run.semantics();
    this.structures = run.structures();
    this.project = run.project();
    this.config = run.config();
    this.history = run.history();
    this.rule = rule;
    this.severity = severity;
    this.levelConfigured = run.config().rules().containsKey(rule.id())
        && run.config().rules().get(rule.id()).level().isPresent();
    this.report = report;
  }

  @Override
  public SourceFile file() {
    return file;
  }

  @Override
  public CompilationUnit unit() {
    return unit;
  }

  @Override
  public FileSemantics semantics() {
    return semantics;
  }

  @Override
  public Structures structures() {
    return structures;
  }

  @Override
  public Project project() {
    return project;
  }

  @Override
  public Config config() {
    return config;
  }

  @Override
  public MoveHistory history() {
    return history;
  }

  @Override
  public void report(Node node, String message, List<String> suggestions) {
    reportTo().add(new Finding(rule.id(), severity, message, region(node), suggestions));
  }

  @Override
  public void report(Node node, String message, List<String> suggestions, Severity unlessConfigured,
      Optional<Fix> fix) {
    reportTo().add(new Finding(rule.id(), levelConfigured ? severity : unlessConfigured, message, region(node),
        suggestions, fix));
  }

  @Override
  public void unchecked(Resolution.Unknown<?> unknown) {
    if (report != null) {
      report.unchecked(unknown);
    }
  }

  /** A project rule reads files through contexts without a report: it reports on the project. */
  private FileReport reportTo() {
    if (report == null) {
      throw new IllegalStateException("a project rule cannot report through a file's context");
    }
    return report;
  }

  /** A context to read {@code file} through, from a project rule. */
  static RuleContext readOnly(SourceFile file, CompilationUnit unit, RunContext run, RuleDescriptor rule) {
    return new RuleContext(file, unit, run, rule, rule.defaultSeverity(), null);
  }

  @Override
  public FileRegion region(Node node) {
    Range range = node.getRange().orElseThrow(() -> new IllegalStateException("node without position: " + node));
    // JavaParser's end column is inclusive; SARIF's is exclusive
    return new FileRegion(file.path(), range.begin.line, range.begin.column, range.end.line, range.end.column + 1);
  }
}
