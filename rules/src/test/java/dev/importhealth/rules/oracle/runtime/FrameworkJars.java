package dev.importhealth.rules.oracle.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test-framework jars that {@code rules/pom.xml} copies to {@code target/test-frameworks}.
 * They are not on import-health's own test classpath: the oracle loads them in a class loader of
 * its own.
 */
final class FrameworkJars {

  private static final String VINTAGE = "junit-vintage-engine";

  private static final String SPRING = "spring-";

  private FrameworkJars() {}

  /** Every framework jar; this is also the classpath the checker is given. */
  static List<Path> all() {
    Path dir = directory();
    try (Stream<Path> list = Files.list(dir)) {
      List<Path> jars = list.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
      if (jars.stream().noneMatch(p -> p.getFileName().toString().startsWith(VINTAGE))) {
        throw new IllegalStateException("no " + VINTAGE + " jar in " + dir + "; run mvn generate-test-resources");
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The runtime classpath of a fixture project, as Maven would resolve it from the pom: the
   * Vintage engine only when declared (that is how a mutation of the pom takes JUnit 4 tests off
   * the platform), and the Spring jars only with spring-test. Spring must not ride along
   * undeclared: spring-test registers a Mockito MockResolver through ServiceLoader that needs
   * spring-aop, so every Mockito mock fails with NoClassDefFoundError when it is merely present.
   */
  static List<Path> runtimeClasspath(Path project) {
    String pom;
    try {
      pom = Files.readString(project.resolve("pom.xml"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean vintage = pom.contains("<artifactId>" + VINTAGE + "</artifactId>");
    boolean spring = pom.contains("<artifactId>spring-test</artifactId>");
    return all().stream()
        .filter(jar -> vintage || !jar.getFileName().toString().startsWith(VINTAGE))
        .filter(jar -> spring || !jar.getFileName().toString().startsWith(SPRING))
        .toList();
  }

  private static Path directory() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      for (Path candidate : List.of(p.resolve("target/test-frameworks"), p.resolve("rules/target/test-frameworks"))) {
        if (Files.isDirectory(candidate)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("rules/target/test-frameworks not found; run mvn generate-test-resources in rules");
  }
}
