package dev.importhealth.core.internal.project;

import static dev.importhealth.core.internal.project.TestTrees.mkdirs;
import static dev.importhealth.core.internal.project.TestTrees.module;
import static dev.importhealth.core.internal.project.TestTrees.pom;
import static dev.importhealth.core.internal.project.TestTrees.rel;
import static dev.importhealth.core.internal.project.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.TestBuild;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceRootsTest {

  @TempDir Path dir;

  @Test
  void mavenDefaultsThatExist() throws IOException {
    write(dir, "pom.xml", pom("app", ""));
    mkdirs(dir, "src/main/resources");

    Project p = ProjectDiscovery.discover(dir);

    // src/test/resources does not exist, so it is not listed
    assertThat(rel(p, module(p, ".").resourceRoots())).containsExactly("src/main/resources");
  }

  @Test
  void configuredResourcesReplaceTheDefaultsAndAreInheritedFromALocalParent() throws IOException {
    write(dir, "pom.xml", pom("parent", """
          <packaging>pom</packaging>
          <modules><module>child</module></modules>
          <properties><conf>config</conf></properties>
          <build>
            <resources>
              <resource><directory>${project.basedir}/src/${conf}</directory></resource>
              <resource><directory>src/missing</directory></resource>
            </resources>
          </build>
        """));
    write(dir, "child/pom.xml", pom("child", """
          <parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>1.0</version></parent>
          <build>
            <testResources><testResource><directory>src/fixtures</directory></testResource></testResources>
          </build>
        """));
    mkdirs(dir, "child/src/main/resources");
    mkdirs(dir, "child/src/test/resources");
    mkdirs(dir, "child/src/config");
    mkdirs(dir, "child/src/fixtures");

    Project p = ProjectDiscovery.discover(dir);

    // paths resolve against the module inheriting them, as Maven does after inheritance
    assertThat(rel(p, module(p, "child").resourceRoots())).containsExactly("child/src/config", "child/src/fixtures");
  }

  @Test
  void profilesAddTheirResources() throws IOException {
    write(dir, "pom.xml", pom("app", """
          <profiles><profile><id>extra</id><build>
            <resources><resource><directory>src/extra</directory></resource></resources>
          </build></profile></profiles>
        """));
    mkdirs(dir, "src/main/resources");
    mkdirs(dir, "src/extra");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(rel(p, module(p, ".").resourceRoots())).containsExactly("src/main/resources", "src/extra");
  }

  @Test
  void gradleResourcesOfEverySourceSetTheReaderKnows() throws IOException {
    write(dir, "settings.gradle", "include 'lib'\n");
    write(dir, "lib/build.gradle", "plugins { id 'java' }\n");
    mkdirs(dir, "lib/src/main/resources");
    mkdirs(dir, "lib/src/test/resources");
    mkdirs(dir, "lib/src/integrationTest/java");
    mkdirs(dir, "lib/src/integrationTest/resources");
    // no java directory: not a source set the reader knows
    mkdirs(dir, "lib/src/docs/resources");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(rel(p, module(p, "lib").resourceRoots()))
        .containsExactly("lib/src/main/resources", "lib/src/test/resources", "lib/src/integrationTest/resources");
    assertThat(module(p, "lib").testBuild()).isEqualTo(TestBuild.UNKNOWN);
  }

  @Test
  void plainTreesHaveNone() throws IOException {
    TestTrees.javaClass(dir, "src/com/acme", "com.acme", "App");
    mkdirs(dir, "src/main/resources");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(module(p, ".").resourceRoots()).isEmpty();
    assertThat(module(p, ".").testBuild()).isEqualTo(TestBuild.UNKNOWN);
  }
}
