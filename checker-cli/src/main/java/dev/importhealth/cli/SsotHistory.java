package dev.importhealth.cli;

import dev.importhealth.core.audit.SsotAudit;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.core.history.GitHistoryException;
import dev.importhealth.core.history.GitSnapshots;
import dev.importhealth.rules.BuiltInRules;
import dev.importhealth.rules.audit.SsotAuditor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the canonical shares moved over recent commits: each commit's files are exported with git
 * into a temporary directory and audited with today's registry, so the figures measure the code,
 * not changes to the registry.
 */
final class SsotHistory {

  private SsotHistory() {}

  /** Each commit's analysis shows on {@code progress} under the commit's short id. */
  static List<SsotAudit.HistoryPoint> of(Path projectRoot, Path configFile, int commits, ProjectOptions options,
      TerminalProgress progress) throws IOException {
    List<GitSnapshots.Commit> recent;
    try {
      recent = GitSnapshots.recent(projectRoot, commits);
    } catch (GitHistoryException e) {
      throw new IOException("--history needs git: " + e.getMessage(), e);
    }
    List<SsotAudit.HistoryPoint> points = new ArrayList<>();
    for (GitSnapshots.Commit commit : recent) {
      Path snapshot = Files.createTempDirectory("import-health-" + commit.shortId());
      try {
        GitSnapshots.export(projectRoot, commit, snapshot);
        CheckRequest request = new CheckRequest(snapshot, List.of(), Optional.ofNullable(configFile), options.classpath,
            options.threads, false);
        String label = commit.shortId() + " ";
        SsotAudit audit = new Engine(BuiltInRules.all()).inspect(request,
            (phase, done, total) -> progress.progress(label + phase, done, total), SsotAuditor::audit);
        Map<String, Double> shares = new LinkedHashMap<>();
        audit.concepts().forEach(concept -> shares.put(concept.name(), concept.canonicalShare()));
        points.add(new SsotAudit.HistoryPoint(commit.shortId(), commit.date(), shares));
      } catch (GitHistoryException | ConfigException e) {
        // a commit before the canonical class existed has no share to show
        progress.println("import-health: skipping " + commit.shortId() + ": " + e.getMessage());
      } finally {
        deleteRecursively(snapshot);
      }
    }
    return points;
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
