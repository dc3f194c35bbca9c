package dev.importhealth.rules.oracle.runtime;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources against the framework jars in-process, and copies resources, as Maven would. */
final class FixtureCompiler {

  private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

  private FixtureCompiler() {}

  /**
   * Compiles every {@code .java} under {@code sources} into {@code output}. {@code -parameters}
   * because Maven projects commonly compile tests with it, and JUnit then names parameters in
   * its messages. A compile error is a broken fixture or mutation, never a runtime finding, so it
   * throws.
   */
  static void compile(Path sources, List<Path> classpath, Path output) {
    try {
      compile(filesUnder(sources, ".java"), classpath, output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles the given source files; see {@link #compile(Path, List, Path)}. */
  static void compile(List<Path> sourceFiles, List<Path> classpath, Path output) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = COMPILER.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(output);
      String path = classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
      List<String> options = List.of("-parameters", "-proc:none", "-nowarn", "--release", "17",
          "-encoding", "UTF-8", "-d", output.toString(), "-classpath", path);
      boolean ok = COMPILER.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sourceFiles)).call();
      if (!ok) {
        String errors = diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n"));
        throw new IllegalStateException("does not compile:\n" + errors);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a resource root into the class output directory, keeping relative paths. */
  static void copyResources(Path resources, Path output) {
    if (!Files.isDirectory(resources)) {
      return;
    }
    try {
      for (Path file : filesUnder(resources, "")) {
        Path target = output.resolve(resources.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> filesUnder(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
