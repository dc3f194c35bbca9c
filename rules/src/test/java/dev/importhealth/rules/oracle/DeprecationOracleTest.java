package dev.importhealth.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Severity;
import dev.importhealth.rules.DeprecatedApi;
import dev.importhealth.rules.testing.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * javac as the oracle for IH202: a small project that uses deprecated declarations in every way
 * the rule knows is compiled with {@code -Xlint:deprecation,removal}, and IH202's findings must be
 * exactly javac's deprecation and removal warnings, line for line and kind for kind (removal is an
 * error), except on the lines marked {@code // javac only}: the uses IH202 leaves alone on
 * purpose, each of which must really be one javac warns about.
 */
class DeprecationOracleTest {

  private static final String JAVAC_ONLY = "// javac only";

  private static final Map<String, String> SOURCES = new LinkedHashMap<>();

  static {
    SOURCES.put("lib/Old.java", """
        package lib;
        /** @deprecated use {@link lib.Fresh} instead */
        @Deprecated
        public class Old {
          public static final int LIMIT = 3;
          public static void run() {}
          public static class Inner { public static int depth = 1; }
        }
        """);
    SOURCES.put("lib/Fresh.java", """
        package lib;
        public class Fresh {}
        """);
    SOURCES.put("lib/Gone.java", """
        package lib;
        @Deprecated(forRemoval = true)
        public @interface Gone {}
        """);
    SOURCES.put("lib/Color.java", """
        package lib;
        public enum Color { RED, @Deprecated CRIMSON, /** @deprecated */ SCARLET }
        """);
    SOURCES.put("lib/Api.java", """
        package lib;
        public class Api {
          /** @deprecated use {@link #verify(String)} */
          public boolean check(String token) { return true; }
          public boolean verify(String token) { return true; }
          @Deprecated(forRemoval = true)
          public static String read(String key) { return key; }
          @Deprecated
          public static final int LEGACY = 1;
          public static final int CURRENT = 2;
          @Deprecated
          protected int counter;
          @Deprecated
          public Api(int legacy) {}
          public Api() {}
          public void log(String message) {}
          @Deprecated
          public void log(String message, Object... args) {}
          @Deprecated
          public void flush(int level) {}
          public void flush(long level) {}
          @Deprecated
          public void close() {}
        }
        """);
    SOURCES.put("lib/Base.java", """
        package lib;
        public class Base {
          @Deprecated
          public Base() {}
          public Base(String name) {}
        }
        """);
    SOURCES.put("app/Uses.java", """
        package app;
        import java.util.List;
        import java.util.function.Supplier;
        import lib.Api;
        import lib.Color;
        import lib.Gone;
        import lib.Old;
        import lib.Old.Inner; // javac only
        import static lib.Api.LEGACY;
        @Gone
        public class Uses extends Api {
          Old field;
          List<Old> list;
          Old.Inner inner;
          Inner imported;
          Supplier<Object> make = Old::new;
          Uses() {
            super(1);
          }
          int run(Api api) {
            Old.run();
            int limit = lib.Old.LIMIT;
            Object o = new Old();
            boolean b = o instanceof Old;
            Runnable r = Old::run;
            boolean ok = api.check("t");
            String token = Api.read("k");
            int legacy = LEGACY + Api.CURRENT;
            int count = counter;
            Api made = new Api(1);
            Api fresh = new Api();
            api.log("a");
            api.log("a", 1);
            api.flush(1); // javac only
            api.flush(1L);
            Runnable close = api::close;
            Color crimson = Color.CRIMSON;
            Color scarlet = Color.SCARLET;
            switch (crimson) {
              case CRIMSON: return 1;
              default: return limit + legacy + count + Inner.depth;
            }
          }
          @Override
          public void close() {} // javac only
          @Deprecated
          void deprecatedCaller(Api api) {
            api.check("t");
            Api.read("k");
          }
          @SuppressWarnings("deprecation")
          void suppressed(Api api) {
            api.check("t");
            Api.read("k");
          }
          @SuppressWarnings("removal")
          void suppressedRemoval(Api api) {
            Api.read("k");
          }
          void locallySuppressed(Api api) {
            @SuppressWarnings("deprecation") boolean ok = api.check("t");
          }
        }
        """);
    SOURCES.put("app/Sub.java", """
        package app;
        public class Sub extends lib.Base {
          Sub() {} // javac only
          Sub(int x) {
            super("x");
          }
        }
        """);
    SOURCES.put("app/Same.java", """
        package app;
        @Deprecated
        public class Same {
          @Deprecated static void old() {}
        }
        class SameFile {
          Same same; // javac only
          void run() {
            Same.old(); // javac only
          }
        }
        """);
  }

  @TempDir
  Path work;

  @Test
  void ih202ReportsWhatJavacWarnsAboutExceptTheMarkedLines() throws IOException {
    Set<String> javac = javacDeprecationWarnings();
    Set<String> javacOnly = new TreeSet<>();
    SOURCES.forEach((path, text) -> {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].contains(JAVAC_ONLY)) {
          javacOnly.add(path + ":" + (i + 1));
        }
      }
    });

    RuleTester tester = RuleTester.of(new DeprecatedApi());
    SOURCES.forEach(tester::addSource);
    Set<String> ih202 = new TreeSet<>();
    for (Finding finding : tester.run().findings()) {
      String file = ((FileRegion) finding.location()).file().toString().replace('\\', '/');
      ih202.add(file.substring(file.indexOf("/src/") + 5) + ":" + ((FileRegion) finding.location()).startLine()
          + (finding.severity() == Severity.ERROR ? " removal" : " deprecation"));
    }

    Set<String> javacLines = new TreeSet<>(javac.stream().map(w -> w.substring(0, w.indexOf(' '))).toList());
    assertThat(javacLines).as("lines marked '%s' that javac warns about", JAVAC_ONLY).containsAll(javacOnly);
    Set<String> expected = new TreeSet<>(javac.stream()
        .filter(w -> !javacOnly.contains(w.substring(0, w.indexOf(' ')))).toList());
    assertThat(expected).as("javac warnings outside the marked lines").hasSizeGreaterThanOrEqualTo(20);
    assertThat(ih202).as("IH202 findings (left) against javac's warnings").isEqualTo(expected);
  }

  /** {@code app/Uses.java:12 deprecation}, for each deprecation or removal warning javac gives. */
  private Set<String> javacDeprecationWarnings() throws IOException {
    Path sources = work.resolve("javac-src");
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : SOURCES.entrySet()) {
      Path file = sources.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file);
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Path classes = Files.createDirectories(work.resolve("javac-classes"));
      List<String> options = List.of("-Xlint:deprecation,removal", "-proc:none", "-implicit:none", "-Xmaxwarns", "10000",
          "-d", classes.toString(), "-classpath", classes.toString());
      boolean compiled = compiler.getTask(null, manager, diagnostics, options, null,
          manager.getJavaFileObjectsFromPaths(files)).call();
      assertThat(compiled).as("the corpus compiles: %s", diagnostics.getDiagnostics()).isTrue();
    }
    Set<String> warnings = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String code = diagnostic.getCode();
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR || !code.startsWith("compiler.warn.has.been.deprecated")) {
        continue;
      }
      String file = sources.relativize(Path.of(diagnostic.getSource().toUri())).toString().replace('\\', '/');
      warnings.add(file + ":" + diagnostic.getLineNumber() + (code.endsWith("for.removal") ? " removal" : " deprecation"));
    }
    return warnings;
  }
}
