package dev.importhealth.rules.oracle.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The real JUnit Platform (Jupiter and Vintage) and TestNG as the oracle for fixture rules. A
 * fixture project is compiled against the framework jars, then run in a fresh class loader whose
 * parent is the platform loader, so nothing of import-health's own test classpath (its own
 * JUnit among it) can stand in for the fixture's frameworks, and no state leaks between runs.
 */
final class RuntimeOracle {

  private static final String BRIDGE = "importhealth.oracle.bridge.FrameworkBridge";

  private static volatile Path bridgeClasses;

  private RuntimeOracle() {}

  /** Compiles {@code project}'s {@code src/test} into {@code work} and runs every test in it. */
  static RuntimeRun run(Path project, Path work) {
    return execute(project, compile(project, work));
  }

  /** The whole of {@code src/test/java} and {@code src/test/resources}, as Maven's test-compile would. */
  static Path compile(Path project, Path work) {
    Path classes = work.resolve("test-classes");
    FixtureCompiler.compile(project.resolve("src/test/java"), FrameworkJars.all(), classes);
    FixtureCompiler.copyResources(project.resolve("src/test/resources"), classes);
    return classes;
  }

  /**
   * The baseline's classes with one changed project file brought up to date: a resource is
   * copied, a source is recompiled with every source that depends on it (see
   * {@link IncrementalSources}). Much cheaper than {@link #compile}, and what makes the oracle fast.
   */
  static Path recompile(Path project, Path baselineClasses, String changedFile, Path work) {
    Path classes = work.resolve("test-classes");
    FixtureCompiler.copyResources(baselineClasses, classes);
    if (changedFile.startsWith("src/test/resources/")) {
      FixtureCompiler.copyResources(project.resolve("src/test/resources"), classes);
    } else if (changedFile.startsWith("src/test/java/")) {
      Path sources = project.resolve("src/test/java");
      List<Path> stale = IncrementalSources.withDependents(sources, project.resolve(changedFile));
      IncrementalSources.deleteClassesOf(sources, stale, classes);
      List<Path> classpath = new ArrayList<>(List.of(classes));
      classpath.addAll(FrameworkJars.all());
      FixtureCompiler.compile(stale, classpath, classes);
    }
    return classes;
  }

  /** Runs every Jupiter, Vintage and TestNG test in {@code classes} on {@code project}'s runtime classpath. */
  static RuntimeRun execute(Path project, Path classes) {
    List<Path> classpath = FrameworkJars.runtimeClasspath(project);
    List<String[]> rows = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(urls(bridge(), classes, classpath),
        ClassLoader.getPlatformClassLoader())) {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      // Both frameworks find engines, classes and resources through the context class loader.
      thread.setContextClassLoader(loader);
      try {
        Class<?> bridge = Class.forName(BRIDGE, true, loader);
        rows.addAll(invoke(bridge, "runPlatform", classes));
        rows.addAll(invoke(bridge, "runTestNG", classes));
      } finally {
        thread.setContextClassLoader(previous);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the framework bridge could not run", e);
    }
    return toRun(rows);
  }

  @SuppressWarnings("unchecked")
  private static List<String[]> invoke(Class<?> bridge, String name, Path classes) throws ReflectiveOperationException {
    Method method = bridge.getMethod(name, String.class);
    try {
      return (List<String[]>) method.invoke(null, classes.toString());
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(name + " failed", e.getCause());
    }
  }

  /** Rows to records; invocations of one method fail alike, so failures are kept once each. */
  private static RuntimeRun toRun(List<String[]> rows) {
    Set<RuntimeFailure> failures = new LinkedHashSet<>();
    Set<TestMethod> executed = new LinkedHashSet<>();
    for (String[] row : rows) {
      String engine = row[1];
      String className = row[2];
      String method = methodName(engine, row[3]);
      if (row[0].equals("RAN")) {
        executed.add(new TestMethod(engine, className, method));
      } else {
        failures.add(new RuntimeFailure(engine, className, method, row[4], row[5]));
      }
    }
    return new RuntimeRun(new ArrayList<>(failures), executed);
  }

  /**
   * Vintage names a Parameterized invocation {@code m[0]} and reports a runner that fails
   * validation as a pseudo-method {@code initializationError}: one is the method {@code m}, the
   * other a class-level failure.
   */
  private static String methodName(String engine, String raw) {
    if (!engine.equals("junit-vintage")) {
      return raw;
    }
    if (raw.equals("initializationError")) {
      return "";
    }
    int bracket = raw.indexOf('[');
    return bracket > 0 ? raw.substring(0, bracket) : raw;
  }

  private static URL[] urls(Path bridge, Path classes, List<Path> jars) throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    urls.add(bridge.toUri().toURL());
    urls.add(classes.toUri().toURL());
    for (Path jar : jars) {
      urls.add(jar.toUri().toURL());
    }
    return urls.toArray(new URL[0]);
  }

  /** The bridge source is a test resource, compiled once per JVM against the framework jars. */
  private static Path bridge() {
    Path compiled = bridgeClasses;
    if (compiled != null) {
      return compiled;
    }
    synchronized (RuntimeOracle.class) {
      if (bridgeClasses == null) {
        try (InputStream source = RuntimeOracle.class.getResourceAsStream("/runtime-oracle/FrameworkBridge.java")) {
          if (source == null) {
            throw new IllegalStateException("test resource runtime-oracle/FrameworkBridge.java is missing");
          }
          Path dir = Files.createTempDirectory("runtime-oracle-bridge");
          Path src = dir.resolve("src/importhealth/oracle/bridge/FrameworkBridge.java");
          Files.createDirectories(src.getParent());
          Files.copy(source, src);
          FixtureCompiler.compile(dir.resolve("src"), FrameworkJars.all(), dir.resolve("classes"));
          bridgeClasses = dir.resolve("classes");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return bridgeClasses;
    }
  }
}
