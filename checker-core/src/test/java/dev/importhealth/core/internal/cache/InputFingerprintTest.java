package dev.importhealth.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.internal.project.ProjectDiscovery;
import dev.importhealth.core.model.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changes the fingerprint of a check's inputs, and what does not. */
class InputFingerprintTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 9);
  static final FileTime LAST_WEEK = FileTime.from(Instant.now().minusSeconds(7 * 24 * 3600));

  @TempDir Path workspace;

  private Path root;
  private Path jar;
  private Path config;
  private CheckRequest request;

  @BeforeEach
  void mavenProjectWithAJarAndResourcesOutsideIt() {
    root = workspace.resolve("project");
    write(root, "pom.xml", """
        <project><modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId><artifactId>app</artifactId><version>1.0</version>
          <build><resources>
            <resource><directory>src/main/resources</directory></resource>
            <resource><directory>../shared</directory></resource>
          </resources></build>
        </project>
        """);
    write(root, "src/main/java/com/acme/App.java", "package com.acme;\n\npublic class App {}\n");
    write(root, "src/main/resources/app.properties", "name=app\n");
    write(root, "src/main/kotlin/com/acme/Util.kt", "package com.acme\n");
    write(root, "target/classes/com/acme/App.class", "\u00ca\u00fe");
    write(root, "target/surefire-reports/TEST-App.txt", "ok\n");
    write(workspace, "shared/data.csv", "a,b\n");
    jar = write(workspace, "lib/dep.jar", "PK");
    config = write(workspace, "import-health.yaml", "rules:\n  IH101: error\n");
    request = CheckRequest.of(root).withCache(CheckRequest.DEFAULT_CACHE);
  }

  @Test
  void isTheSameForAnUnchangedTree() {
    assertThat(fingerprint()).isEqualTo(fingerprint()).matches("[0-9a-f]{64}");
  }

  @Test
  void changesWhenAJavaFileIsEditedButNotWhenItIsOnlyTouched() throws IOException {
    String before = fingerprint();
    Files.setLastModifiedTime(root.resolve("src/main/java/com/acme/App.java"), LAST_WEEK);
    assertThat(fingerprint()).as("the digest, not the time, stands for a Java file").isEqualTo(before);

    write(root, "src/main/java/com/acme/App.java", "package com.acme;\n\npublic class App { }\n");
    assertThat(fingerprint()).isNotEqualTo(before);
  }

  @Test
  void changesWhenTheBuildFileIsEditedEvenToTheSameSize() throws IOException {
    Files.setLastModifiedTime(root.resolve("pom.xml"), LAST_WEEK);
    String before = fingerprint();

    spoilKeepingSize(root.resolve("pom.xml"), "1.0", "2.0");

    assertThat(fingerprint()).isNotEqualTo(before);
  }

  @Test
  void changesWhenAResourceIsAddedAndBackWhenItIsDeleted() throws IOException {
    String before = fingerprint();
    Path added = write(root, "src/main/resources/com/acme/extra.properties", "x=1\n");
    String withResource = fingerprint();
    Files.delete(added);
    String withEmptyDirectory = fingerprint();
    Files.delete(added.getParent());
    Files.delete(added.getParent().getParent());

    assertThat(withResource).isNotEqualTo(before);
    assertThat(withEmptyDirectory).as("a directory alone is looked up too").isNotEqualTo(before)
        .isNotEqualTo(withResource);
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void changesWhenOtherFilesOfTheProjectChange() {
    String before = fingerprint();
    write(root, "src/main/kotlin/com/acme/Util.kt", "package com.acme.util\n");
    String kotlin = fingerprint();
    write(root, "src/test/resources/junit-platform.properties", "junit.jupiter.testinstance.lifecycle.default=per_class\n");
    String junit = fingerprint();
    write(root, ".mvn/maven.config", "-Pstrict\n");

    assertThat(List.of(before, kotlin, junit, fingerprint())).doesNotHaveDuplicates();
  }

  @Test
  void changesWhenAResourceRootOutsideTheProjectChanges() {
    String before = fingerprint();

    write(workspace, "shared/data.csv", "a,b,c\n");

    assertThat(fingerprint()).isNotEqualTo(before);
  }

  @Test
  void changesWithTheConfigurationFileContentEvenWhenItsStampsAreKept() throws IOException {
    String before = fingerprint();

    spoilKeepingSize(config, "error", "never");
    Files.setLastModifiedTime(config, LAST_WEEK);

    assertThat(fingerprint()).isNotEqualTo(before);
  }

  @Test
  void changesWithTheClasspath() throws IOException {
    String before = fingerprint();
    Files.setLastModifiedTime(jar, LAST_WEEK);
    String touchedJar = fingerprint();
    write(root, "target/classes/com/acme/App$1.class", "\u00ca\u00fe");

    assertThat(List.of(before, touchedJar, fingerprint())).doesNotHaveDuplicates();
  }

  @Test
  void changesWithTheRequestTheToolAndTheDay() {
    String before = fingerprint();
    CheckRequest onePath = new CheckRequest(root, List.of(root.resolve("src")), Optional.empty(), List.of(), 0);
    CheckRequest changed = new CheckRequest(root, List.of(), Optional.empty(), List.of(), 0, false,
        Optional.of(List.of(root.resolve("src/main/java/com/acme/App.java"))));
    CheckRequest nothingChanged = new CheckRequest(root, List.of(), Optional.empty(), List.of(), 0, false,
        Optional.of(List.of()));

    List<String> all = List.of(before, fingerprint(onePath, "tool 1", TODAY), fingerprint(changed, "tool 1", TODAY),
        fingerprint(nothingChanged, "tool 1", TODAY), fingerprint(request, "tool 2", TODAY),
        fingerprint(request, "tool 1", TODAY.plusDays(1)));
    assertThat(all).doesNotHaveDuplicates();
  }

  @Test
  void ignoresBuildOutputToolStateAndItsOwnCache() throws IOException {
    String before = fingerprint();

    write(root, "target/surefire-reports/TEST-App.txt", "failed\n");
    write(root, "target/generated-sources/notes.txt", "generated\n");
    write(root, ".idea/workspace.xml", "<project/>\n");
    write(root, ".gradle/8.5/fileHashes/fileHashes.lock", "\u0001");
    ResultCache.write(root.resolve(CheckRequest.DEFAULT_CACHE), new Fingerprint(before, true),
        ResultCacheTest.richResult(1));

    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void isSettledOnlyOnceTheNewestStampIsOldEnough() throws IOException {
    ResultInputs inputs = inputs(request, "tool 1");

    assertThat(InputFingerprint.of(inputs, Instant.now(), TODAY).settled()).isFalse();
    assertThat(InputFingerprint.of(inputs, Instant.now().plus(Fingerprint.SETTLING).plusSeconds(1), TODAY).settled())
        .isTrue();
  }

  @Test
  void everyComponentOfARequestIsConsidered() {
    // a new component may change what a check finds: decide whether InputFingerprint must cover it
    assertThat(Arrays.stream(CheckRequest.class.getRecordComponents()).map(c -> c.getName()))
        .containsExactly("start", "reportPaths", "configFile", "classpath", "threads", "mavenClasspath", "changed",
            "cache", "base");
  }

  private String fingerprint() {
    return fingerprint(request, "tool 1", TODAY);
  }

  private String fingerprint(CheckRequest request, String tool, LocalDate today) {
    return InputFingerprint.of(inputs(request, tool), Instant.now(), today).hex();
  }

  /** As the engine has them: the project discovered, every Java file read and digested. */
  private ResultInputs inputs(CheckRequest request, String tool) {
    try {
      Project project = ProjectDiscovery.discover(root);
      Map<Path, byte[]> java = new HashMap<>();
      for (Path file : ProjectDiscovery.javaFiles(project)) {
        java.put(file, Digests.sha256(Files.readAllBytes(file)));
      }
      return new ResultInputs(tool, project, request, List.of(jar, root.resolve("target/classes")), Optional.of(config),
          java);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void spoilKeepingSize(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  static Path write(Path dir, String relative, String text) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
