package dev.importhealth.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.model.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Module test classpaths with and without {@code --maven-classpath}. Runs the real Maven, like
 * MavenClasspathTest, on modules whose only dependency is one JUnit already in the local repository.
 */
class ProjectSetupTest {

  @TempDir Path root;

  private static String pom(String artifactId, String body) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>sample</groupId><artifactId>%s</artifactId><version>1</version>
          %s
        </project>
        """.formatted(artifactId, body);
  }

  @Test
  void withMavenClasspathEachModuleCarriesItsOwn() throws IOException, ConfigException {
    Files.writeString(root.resolve("pom.xml"),
        pom("parent", "<packaging>pom</packaging><modules><module>a</module><module>b</module></modules>"));
    Files.createDirectories(root.resolve("a"));
    Files.writeString(root.resolve("a/pom.xml"), pom("a", """
        <dependencies>
          <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-api</artifactId>
            <version>5.11.4</version><scope>test</scope></dependency>
        </dependencies>
        """));
    Files.createDirectories(root.resolve("b"));
    Files.writeString(root.resolve("b/pom.xml"), pom("b", ""));

    ProjectSetup without = load(false);
    assertThat(without.project().modules()).allSatisfy(m -> assertThat(m.testClasspath()).isEmpty());

    ProjectSetup with = load(true);
    assertThat(module(with, "a").testClasspath()).hasValueSatisfying(cp -> assertThat(cp)
        .anyMatch(p -> p.getFileName().toString().equals("junit-jupiter-api-5.11.4.jar")));
    assertThat(module(with, "b").testClasspath()).contains(List.of());
    assertThat(with.classpath()).containsAll(module(with, "a").testClasspath().orElseThrow());
  }

  private static Module module(ProjectSetup setup, String name) {
    return setup.project().modules().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  private ProjectSetup load(boolean mavenClasspath) throws IOException, ConfigException {
    return ProjectSetup.load(new CheckRequest(root, List.of(), Optional.empty(), List.of(), 1, mavenClasspath), List.of());
  }
}
