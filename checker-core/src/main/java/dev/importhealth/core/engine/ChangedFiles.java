package dev.importhealth.core.engine;

import dev.importhealth.core.history.GitChanges;
import dev.importhealth.core.history.GitHistoryException;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.source.ApiShape;
import dev.importhealth.core.internal.source.SourceEntry;
import dev.importhealth.core.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files a check of some files reports on: those files (the changed ones, or the ones given,
 * as a pre-commit hook passes the staged files), and every file that names a type one of them
 * declares when that file's shape ({@link ApiShape}: all but method bodies) differs from the base
 * revision, since a renamed method breaks its callers while an edited method body breaks no one.
 * Without git, or for a file the base lacks, the shape counts as changed. Naming is read from each
 * file's identifiers (kept in the cache for files not parsed), which errs towards checking more; a
 * caller that reaches a changed type only through an inferred type (a chain of calls, {@code var})
 * and never names it is not rechecked.
 */
final class ChangedFiles {

  private ChangedFiles() {}

  /** The changed files, or the report paths when every one is a file: whose users a change may break. */
  static Optional<List<Path>> targets(CheckRequest request) {
    if (request.changed().isPresent()) {
      return request.changed();
    }
    List<Path> paths = request.reportPaths();
    return !paths.isEmpty() && paths.stream().allMatch(Files::isRegularFile) ? Optional.of(paths) : Optional.empty();
  }

  /** The targets whose shape differs from {@code base}: deleted, new, or with other declarations. */
  static Set<Path> reshaped(List<Path> targets, List<SourceLoading.FileText> texts, List<SourceEntry> entries,
      SourceLoading loading, String base, Path root) {
    Set<Path> reshaped = new HashSet<>();
    targets.forEach(t -> reshaped.add(Engine.normalise(t)));
    Map<Path, String> before;
    try {
      before = GitChanges.textsAt(root, base, reshaped);
    } catch (GitHistoryException e) {
      return reshaped; // no history to compare with: every target may have changed shape
    }
    for (int i = 0; i < texts.size(); i++) {
      Path path = Engine.normalise(texts.get(i).file().path());
      String old = before.get(path);
      if (old != null && reshaped.contains(path) && entries.get(i) instanceof SourceEntry.Parsed parsed
          && !parsed.apiShape().isEmpty() && loading.baseShape(texts.get(i), old).equals(Optional.of(parsed.apiShape()))) {
        reshaped.remove(path);
      }
    }
    return reshaped;
  }

  /** The targets and the files that name a type a reshaped target declares (or declared, by its file name). */
  static Set<SourceFile> affected(List<SourceEntry> entries, List<Path> targets, Set<Path> reshaped) {
    Set<Path> targetPaths = new HashSet<>();
    targets.forEach(t -> targetPaths.add(Engine.normalise(t)));
    Set<String> reshapedTypes = new HashSet<>();
    for (Path path : reshaped) {
      String name = path.getFileName().toString();
      if (name.endsWith(".java")) {
        reshapedTypes.add(name.substring(0, name.length() - ".java".length()));
      }
    }
    for (SourceEntry entry : entries) {
      if (reshaped.contains(Engine.normalise(entry.file().path()))) {
        entry.types().stream().map(TypeSymbol::simpleName).filter(n -> !n.isEmpty()).forEach(reshapedTypes::add);
      }
    }
    Set<SourceFile> affected = new HashSet<>();
    for (SourceEntry entry : entries) {
      if (targetPaths.contains(Engine.normalise(entry.file().path()))
          || (!reshapedTypes.isEmpty() && entry.summary().names().get().stream().anyMatch(reshapedTypes::contains))) {
        affected.add(entry.file());
      }
    }
    return affected;
  }
}
