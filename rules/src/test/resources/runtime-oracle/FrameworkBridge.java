package importhealth.oracle.bridge;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.testng.ITestListener;
import org.testng.ITestResult;
import org.testng.TestNG;

/**
 * Runs inside the runtime oracle's isolated class loader, next to the test frameworks and the
 * compiled fixture, so it can use the framework APIs directly. It hands back only JDK types:
 * rows of strings, {@code {"RAN", engine, class, method}} for every test that started and
 * {@code {"FAIL", engine, class, method or "", exception class, message and causes}} for every
 * failed test or container. The oracle on the other side interprets them.
 */
public final class FrameworkBridge {

  private FrameworkBridge() {}

  /** All Jupiter and Vintage tests under the class directory, through the JUnit Platform launcher. */
  public static List<String[]> runPlatform(String classesDir) {
    List<String[]> rows = Collections.synchronizedList(new ArrayList<>());
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(Path.of(classesDir))))
        .build();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, new TestExecutionListener() {
      @Override
      public void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
          rows.add(new String[] {"RAN", engine(id), className(id.getSource().orElse(null)),
              methodName(id.getSource().orElse(null))});
        }
      }

      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
          Throwable error = result.getThrowable().orElse(null);
          rows.add(new String[] {"FAIL", engine(id), className(id.getSource().orElse(null)),
              methodName(id.getSource().orElse(null)), error == null ? "" : error.getClass().getName(),
              describe(error)});
        }
      }
    });
    return new ArrayList<>(rows);
  }

  /** All classes under the class directory that carry TestNG {@code @Test}, run programmatically. */
  public static List<String[]> runTestNG(String classesDir) throws IOException, ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    ClassLoader loader = FrameworkBridge.class.getClassLoader();
    for (String name : classNames(Path.of(classesDir))) {
      Class<?> type = Class.forName(name, false, loader);
      if (isTestNGClass(type)) {
        classes.add(type);
      }
    }
    List<String[]> rows = Collections.synchronizedList(new ArrayList<>());
    if (classes.isEmpty()) {
      return rows;
    }
    TestNG testng = new TestNG(false);
    testng.setUseDefaultListeners(false);
    testng.setVerbose(0);
    testng.setTestClasses(classes.toArray(new Class<?>[0]));
    testng.addListener(new ITestListener() {
      @Override
      public void onTestStart(ITestResult result) {
        rows.add(new String[] {"RAN", "testng", result.getTestClass().getName(), result.getMethod().getMethodName()});
      }

      @Override
      public void onTestFailure(ITestResult result) {
        fail(result);
      }

      @Override
      public void onTestSkipped(ITestResult result) {
        fail(result); // a skip with a throwable is a failure to run (e.g. a data provider problem)
      }

      private void fail(ITestResult result) {
        Throwable error = result.getThrowable();
        if (error != null) {
          rows.add(new String[] {"FAIL", "testng", result.getTestClass().getName(),
              result.getMethod().getMethodName(), error.getClass().getName(), describe(error)});
        }
      }
    });
    try {
      testng.run();
    } catch (RuntimeException e) {
      // TestNG aborts the whole run for some configuration errors; keep them as a run-level failure.
      rows.add(new String[] {"FAIL", "testng", "", "", e.getClass().getName(), describe(e)});
    }
    return new ArrayList<>(rows);
  }

  private static boolean isTestNGClass(Class<?> type) {
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return false;
    }
    if (type.isAnnotationPresent(org.testng.annotations.Test.class)) {
      return true;
    }
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(org.testng.annotations.Test.class)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".class"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .toList();
    }
  }

  private static String engine(TestIdentifier id) {
    return UniqueId.parse(id.getUniqueId()).getEngineId().orElse("");
  }

  private static String className(TestSource source) {
    if (source instanceof MethodSource method) {
      return method.getClassName();
    }
    if (source instanceof ClassSource type) {
      return type.getClassName();
    }
    return "";
  }

  private static String methodName(TestSource source) {
    return source instanceof MethodSource method ? method.getMethodName() : "";
  }

  private static String describe(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (text.length() > 0) {
        text.append(" | caused by ").append(t.getClass().getName()).append(": ");
      }
      text.append(t.getMessage());
    }
    return text.toString();
  }
}
