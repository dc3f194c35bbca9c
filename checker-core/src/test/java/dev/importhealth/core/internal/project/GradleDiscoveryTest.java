package dev.importhealth.core.internal.project;

import static dev.importhealth.core.internal.project.TestTrees.javaClass;
import static dev.importhealth.core.internal.project.TestTrees.mkdirs;
import static dev.importhealth.core.internal.project.TestTrees.module;
import static dev.importhealth.core.internal.project.TestTrees.names;
import static dev.importhealth.core.internal.project.TestTrees.rel;
import static dev.importhealth.core.internal.project.TestTrees.root;
import static dev.importhealth.core.internal.project.TestTrees.rootPaths;
import static dev.importhealth.core.internal.project.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceScope;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradleDiscoveryTest {

  @TempDir Path dir;

  private void multiProject() {
    write(
        dir,
        "settings.gradle.kts",
        """
        rootProject.name = "shop"
        // include(":commented-out")
        include(":app", ":lib:core")
        include(
            "tools"
        )
        includeBuild("build-logic")
        include(":renamed")
        project(":renamed").projectDir = file("elsewhere/renamed")
        """);
    write(dir, "build.gradle.kts", "plugins { java }\n");
    write(dir, "app/build.gradle.kts", "dependencies { annotationProcessor(\"x:y:1\") }\n");
    javaClass(dir, "app/src/main/java/com/shop/app", "com.shop.app", "Main");
    javaClass(dir, "app/src/test/java/com/shop/app", "com.shop.app", "MainTest");
    javaClass(dir, "app/src/integrationTest/java/com/shop/app", "com.shop.app", "MainIT");
    write(dir, "lib/core/build.gradle.kts", "plugins { `java-library` }\n");
    javaClass(dir, "lib/core/src/main/java/com/shop/core", "com.shop.core", "Core");
    javaClass(dir, "lib/core/src/testFixtures/java/com/shop/core", "com.shop.core", "CoreFixture");
    javaClass(
        dir,
        "lib/core/build/generated/sources/annotationProcessor/java/main/com/shop/core",
        "com.shop.core",
        "Core_");
    mkdirs(dir, "lib/core/build/classes/java/main");
    write(dir, "tools/build.gradle", "apply plugin: 'java'\n");
    javaClass(dir, "elsewhere/renamed/src/main/java/com/shop/r", "com.shop.r", "R");
    mkdirs(dir, "build-logic");
  }

  @Test
  void multiProjectBuildFromSettingsKts() throws IOException {
    multiProject();

    Project p = ProjectDiscovery.discover(dir);

    assertThat(p.buildSystem()).isEqualTo("gradle");
    assertThat(names(p)).containsExactly(".", "app", "lib", "lib/core", "tools", "elsewhere/renamed");
    Module app = module(p, "app");
    assertThat(rootPaths(p, app))
        .containsExactly("app/src/integrationTest/java", "app/src/main/java", "app/src/test/java");
    assertThat(root(p, "app/src/main/java").scope()).isEqualTo(SourceScope.MAIN);
    assertThat(root(p, "app/src/test/java").scope()).isEqualTo(SourceScope.TEST);
    assertThat(root(p, "app/src/integrationTest/java").scope()).isEqualTo(SourceScope.TEST);
    // annotationProcessor declared, build/generated absent
    assertThat(app.pendingGeneration()).isTrue();

    Module core = module(p, "lib/core");
    assertThat(rootPaths(p, core))
        .containsExactly(
            "lib/core/src/main/java",
            "lib/core/src/testFixtures/java",
            "lib/core/build/generated/sources/annotationProcessor/java/main");
    assertThat(root(p, "lib/core/src/testFixtures/java").scope()).isEqualTo(SourceScope.TEST);
    var generated = root(p, "lib/core/build/generated/sources/annotationProcessor/java/main");
    assertThat(generated.generated()).isTrue();
    assertThat(generated.scope()).isEqualTo(SourceScope.MAIN);
    assertThat(rel(p, core.outputDirectories())).containsExactly("lib/core/build/classes/java/main");
    assertThat(core.pendingGeneration()).isFalse();

    assertThat(rootPaths(p, module(p, "elsewhere/renamed")))
        .containsExactly("elsewhere/renamed/src/main/java");
    assertThat(rel(p, ProjectDiscovery.javaFiles(p)))
        .containsExactly(
            "app/src/integrationTest/java/com/shop/app/MainIT.java",
            "app/src/main/java/com/shop/app/Main.java",
            "app/src/test/java/com/shop/app/MainTest.java",
            "elsewhere/renamed/src/main/java/com/shop/r/R.java",
            "lib/core/build/generated/sources/annotationProcessor/java/main/com/shop/core/Core_.java",
            "lib/core/src/main/java/com/shop/core/Core.java",
            "lib/core/src/testFixtures/java/com/shop/core/CoreFixture.java");
  }

  @Test
  void startingInsideASubprojectFindsTheSettingsRoot() throws IOException {
    multiProject();

    Project fromDir = ProjectDiscovery.discover(dir.resolve("lib/core"));
    Project fromFile =
        ProjectDiscovery.discover(dir.resolve("app/src/main/java/com/shop/app/Main.java"));

    assertThat(fromDir.root()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(fromFile.root()).isEqualTo(dir.toAbsolutePath().normalize());
  }

  @Test
  void groovySettingsAndProtobufPlugin() throws IOException {
    write(dir, "settings.gradle", "include 'api', ':impl'\n");
    write(dir, "api/build.gradle", "plugins { id 'com.google.protobuf' version '0.9.4' }\n");
    write(dir, "impl/build.gradle", "plugins { id 'java' }\n");
    javaClass(dir, "impl/src/main/java/x", "x", "Impl");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(names(p)).containsExactly(".", "api", "impl");
    assertThat(module(p, "api").pendingGeneration()).isTrue();
    assertThat(module(p, "impl").pendingGeneration()).isFalse();

    javaClass(dir, "api/build/generated/source/proto/main/java/x/proto", "x.proto", "Msg");
    Project after = ProjectDiscovery.discover(dir);
    assertThat(module(after, "api").pendingGeneration()).isFalse();
    assertThat(rootPaths(after, module(after, "api")))
        .containsExactly("api/build/generated/source/proto/main/java");
  }

  @Test
  void singleBuildScriptWithoutSettingsIsOneProject() throws IOException {
    write(dir, "build.gradle", "apply plugin: 'java'\n");
    javaClass(dir, "src/main/java/x", "x", "A");

    Project p = ProjectDiscovery.discover(dir.resolve("src/main/java/x/A.java"));

    assertThat(p.root()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(names(p)).containsExactly(".");
    assertThat(rootPaths(p, module(p, "."))).containsExactly("src/main/java");
  }

  @Test
  void includeParsing() {
    String text =
        GradleReader.stripComments(
            """
            include 'a', "b:c" // include 'nope'
            /* include 'nope2' */
            include(
              ":d",
              ":e"
            )
            includeFlat 'f'
            def url = "https://example.org/include" // the string stays
            println "x"; include 'g'
            def other = "y"
            """);
    assertThat(GradleReader.includes(text)).containsExactly("a", "b:c", ":d", ":e", "g");
  }
}
