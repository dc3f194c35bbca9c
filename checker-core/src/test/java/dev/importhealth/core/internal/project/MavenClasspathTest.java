package dev.importhealth.core.internal.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.importhealth.core.model.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real Maven on a project without dependencies: its test classpath is just JUnit's. */
class MavenClasspathTest {

  @TempDir Path root;

  private static final String POM = """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>sample</groupId><artifactId>sample</artifactId><version>1</version>
        <dependencies>
          <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-api</artifactId>
            <version>5.11.4</version><scope>test</scope></dependency>
        </dependencies>
      </project>
      """;

  @Test
  void asksMavenOnceAndAnswersFromTheCacheUntilAPomChanges() throws IOException {
    Files.writeString(root.resolve("pom.xml"), POM);
    Files.createDirectories(root.resolve("src/main/java"));
    Project project = ProjectDiscovery.discover(root);

    MavenClasspath.Resolved first = MavenClasspath.resolve(project);

    assertThat(first.all()).anyMatch(p -> p.getFileName().toString().startsWith("junit-jupiter-api-5.11.4"));
    assertThat(first.byModule()).containsOnlyKeys(".").containsEntry(".", first.all());
    Path cache = root.resolve(MavenClasspath.CACHE);
    // header, pom hash, the module's line, its entries
    assertThat(Files.readAllLines(cache, StandardCharsets.UTF_8)).hasSize(first.all().size() + 3);

    // answered from the cache: Maven does not run, so its output file does not come back
    Files.delete(root.resolve(MavenClasspath.OUTPUT));
    assertThat(MavenClasspath.resolve(project)).isEqualTo(first);
    assertThat(root.resolve(MavenClasspath.OUTPUT)).doesNotExist();

    // a changed pom invalidates the cache: Maven runs again
    Files.writeString(root.resolve("pom.xml"), POM + "<!-- changed -->\n");
    MavenClasspath.resolve(project);
    assertThat(root.resolve(MavenClasspath.OUTPUT)).exists();
  }

  @Test
  void reportsAFailingBuildWithMavensOwnWords() throws IOException {
    Files.writeString(root.resolve("pom.xml"), POM.replace("5.11.4", "0.0.0-does-not-exist"));
    Project project = ProjectDiscovery.discover(root);

    assertThatThrownBy(() -> MavenClasspath.resolve(project))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("dependency:build-classpath")
        .hasMessageContaining("failed with exit code");
    assertThat(root.resolve(MavenClasspath.CACHE)).doesNotExist();
  }
}
