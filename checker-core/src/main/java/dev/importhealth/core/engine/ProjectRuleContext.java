package dev.importhealth.core.engine;

import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.config.Config;
import dev.importhealth.core.index.ClassLibrary;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.structure.Structures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reporting API handed to one project rule. */
final class ProjectRuleContext implements ProjectContext {

  private final RuleContext.RunContext run;
  private final List<FileContext> files;
  private final RuleDescriptor rule;
  private final Severity severity;
  private final boolean levelConfigured;
  private final List<Finding> findings = new ArrayList<>();
  private List<String> configLines;

  ProjectRuleContext(RuleContext.RunContext run, List<FileContext> files, RuleDescriptor rule, Severity severity) {
    this.run = run;
    this.files = List.copyOf(files);
    this.rule = rule;
    this.severity = severity;
    this.levelConfigured = run.config().rules().containsKey(rule.id())
        && run.config().rules().get(rule.id()).level().isPresent();
  }

  @Override
  public Project project() {
    return run.project();
  }

  @Override
  public Config config() {
    return run.config();
  }

  @Override
  public Structures structures() {
    return run.structures();
  }

  @Override
  public ClassLibrary classes() {
    return run.library();
  }

  @Override
  public List<FileContext> files() {
    return files;
  }

  @Override
  public Optional<FileRegion> configLine(int line) {
    Optional<Path> file = run.config().file();
    if (file.isEmpty()) {
      return Optional.empty();
    }
    if (configLines == null) {
      try {
        configLines = Files.readString(file.get(), StandardCharsets.UTF_8).lines().toList();
      } catch (IOException e) {
        configLines = List.of();
      }
    }
    if (line < 1 || line > configLines.size()) {
      return Optional.empty();
    }
    return Optional.of(FileRegion.ofLine(file.get().toAbsolutePath().normalize(), line, configLines.get(line - 1)));
  }

  @Override
  public void report(FileRegion region, String message, Severity unlessConfigured) {
    findings.add(new Finding(rule.id(), levelConfigured ? severity : unlessConfigured, message, region, List.of()));
  }

  List<Finding> findings() {
    return findings;
  }
}
