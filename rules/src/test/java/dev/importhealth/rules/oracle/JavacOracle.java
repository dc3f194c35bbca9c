package dev.importhealth.rules.oracle;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a project's sources in-process with the system compiler and collects its errors. */
final class JavacOracle {

  private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

  private JavacOracle() {}

  /** Every ERROR javac reports on the {@code .java} files under {@code sources}, in report order. */
  static List<JavacError> compile(Path projectRoot, Path sources, Path output) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = COMPILER.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(output);
      List<String> options = List.of(
          "-proc:none", "-implicit:none", "-Xmaxerrs", "10000", "-d", output.toString(),
          // only the sample: nothing from the test's own classpath may stand in for a deleted type
          "-classpath", output.toString(), "-sourcepath", output.toString());
      JavacTask task = (JavacTask) COMPILER.getTask(
          null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(javaFiles(sources)));
      Iterable<? extends CompilationUnitTree> units = task.parse();
      task.analyze();
      Map<JavaFileObject, ReceiverTyping> receivers = new HashMap<>();
      Trees trees = Trees.instance(task);
      for (CompilationUnitTree unit : units) {
        receivers.put(unit.getSourceFile(), new ReceiverTyping(trees, task.getTypes(), unit));
      }
      List<JavacError> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
          continue;
        }
        if (diagnostic.getSource() == null) {
          throw new AssertionError("javac error without a source file: " + diagnostic);
        }
        String file = projectRoot.relativize(Path.of(diagnostic.getSource().toUri())).toString().replace('\\', '/');
        String message = diagnostic.getMessage(Locale.ROOT);
        String symbol = ErrorKinds.symbol(diagnostic.getCode(), message);
        ReceiverTyping typing = receivers.get(diagnostic.getSource());
        ReceiverTyping.Receiver receiver = typing == null || symbol.isEmpty()
            ? ReceiverTyping.Receiver.NONE
            : typing.at(diagnostic.getPosition(), symbol);
        errors.add(new JavacError(file, diagnostic.getLineNumber(),
            ErrorKinds.classify(diagnostic.getCode(), message, receiver), symbol, message));
      }
      return errors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> javaFiles(Path sources) throws IOException {
    try (Stream<Path> walk = Files.walk(sources)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
