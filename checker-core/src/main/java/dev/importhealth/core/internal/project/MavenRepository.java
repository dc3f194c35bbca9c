package dev.importhealth.core.internal.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The local Maven repository, read only for the poms of published parents. It is found as Maven
 * finds it, in a simplified way: the {@code maven.repo.local} system property of the JVM running
 * the checker, else {@code <localRepository>} in {@code ~/.m2/settings.xml} (with {@code
 * ${user.home}} and {@code ${env.NAME}} resolved), else {@code ~/.m2/repository}. The global
 * {@code settings.xml} of a Maven installation, {@code .mvn/maven.config} and {@code MAVEN_OPTS}
 * are not read. A released pom's content is fixed by its coordinates, so reading it from another
 * repository than the build's would at worst not find it, which leaves what depends on it unknown.
 * Nothing is ever downloaded.
 */
final class MavenRepository {

  /** Coordinates that are safe as path segments: no separators, no {@code ..}, no placeholders. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-+]*");

  private final Optional<Path> root;

  MavenRepository(Optional<Path> root) {
    this.root = root;
  }

  static MavenRepository at(Path root) {
    return new MavenRepository(Optional.of(root));
  }

  static MavenRepository none() {
    return new MavenRepository(Optional.empty());
  }

  /** The repository of the user running the checker; see the class comment. */
  static MavenRepository ofUser() {
    return of(System::getProperty, System::getenv);
  }

  /** The same, with the JVM's system properties and the environment given. */
  static MavenRepository of(Function<String, String> systemProperties, Function<String, String> environment) {
    String explicit = systemProperties.apply("maven.repo.local");
    if (explicit != null && !explicit.isBlank()) {
      return new MavenRepository(path(explicit.trim()));
    }
    String home = systemProperties.apply("user.home");
    if (home == null || home.isBlank()) {
      return none();
    }
    Path m2 = Path.of(home, ".m2");
    Path settings = m2.resolve("settings.xml");
    if (Files.isRegularFile(settings)) {
      try {
        Optional<String> configured = MavenPom.settingsLocalRepository(settings);
        if (configured.isPresent()) {
          String v = MavenReader.Effective.interpolate(configured.get(),
              key -> key.startsWith("env.") ? environment.apply(key.substring(4)) : systemProperties.apply(key));
          return v == null ? none() : new MavenRepository(path(v));
        }
      } catch (IOException e) {
        return none();
      }
    }
    return at(m2.resolve("repository"));
  }

  Optional<Path> root() {
    return root;
  }

  private static Optional<Path> path(String s) {
    try {
      return Optional.of(Path.of(s).toAbsolutePath().normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code <root>/<groupId as path>/<artifactId>/<version>/<artifactId>-<version>.pom}, when the
   * coordinates are plain (no placeholders or ranges) and the file exists.
   */
  Optional<Path> pom(String groupId, String artifactId, String version) {
    if (root.isEmpty() || !SEGMENT.matcher(artifactId).matches() || !SEGMENT.matcher(version).matches()) {
      return Optional.empty();
    }
    Path dir = root.get();
    for (String g : groupId.split("\\.", -1)) {
      if (!SEGMENT.matcher(g).matches()) {
        return Optional.empty();
      }
      dir = dir.resolve(g);
    }
    Path pom = dir.resolve(artifactId).resolve(version).resolve(artifactId + "-" + version + ".pom");
    return Files.isRegularFile(pom) ? Optional.of(pom) : Optional.empty();
  }
}
