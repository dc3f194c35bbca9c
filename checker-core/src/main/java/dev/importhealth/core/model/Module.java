package dev.importhealth.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One build module (a Maven module, a Gradle project, or a plain tree).
 *
 * @param name the module's path relative to the project root, {@code .} for the root itself
 * @param outputDirectories compiled classes the build already produced ({@code target/classes},
 *     {@code target/test-classes}, {@code build/classes/java/*}) when they exist
 * @param pendingGeneration true when the build generates sources (annotation processors, code
 *     generators) that are not on disk yet, so names in its packages may exist after a build
 * @param resourceRoots directories whose files are copied to the classpath (main and test)
 * @param testBuild how the build selects and configures the module's tests
 * @param testClasspath the module's own resolved test classpath, when the build tool was asked
 */
public record Module(
    String name,
    Path directory,
    List<SourceRoot> sourceRoots,
    List<Path> outputDirectories,
    boolean pendingGeneration,
    List<Path> resourceRoots,
    TestBuild testBuild,
    Optional<List<Path>> testClasspath) {

  public Module {
    sourceRoots = List.copyOf(sourceRoots);
    outputDirectories = List.copyOf(outputDirectories);
    resourceRoots = List.copyOf(resourceRoots);
    testClasspath = testClasspath.map(List::copyOf);
  }

  public Module(String name, Path directory, List<SourceRoot> sourceRoots, List<Path> outputDirectories,
      boolean pendingGeneration) {
    this(name, directory, sourceRoots, outputDirectories, pendingGeneration, List.of(), TestBuild.UNKNOWN,
        Optional.empty());
  }
}
