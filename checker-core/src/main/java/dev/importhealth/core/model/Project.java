package dev.importhealth.core.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole project a check runs against: every module and source root, whatever subset of
 * files is being reported on.
 *
 * @param buildSystem {@code maven}, {@code gradle} or {@code plain}
 * @param otherLanguageSourceFiles Kotlin, Groovy and Scala sources: their types are not indexed,
 *     so their packages cannot be known completely
 */
public record Project(
    Path root, String buildSystem, List<Module> modules, List<Path> otherLanguageSourceFiles) {

  public Project {
    modules = List.copyOf(modules);
    otherLanguageSourceFiles = List.copyOf(otherLanguageSourceFiles);
  }

  public List<SourceRoot> sourceRoots() {
    return modules.stream().flatMap(m -> m.sourceRoots().stream()).toList();
  }
}
