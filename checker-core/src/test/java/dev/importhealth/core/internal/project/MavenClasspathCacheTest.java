package dev.importhealth.core.internal.project;

import static dev.importhealth.core.internal.project.TestTrees.module;
import static dev.importhealth.core.internal.project.TestTrees.pom;
import static dev.importhealth.core.internal.project.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.model.Project;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-module classpaths and their cache, without running Maven. */
class MavenClasspathCacheTest {

  @TempDir Path root;
  @TempDir Path repository;

  private Project project;
  private Path vintage;
  private Path jupiter;

  @BeforeEach
  void twoModules() throws IOException {
    write(root, "pom.xml", pom("parent", "<packaging>pom</packaging><modules><module>a</module>"
        + "<module>b</module><module>c</module></modules>"));
    write(root, "a/pom.xml", pom("a", ""));
    write(root, "b/pom.xml", pom("b", ""));
    write(root, "c/pom.xml", pom("c", ""));
    vintage = write(repository, "junit-vintage-engine-5.11.4.jar", "");
    jupiter = write(repository, "junit-jupiter-api-5.11.4.jar", "");
    project = ProjectDiscovery.discover(root);
  }

  @Test
  void eachModuleKeepsItsOwnClasspathAndModulesWithoutOutputHaveNone() throws IOException {
    write(root, "a/" + MavenClasspath.OUTPUT, vintage + File.pathSeparator + jupiter);
    write(root, "b/" + MavenClasspath.OUTPUT, jupiter + File.pathSeparator + repository.resolve("gone.jar"));

    Map<String, List<Path>> byModule = MavenClasspath.readOutputs(project);

    assertThat(byModule).containsOnlyKeys("a", "b");
    assertThat(byModule.get("a")).containsExactly(vintage, jupiter);
    assertThat(byModule.get("b")).containsExactly(jupiter);
  }

  @Test
  void resolveAnswersFromAValidCacheWithoutRunningMaven() throws IOException {
    Map<String, List<Path>> byModule = Map.of("a", List.of(vintage, jupiter), "b", List.of(jupiter), "c", List.of());
    MavenClasspath.writeCache(root.resolve(MavenClasspath.CACHE), MavenClasspath.pomHash(project), byModule);

    MavenClasspath.Resolved resolved = MavenClasspath.resolve(project);

    assertThat(resolved.byModule()).isEqualTo(byModule);
    assertThat(resolved.all()).containsExactlyInAnyOrder(vintage, jupiter);
    Project withClasspaths = resolved.applyTo(project);
    assertThat(module(withClasspaths, "a").testClasspath()).contains(List.of(vintage, jupiter));
    assertThat(module(withClasspaths, "c").testClasspath()).contains(List.of());
    // Maven wrote nothing for the aggregator: its classpath stays unknown
    assertThat(module(withClasspaths, ".").testClasspath()).isEmpty();
    assertThat(module(project, "a").testClasspath()).isEmpty();
  }

  @Test
  void aCacheForOtherPomsIsNotRead() throws IOException {
    Path cache = root.resolve(MavenClasspath.CACHE);
    MavenClasspath.writeCache(cache, MavenClasspath.pomHash(project), Map.of("a", List.of(vintage)));
    write(root, "a/pom.xml", pom("a", "<!-- changed -->"));

    assertThat(MavenClasspath.readCache(cache, MavenClasspath.pomHash(project))).isEmpty();
  }

  @Test
  void aCacheWithAnEntryThatIsGoneIsNotRead() throws IOException {
    Path cache = root.resolve(MavenClasspath.CACHE);
    String key = MavenClasspath.pomHash(project);
    MavenClasspath.writeCache(cache, key, Map.of("a", List.of(vintage)));
    Files.delete(vintage);

    assertThat(MavenClasspath.readCache(cache, key)).isEmpty();
  }

  @Test
  void anUnreadableCacheIsDiscarded() throws IOException {
    Path cache = root.resolve(MavenClasspath.CACHE);
    String key = MavenClasspath.pomHash(project);

    // the format before per-module classpaths: the key, then the entries
    write(root, MavenClasspath.CACHE, key + "\n" + vintage + "\n");
    assertThat(MavenClasspath.readCache(cache, key)).isEmpty();

    MavenClasspath.writeCache(cache, key, Map.of("a", List.of(vintage)));
    List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
    // an entry before any module line
    Files.write(cache, List.of(lines.get(0), lines.get(1), vintage.toString()), StandardCharsets.UTF_8);
    assertThat(MavenClasspath.readCache(cache, key)).isEmpty();

    assertThat(MavenClasspath.readCache(root.resolve("no-such-cache.txt"), key)).isEmpty();
  }

  @Test
  void theCacheIsReplacedWholeAndLeavesNoTemporaryFiles() throws IOException {
    Path cache = root.resolve(MavenClasspath.CACHE);
    String key = MavenClasspath.pomHash(project);
    MavenClasspath.writeCache(cache, key, Map.of("a", List.of(vintage)));
    MavenClasspath.writeCache(cache, key, Map.of("b", List.of(jupiter)));

    assertThat(MavenClasspath.readCache(cache, key)).contains(Map.of("b", List.of(jupiter)));
    try (var files = Files.list(cache.getParent())) {
      assertThat(files).containsExactly(cache);
    }
  }
}
