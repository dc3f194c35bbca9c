package dev.importhealth.core.internal.project;

import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small helpers for building project trees in a temporary directory. */
final class TestTrees {

  private TestTrees() {}

  static Path write(Path root, String relative, String content) {
    try {
      Path f = root.resolve(relative);
      Files.createDirectories(f.getParent());
      Files.writeString(f, content);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path mkdirs(Path root, String relative) {
    try {
      return Files.createDirectories(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Java class {@code Name} in {@code pkg}, written to {@code dir/Name.java}. */
  static Path javaClass(Path root, String dir, String pkg, String name) {
    String header = pkg.isEmpty() ? "" : "package " + pkg + ";\n\n";
    return write(root, dir + "/" + name + ".java", header + "public class " + name + " {}\n");
  }

  static String pom(String artifactId, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>%s</artifactId>
          <version>1.0</version>
        %s
        </project>
        """
        .formatted(artifactId, body);
  }

  static Module module(Project project, String name) {
    return project.modules().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no module " + name + " in " + names(project)));
  }

  static List<String> names(Project project) {
    return project.modules().stream().map(Module::name).toList();
  }

  /** Root directories relative to the project root, '/'-separated. */
  static List<String> rootPaths(Project project, Module module) {
    return module.sourceRoots().stream().map(r -> rel(project, r.directory())).toList();
  }

  static String rel(Project project, Path p) {
    return TreeWalk.relativeName(project.root(), p);
  }

  static List<String> rel(Project project, List<Path> paths) {
    return paths.stream().map(p -> rel(project, p)).toList();
  }

  static SourceRoot root(Project project, String relative) {
    Path dir = project.root().resolve(relative).normalize();
    return project.sourceRoots().stream()
        .filter(r -> r.directory().equals(dir))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no root " + relative));
  }
}
