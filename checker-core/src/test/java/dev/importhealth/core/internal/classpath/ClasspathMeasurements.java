package dev.importhealth.core.internal.classpath;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Not a test: prints how long opening a {@link ClassGraphLibrary} and reading types take, and the
 * heap they keep. Run in a fresh JVM (first numbers are cold), for example:
 *
 * <pre>
 * java -cp checker-core/target/classes:checker-core/target/test-classes:CLASSGRAPH_JAR:JAVAPARSER_JAR \
 *     dev.importhealth.core.internal.classpath.ClasspathMeasurements [jar-or-dir ...]
 * </pre>
 */
public final class ClasspathMeasurements {

  private ClasspathMeasurements() {}

  public static void main(String[] args) {
    List<Path> classpath = new ArrayList<>();
    boolean classGraphFirst = false;
    for (String arg : args) {
      if (arg.equals("--classgraph-first")) {
        classGraphFirst = true; // to see ClassGraph's JDK listing in a cold JVM
      } else {
        classpath.add(Path.of(arg));
      }
    }
    if (classGraphFirst) {
      listJdkWithClassGraph(0);
    }
    long heapBefore = usedHeap();
    long start = System.nanoTime();
    ClassGraphLibrary jdk = ClassGraphLibrary.open(List.of(), true);
    long openNanos = System.nanoTime() - start;
    int classes = jdk.packages().stream().mapToInt(p -> jdk.classesIn(p).size()).sum();
    long heapAfterOpen = usedHeap();
    System.out.printf("open(JDK only): %d ms, %d packages, %d classes, heap +%.1f MB%n",
        openNanos / 1_000_000, jdk.packages().size(), classes, mb(heapAfterOpen - heapBefore));

    List<String> names = jdk.packages().stream().sorted()
        .flatMap(p -> jdk.classesIn(p).stream()).limit(2_000).toList();
    start = System.nanoTime();
    long read = names.stream().map(jdk::type).filter(Optional::isPresent).count();
    long readNanos = System.nanoTime() - start;
    System.out.printf("type() x %d JDK classes (%d read): %d ms, heap +%.1f MB%n", names.size(),
        read, readNanos / 1_000_000, mb(usedHeap() - heapAfterOpen));
    start = System.nanoTime();
    names.forEach(jdk::type);
    System.out.printf("same %d again (cached): %.1f ms%n", names.size(),
        (System.nanoTime() - start) / 1e6);
    jdk.close();

    for (int round = 1; round <= 2; round++) {
      listJdkWithClassGraph(round);
      start = System.nanoTime();
      try (ClassGraphLibrary again = ClassGraphLibrary.open(List.of(), true)) {
        System.out.printf("open(JDK only) via jrt:/, round %d: %d ms%n", round,
            (System.nanoTime() - start) / 1_000_000);
      }
    }

    if (!classpath.isEmpty()) {
      for (int round = 1; round <= 2; round++) {
        start = System.nanoTime();
        try (ClassGraphLibrary library = ClassGraphLibrary.open(classpath, false)) {
          long listed = library.packages().stream().mapToInt(p -> library.classesIn(p).size()).sum();
          System.out.printf("open(%d classpath entries, no JDK), round %d: %d ms, %d classes%n",
              classpath.size(), round, (System.nanoTime() - start) / 1_000_000, listed);
        }
      }
    }
  }

  /** The alternative to jrt:/: ClassGraph's listing of the boot layer's system modules. */
  private static void listJdkWithClassGraph(int round) {
    long start = System.nanoTime();
    try (ScanResult scan = new ClassGraph().enableSystemJarsAndModules()
        .disableJarScanning().disableDirScanning().scan()) {
      int count = scan.getResourcesWithExtension("class").size();
      System.out.printf("ClassGraph listing the JDK, round %d: %d ms, %d class files%n", round,
          (System.nanoTime() - start) / 1_000_000, count);
    }
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
