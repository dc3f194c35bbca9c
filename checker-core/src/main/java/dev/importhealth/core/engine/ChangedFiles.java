package dev.importhealth.core.engine;

import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.source.SourceEntry;
import dev.importhealth.core.model.SourceFile;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a changed-files check reports on: the changed ones, and every file that names a type
 * a changed (or deleted) file declares, since a renamed method breaks its callers. Naming is read
 * from each file's identifiers (kept in the cache for files not parsed), which errs towards
 * checking more files; a caller that reaches a changed type only through an inferred type (a
 * chain of calls, {@code var}) and never names it is not rechecked.
 */
final class ChangedFiles {

  private ChangedFiles() {}

  static boolean isChanged(SourceFile file, List<Path> changed) {
    Path path = Engine.normalise(file.path());
    return changed.stream().map(Engine::normalise).anyMatch(path::equals);
  }

  /** The changed files and the files that name a type they declare (or declared, by file name). */
  static Set<SourceFile> affected(List<SourceEntry> entries, List<Path> changed) {
    Set<Path> changedPaths = new HashSet<>();
    Set<String> changedTypes = new HashSet<>();
    for (Path path : changed) {
      Path normal = Engine.normalise(path);
      changedPaths.add(normal);
      String name = normal.getFileName().toString();
      if (name.endsWith(".java")) {
        changedTypes.add(name.substring(0, name.length() - ".java".length()));
      }
    }
    for (SourceEntry entry : entries) {
      if (changedPaths.contains(Engine.normalise(entry.file().path()))) {
        entry.types().stream().map(TypeSymbol::simpleName).filter(n -> !n.isEmpty()).forEach(changedTypes::add);
      }
    }
    Set<SourceFile> affected = new HashSet<>();
    for (SourceEntry entry : entries) {
      if (changedPaths.contains(Engine.normalise(entry.file().path()))
          || entry.summary().names().stream().anyMatch(changedTypes::contains)) {
        affected.add(entry.file());
      }
    }
    return affected;
  }
}
