package dev.importhealth.core.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One build module (a Maven module, a Gradle project, or a plain tree).
 *
 * @param name the module's path relative to the project root, {@code .} for the root itself
 * @param outputDirectories compiled classes the build already produced ({@code target/classes},
 *     {@code target/test-classes}, {@code build/classes/java/*}) when they exist
 * @param pendingGeneration true when the build generates sources (annotation processors, code
 *     generators) that are not on disk yet, so names in its packages may exist after a build
 */
public record Module(
    String name,
    Path directory,
    List<SourceRoot> sourceRoots,
    List<Path> outputDirectories,
    boolean pendingGeneration) {

  public Module {
    sourceRoots = List.copyOf(sourceRoots);
    outputDirectories = List.copyOf(outputDirectories);
  }
}
