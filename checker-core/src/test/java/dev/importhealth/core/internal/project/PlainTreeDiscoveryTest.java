package dev.importhealth.core.internal.project;

import static dev.importhealth.core.internal.project.TestTrees.javaClass;
import static dev.importhealth.core.internal.project.TestTrees.mkdirs;
import static dev.importhealth.core.internal.project.TestTrees.module;
import static dev.importhealth.core.internal.project.TestTrees.names;
import static dev.importhealth.core.internal.project.TestTrees.pom;
import static dev.importhealth.core.internal.project.TestTrees.rel;
import static dev.importhealth.core.internal.project.TestTrees.root;
import static dev.importhealth.core.internal.project.TestTrees.rootPaths;
import static dev.importhealth.core.internal.project.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceScope;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTreeDiscoveryTest {

  @TempDir Path dir;

  @Test
  void aFileOfAPlainTreeBelongsToTheProjectItsConfigurationMarks() throws IOException {
    mkdirs(dir, ".git");
    write(dir, "app/import-health.yaml", "namespaces: [com.acme]\n");
    javaClass(dir, "app/src/com/acme", "com.acme", "A");

    Project fromFile = ProjectDiscovery.discover(dir.resolve("app/src/com/acme/A.java"));
    Project outside = ProjectDiscovery.discover(dir.resolve("app/src/com/acme/A.java").getParent().getParent()
        .getParent().getParent().getParent());

    assertThat(fromFile.root()).isEqualTo(dir.resolve("app").toAbsolutePath().normalize());
    assertThat(rootPaths(fromFile, module(fromFile, "."))).containsExactly("src");
    assertThat(outside.root()).as("no configuration above the repository root").isEqualTo(dir.toAbsolutePath().normalize());
  }

  @Test
  void aConfiguredPlainProjectInsideAnotherBuildsTreeIsItsOwnProject() throws IOException {
    mkdirs(dir, ".git");
    write(dir, "pom.xml", pom("outer", ""));
    write(dir, "testdata/sample/import-health.yaml", "namespaces: [com.acme]\n");
    javaClass(dir, "testdata/sample/src/com/acme", "com.acme", "A");

    Project sample = ProjectDiscovery.discover(dir.resolve("testdata/sample"));
    Project fromFile = ProjectDiscovery.discover(dir.resolve("testdata/sample/src/com/acme/A.java"));

    assertThat(sample.buildSystem()).isEqualTo("plain");
    assertThat(sample.root()).isEqualTo(dir.resolve("testdata/sample").toAbsolutePath().normalize());
    assertThat(fromFile.root()).isEqualTo(sample.root());
    assertThat(ProjectDiscovery.discover(dir).buildSystem()).isEqualTo("maven");
  }

  @Test
  void packageRootsAreInferredFromPackageDeclarations() throws IOException {
    mkdirs(dir, ".git");
    javaClass(dir, "src/com/acme", "com.acme", "A");
    javaClass(dir, "src/com/acme/util", "com.acme.util", "Util");
    // directory does not match the package: its own directory is the root
    javaClass(dir, "misc", "com.other", "Odd");
    // one misplaced file does not re-root its correctly placed siblings
    javaClass(dir, "src/com/acme/model", "com.acme.model", "Good");
    javaClass(dir, "src/com/acme/model", "elsewhere", "Misplaced");
    javaClass(dir, "tests/com/acme", "com.acme", "ATest");
    javaClass(dir, "lib/test/java/org/x", "org.x", "XTest");
    javaClass(dir, "Loose", "", "Loose");
    // skipped
    javaClass(dir, "target/gen", "gen", "Gen");
    javaClass(dir, "build/gen", "gen", "Gen");
    javaClass(dir, "out/gen", "gen", "Gen");
    javaClass(dir, "node_modules/pkg", "pkg", "Pkg");
    javaClass(dir, ".idea/x", "x", "Hidden");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(p.buildSystem()).isEqualTo("plain");
    assertThat(p.root()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(names(p)).containsExactly(".");
    assertThat(rootPaths(p, module(p, ".")))
        .containsExactly("Loose", "lib/test/java", "misc", "src", "tests");
    assertThat(root(p, "src").scope()).isEqualTo(SourceScope.MAIN);
    assertThat(root(p, "misc").scope()).isEqualTo(SourceScope.MAIN);
    assertThat(root(p, "tests").scope()).isEqualTo(SourceScope.TEST);
    assertThat(root(p, "lib/test/java").scope()).isEqualTo(SourceScope.TEST);
    assertThat(module(p, ".").pendingGeneration()).isFalse();
    assertThat(rel(p, ProjectDiscovery.javaFiles(p)))
        .containsExactly(
            "Loose/Loose.java",
            "lib/test/java/org/x/XTest.java",
            "misc/Odd.java",
            "src/com/acme/A.java",
            "src/com/acme/model/Good.java",
            "src/com/acme/model/Misplaced.java",
            "src/com/acme/util/Util.java",
            "tests/com/acme/ATest.java");
    SourceFileInfo misplaced =
        ProjectDiscovery.locate(p, dir.resolve("src/com/acme/model/Misplaced.java")).orElseThrow();
    assertThat(misplaced.directoryPackage()).isEqualTo("com.acme.model");
  }

  @Test
  void walkUpStopsAtTheGitRootAndTheStartDirectoryIsThePlainRoot() throws IOException {
    write(dir, "pom.xml", pom("outside", ""));
    Path repo = mkdirs(dir, "repo");
    mkdirs(repo, ".git");
    Path start = mkdirs(repo, "code");
    javaClass(start, "p", "p", "A");

    Project p = ProjectDiscovery.discover(start.resolve("p/A.java"));

    assertThat(p.buildSystem()).isEqualTo("plain");
    assertThat(p.root()).isEqualTo(start.resolve("p").toAbsolutePath().normalize());

    Project fromDir = ProjectDiscovery.discover(start);
    assertThat(fromDir.root()).isEqualTo(start.toAbsolutePath().normalize());
    assertThat(rootPaths(fromDir, module(fromDir, "."))).containsExactly(".");
  }

  @Test
  void otherLanguageSourcesAreListed() throws IOException {
    write(dir, "build.gradle.kts", "plugins { java }\n");
    write(dir, "settings.gradle.kts", "rootProject.name = \"x\"\n");
    write(dir, "src/main/kotlin/a/A.kt", "package a\n");
    write(dir, "src/main/groovy/a/G.groovy", "package a\n");
    write(dir, "src/main/scala/a/S.scala", "package a\n");
    write(dir, "scripts/tool.kts", "println(1)\n");
    write(dir, "buildSrc/src/main/kotlin/conventions.gradle.kts", "plugins { java }\n");
    write(dir, "build/tmp/Gen.kt", "package gen\n");
    write(dir, "node_modules/x/Y.kt", "");
    write(dir, ".gradle/Z.kt", "");
    javaClass(dir, "src/main/java/a", "a", "J");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(rel(p, p.otherLanguageSourceFiles()))
        .containsExactly(
            "scripts/tool.kts",
            "src/main/groovy/a/G.groovy",
            "src/main/kotlin/a/A.kt",
            "src/main/scala/a/S.scala");
  }

  @Test
  void emptyPlainTreeHasOneModuleWithoutRoots() throws IOException {
    mkdirs(dir, ".git");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(names(p)).containsExactly(".");
    assertThat(p.sourceRoots()).isEmpty();
    assertThat(ProjectDiscovery.javaFiles(p)).isEmpty();
  }
}
