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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceRoot;
import dev.importhealth.core.model.SourceScope;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class MavenDiscoveryTest {

  @TempDir Path dir;

  @Test
  void singleModuleProject() throws IOException {
    write(dir, "pom.xml", pom("app", ""));
    javaClass(dir, "src/main/java/com/acme", "com.acme", "App");
    javaClass(dir, "src/test/java/com/acme", "com.acme", "AppTest");
    mkdirs(dir, "target/classes");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(p.root()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(p.buildSystem()).isEqualTo("maven");
    assertThat(names(p)).containsExactly(".");
    Module m = module(p, ".");
    assertThat(m.directory()).isEqualTo(p.root());
    assertThat(m.sourceRoots())
        .extracting(SourceRoot::scope, SourceRoot::generated, SourceRoot::module)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SourceScope.MAIN, false, "."),
            org.assertj.core.groups.Tuple.tuple(SourceScope.TEST, false, "."));
    assertThat(rootPaths(p, m)).containsExactly("src/main/java", "src/test/java");
    // target/test-classes does not exist, so it is not listed
    assertThat(rel(p, m.outputDirectories())).containsExactly("target/classes");
    assertThat(m.pendingGeneration()).isFalse();
    assertThat(rel(p, ProjectDiscovery.javaFiles(p)))
        .containsExactly("src/main/java/com/acme/App.java", "src/test/java/com/acme/AppTest.java");
  }

  @Test
  void multiModuleWithNestedModulesProfilesAndPomFileReferences() throws IOException {
    write(
        dir,
        "pom.xml",
        pom(
            "parent",
            """
              <packaging>pom</packaging>
              <modules>
                <module>a</module>
                <module>agg</module>
                <module>d/alt-pom.xml</module>
                <module>missing</module>
              </modules>
              <profiles>
                <profile>
                  <id>extra</id>
                  <modules><module>c</module></modules>
                </profile>
              </profiles>
            """));
    write(dir, "a/pom.xml", pom("a", ""));
    javaClass(dir, "a/src/main/java/com/acme/a", "com.acme.a", "A");
    write(
        dir,
        "agg/pom.xml",
        pom("agg", "<packaging>pom</packaging><modules><module>b</module></modules>"));
    write(dir, "agg/b/pom.xml", pom("b", ""));
    javaClass(dir, "agg/b/src/main/java/com/acme/b", "com.acme.b", "B");
    write(dir, "c/pom.xml", pom("c", ""));
    javaClass(dir, "c/src/test/java/com/acme/c", "com.acme.c", "CTest");
    write(dir, "d/alt-pom.xml", pom("d", ""));
    javaClass(dir, "d/src/main/java/com/acme/d", "com.acme.d", "D");
    // not listed anywhere: never a module
    write(dir, "stray/pom.xml", pom("stray", ""));
    javaClass(dir, "stray/src/main/java/x", "x", "Stray");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(names(p)).containsExactly(".", "a", "agg", "agg/b", "d", "c");
    assertThat(module(p, ".").sourceRoots()).isEmpty();
    assertThat(rootPaths(p, module(p, "agg/b"))).containsExactly("agg/b/src/main/java");
    assertThat(module(p, "c").sourceRoots())
        .singleElement()
        .satisfies(r -> assertThat(r.scope()).isEqualTo(SourceScope.TEST));
    assertThat(rootPaths(p, module(p, "d"))).containsExactly("d/src/main/java");
    assertThat(rel(p, ProjectDiscovery.javaFiles(p)))
        .containsExactly(
            "a/src/main/java/com/acme/a/A.java",
            "agg/b/src/main/java/com/acme/b/B.java",
            "c/src/test/java/com/acme/c/CTest.java",
            "d/src/main/java/com/acme/d/D.java");
  }

  @Test
  void customSourceDirectoriesAreInterpolated() throws IOException {
    write(
        dir,
        "pom.xml",
        pom(
            "app",
            """
              <properties>
                <tests.base>${project.basedir}/checks</tests.base>
                <tests.dir>${tests.base}/java</tests.dir>
              </properties>
              <build>
                <sourceDirectory>${project.basedir}/src/java</sourceDirectory>
                <testSourceDirectory>${tests.dir}</testSourceDirectory>
              </build>
            """));
    javaClass(dir, "src/java/com/acme", "com.acme", "App");
    javaClass(dir, "checks/java/com/acme", "com.acme", "AppCheck");
    javaClass(dir, "src/main/java/com/acme", "com.acme", "Ignored");

    Project p = ProjectDiscovery.discover(dir);

    Module m = module(p, ".");
    assertThat(rootPaths(p, m)).containsExactly("src/java", "checks/java");
    assertThat(root(p, "checks/java").scope()).isEqualTo(SourceScope.TEST);
    assertThat(rel(p, ProjectDiscovery.javaFiles(p)))
        .containsExactly("checks/java/com/acme/AppCheck.java", "src/java/com/acme/App.java");
  }

  @Test
  void unresolvablePropertyFallsBackToTheDefault() throws IOException {
    write(
        dir,
        "pom.xml",
        pom(
            "app",
            """
              <build><sourceDirectory>${no.such.property}/java</sourceDirectory></build>
            """));
    javaClass(dir, "src/main/java/com/acme", "com.acme", "App");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(rootPaths(p, module(p, "."))).containsExactly("src/main/java");
  }

  @Test
  void sourceDirectoryAndPropertiesAreInheritedFromTheLocalParent() throws IOException {
    write(
        dir,
        "pom.xml",
        pom(
            "parent",
            """
              <packaging>pom</packaging>
              <properties><src.dir>code</src.dir></properties>
              <modules><module>child</module></modules>
              <build><sourceDirectory>${src.dir}</sourceDirectory></build>
            """));
    write(
        dir,
        "child/pom.xml",
        pom("child", "<parent><groupId>com.acme</groupId><artifactId>parent</artifactId>"
            + "<version>1.0</version></parent>"));
    javaClass(dir, "child/code/com/acme", "com.acme", "C");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(rootPaths(p, module(p, "child"))).containsExactly("child/code");
  }

  @Test
  void buildHelperSourcesAreRoots() throws IOException {
    write(
        dir,
        "pom.xml",
        pom(
            "app",
            """
              <build><plugins><plugin>
                <groupId>org.codehaus.mojo</groupId>
                <artifactId>build-helper-maven-plugin</artifactId>
                <executions>
                  <execution>
                    <id>extra</id>
                    <goals><goal>add-source</goal></goals>
                    <configuration><sources>
                      <source>${project.basedir}/src/extra/java</source>
                      <source>src/not-there</source>
                    </sources></configuration>
                  </execution>
                  <execution>
                    <id>it</id>
                    <goals><goal>add-test-source</goal></goals>
                    <configuration><sources><source>src/it/java</source></sources></configuration>
                  </execution>
                </executions>
              </plugin></plugins></build>
            """));
    javaClass(dir, "src/main/java/com/acme", "com.acme", "App");
    javaClass(dir, "src/extra/java/com/acme/extra", "com.acme.extra", "Extra");
    javaClass(dir, "src/it/java/com/acme", "com.acme", "AppIT");

    Project p = ProjectDiscovery.discover(dir);

    Module m = module(p, ".");
    assertThat(rootPaths(p, m)).containsExactly("src/main/java", "src/extra/java", "src/it/java");
    assertThat(root(p, "src/extra/java").scope()).isEqualTo(SourceScope.MAIN);
    assertThat(root(p, "src/extra/java").generated()).isFalse();
    assertThat(root(p, "src/it/java").scope()).isEqualTo(SourceScope.TEST);
    // a missing helper directory outside target/ is stale configuration, not pending generation
    assertThat(m.pendingGeneration()).isFalse();
  }

  @Test
  void buildHelperDirectoryInsideTargetThatDoesNotExistYetIsPending() throws IOException {
    write(
        dir,
        "pom.xml",
        pom(
            "app",
            """
              <build><plugins><plugin>
                <artifactId>build-helper-maven-plugin</artifactId>
                <executions><execution>
                  <goals><goal>add-source</goal></goals>
                  <configuration><sources>
                    <source>${project.build.directory}/generated-sources/custom</source>
                  </sources></configuration>
                </execution></executions>
              </plugin></plugins></build>
            """));
    javaClass(dir, "src/main/java/com/acme", "com.acme", "App");

    assertThat(module(ProjectDiscovery.discover(dir), ".").pendingGeneration()).isTrue();

    javaClass(dir, "target/generated-sources/custom/com/acme/gen", "com.acme.gen", "Gen");
    Project after = ProjectDiscovery.discover(dir);
    assertThat(module(after, ".").pendingGeneration()).isFalse();
    assertThat(root(after, "target/generated-sources/custom").generated()).isTrue();
  }

  private static final String MAPSTRUCT_PROCESSOR =
      """
        <build><plugins><plugin>
          <artifactId>maven-compiler-plugin</artifactId>
          <configuration>
            <annotationProcessorPaths>
              <path><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId></path>
              <path><groupId>org.mapstruct</groupId><artifactId>mapstruct-processor</artifactId></path>
            </annotationProcessorPaths>
          </configuration>
        </plugin></plugins></build>
      """;

  @Test
  void anyPluginBoundToGenerateSourcesIsPendingUntilItHasRun() throws IOException {
    // apache/maven generates its model with modello in generate-sources
    write(
        dir,
        "pom.xml",
        pom(
            "app",
            """
              <build><plugins><plugin>
                <artifactId>some-inhouse-codegen-plugin</artifactId>
                <executions><execution>
                  <phase>generate-sources</phase>
                  <goals><goal>run</goal></goals>
                </execution></executions>
              </plugin></plugins></build>
            """));
    javaClass(dir, "src/main/java/com/acme", "com.acme", "App");

    assertThat(module(ProjectDiscovery.discover(dir), ".").pendingGeneration()).isTrue();

    javaClass(dir, "target/generated-sources/codegen/com/acme/model", "com.acme.model", "Model");
    assertThat(module(ProjectDiscovery.discover(dir), ".").pendingGeneration()).isFalse();
  }

  private static String antrunAtGenerateSources(String target) {
    return """
          <build><plugins><plugin>
            <artifactId>maven-antrun-plugin</artifactId>
            <executions><execution>
              <id>javadoc.resources</id>
              <phase>generate-sources</phase>
              <goals><goal>run</goal></goals>
              <configuration><target>%s</target></configuration>
            </execution></executions>
          </plugin></plugins></build>
        """.formatted(target);
  }

  @Test
  void antrunCopyingFilesAwayFromTheSourcesIsNoGenerator() throws IOException {
    // commons-parent copies LICENSE and NOTICE for the javadoc jar in generate-sources
    write(dir, "pom.xml", pom("app", antrunAtGenerateSources("""
        <copy todir="${project.build.directory}/apidocs/META-INF">
          <fileset dir="${basedir}"><include name="LICENSE.txt" /></fileset>
        </copy>
        <mkdir dir="${project.build.directory}/x" /><echo message="hi" />
        """)));
    javaClass(dir, "src/main/java/com/acme", "com.acme", "App");

    assertThat(module(ProjectDiscovery.discover(dir), ".").pendingGeneration()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<copy todir=\"${project.build.directory}/generated-sources/copied\"><fileset dir=\"tpl\"/></copy>",
      "<copy todir=\"src/main/java/com/acme\"><fileset dir=\"tpl\"/></copy>",
      "<copy todir=\"${basedir}\"><fileset dir=\"tpl\"/></copy>",
      "<copy todir=\"${unknown.dir}\"><fileset dir=\"tpl\"/></copy>",
      "<java classname=\"com.acme.Gen\"/>",
  })
  void antrunThatMayWriteSourcesIsPending(String target) throws IOException {
    write(dir, "pom.xml", pom("app", antrunAtGenerateSources(target)));
    javaClass(dir, "src/main/java/com/acme", "com.acme", "App");

    assertThat(module(ProjectDiscovery.discover(dir), ".").pendingGeneration()).isTrue();
  }

  @Test
  void annotationProcessorsWithoutGeneratedSourcesArePending() throws IOException {
    write(dir, "pom.xml", pom("app", MAPSTRUCT_PROCESSOR));
    javaClass(dir, "src/main/java/com/acme", "com.acme", "App");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(module(p, ".").pendingGeneration()).isTrue();
    assertThat(rootPaths(p, module(p, "."))).containsExactly("src/main/java");
  }

  @Test
  void generatedSourcesPresentAreGeneratedRootsAndNotPending() throws IOException {
    write(dir, "pom.xml", pom("app", MAPSTRUCT_PROCESSOR));
    javaClass(dir, "src/main/java/com/acme", "com.acme", "App");
    javaClass(dir, "target/generated-sources/annotations/com/acme", "com.acme", "AppMapperImpl");
    javaClass(dir, "target/generated-test-sources/test-annotations/com/acme", "com.acme", "TestGen");
    mkdirs(dir, "target/classes");
    mkdirs(dir, "target/test-classes");

    Project p = ProjectDiscovery.discover(dir);

    Module m = module(p, ".");
    assertThat(m.pendingGeneration()).isFalse();
    assertThat(rootPaths(p, m))
        .containsExactly(
            "src/main/java",
            "target/generated-sources/annotations",
            "target/generated-test-sources/test-annotations");
    SourceRoot gen = root(p, "target/generated-sources/annotations");
    assertThat(gen.generated()).isTrue();
    assertThat(gen.scope()).isEqualTo(SourceScope.MAIN);
    SourceRoot genTest = root(p, "target/generated-test-sources/test-annotations");
    assertThat(genTest.generated()).isTrue();
    assertThat(genTest.scope()).isEqualTo(SourceScope.TEST);
    assertThat(rel(p, m.outputDirectories())).containsExactly("target/classes", "target/test-classes");
    assertThat(rel(p, ProjectDiscovery.javaFiles(p)))
        .containsExactly(
            "src/main/java/com/acme/App.java",
            "target/generated-sources/annotations/com/acme/AppMapperImpl.java",
            "target/generated-test-sources/test-annotations/com/acme/TestGen.java");
  }

  @Test
  void lombokAloneIsNotAGenerator() throws IOException {
    write(
        dir,
        "pom.xml",
        pom(
            "app",
            """
              <dependencies>
                <dependency><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId></dependency>
              </dependencies>
              <build><plugins><plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <configuration><annotationProcessorPaths>
                  <path><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId></path>
                </annotationProcessorPaths></configuration>
              </plugin></plugins></build>
            """));

    assertThat(module(ProjectDiscovery.discover(dir), ".").pendingGeneration()).isFalse();
  }

  @Test
  void processorDependencyInheritedFromParentIsPendingUnlessProcNone() throws IOException {
    write(
        dir,
        "pom.xml",
        pom(
            "parent",
            """
              <packaging>pom</packaging>
              <modules><module>svc</module><module>off</module></modules>
              <dependencies>
                <dependency><groupId>com.google.dagger</groupId><artifactId>dagger-compiler</artifactId></dependency>
              </dependencies>
            """));
    String parentRef =
        "<parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>1.0</version></parent>";
    write(dir, "svc/pom.xml", pom("svc", parentRef));
    write(
        dir,
        "off/pom.xml",
        pom(
            "off",
            parentRef
                + "<build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId>"
                + "<configuration><proc>none</proc></configuration></plugin></plugins></build>"));

    Project p = ProjectDiscovery.discover(dir);

    assertThat(module(p, "svc").pendingGeneration()).isTrue();
    assertThat(module(p, "off").pendingGeneration()).isFalse();
  }

  @Test
  void generatorPluginNeedsGeneratedSourcesAndNestedGeneratedRootsAreInferred() throws IOException {
    write(
        dir,
        "pom.xml",
        pom(
            "api",
            """
              <build><plugins><plugin>
                <groupId>org.xolstice.maven.plugins</groupId>
                <artifactId>protobuf-maven-plugin</artifactId>
              </plugin></plugins></build>
            """));
    assertThat(module(ProjectDiscovery.discover(dir), ".").pendingGeneration()).isTrue();

    javaClass(dir, "target/generated-sources/protobuf/java/com/acme/proto", "com.acme.proto", "Msg");
    javaClass(
        dir, "target/generated-sources/protobuf/grpc-java/com/acme/proto", "com.acme.proto", "SvcGrpc");
    Project p = ProjectDiscovery.discover(dir);

    assertThat(module(p, ".").pendingGeneration()).isFalse();
    assertThat(rootPaths(p, module(p, ".")))
        .containsExactly(
            "target/generated-sources/protobuf/grpc-java", "target/generated-sources/protobuf/java");
  }

  @Test
  void startingFromAFileDeepInsideAModuleFindsTheAggregatorRoot() throws IOException {
    write(
        dir,
        "pom.xml",
        pom("parent", "<packaging>pom</packaging><modules><module>core</module></modules>"));
    write(
        dir,
        "core/pom.xml",
        pom("core", "<packaging>pom</packaging><modules><module>impl</module></modules>"));
    write(dir, "core/impl/pom.xml", pom("impl", ""));
    Path deep = javaClass(dir, "core/impl/src/main/java/com/acme/deep/x", "com.acme.deep.x", "Deep");

    Project p = ProjectDiscovery.discover(deep);

    assertThat(p.root()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(names(p)).containsExactly(".", "core", "core/impl");
    SourceFileInfo info = ProjectDiscovery.locate(p, deep).orElseThrow();
    assertThat(info.module().name()).isEqualTo("core/impl");
    assertThat(info.scope()).isEqualTo(SourceScope.MAIN);
    assertThat(info.directoryPackage()).isEqualTo("com.acme.deep.x");
  }

  @Test
  void startingFromAModuleDirectoryResolvesToTheAggregator() throws IOException {
    write(dir, "pom.xml", pom("parent", "<modules><module>modules/lib</module></modules>"));
    write(dir, "modules/lib/pom.xml", pom("lib", ""));
    javaClass(dir, "modules/lib/src/main/java/com/acme", "com.acme", "Lib");

    Project p = ProjectDiscovery.discover(dir.resolve("modules/lib"));

    assertThat(p.root()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(names(p)).containsExactly(".", "modules/lib");
  }

  @Test
  void aModuleItsParentDoesNotListIsItsOwnRoot() throws IOException {
    write(dir, "pom.xml", pom("parent", "<modules><module>a</module></modules>"));
    write(dir, "a/pom.xml", pom("a", ""));
    write(dir, "tools/pom.xml", pom("tools", ""));

    Project p = ProjectDiscovery.discover(dir.resolve("tools"));

    assertThat(p.root()).isEqualTo(dir.resolve("tools").toAbsolutePath().normalize());
    assertThat(names(p)).containsExactly(".");
  }

  @Test
  void nestedRootsIndexAFileOnlyOnceUnderTheDeepestRoot() throws IOException {
    write(
        dir,
        "pom.xml",
        pom(
            "app",
            """
              <build><plugins><plugin>
                <artifactId>build-helper-maven-plugin</artifactId>
                <executions><execution>
                  <goals><goal>add-source</goal></goals>
                  <configuration><sources><source>src/main/java/gen</source></sources></configuration>
                </execution></executions>
              </plugin></plugins></build>
            """));
    javaClass(dir, "src/main/java/com/acme", "com.acme", "App");
    Path nested = javaClass(dir, "src/main/java/gen/com/acme", "com.acme", "Generated");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(rel(p, ProjectDiscovery.javaFiles(p)))
        .containsExactly("src/main/java/com/acme/App.java", "src/main/java/gen/com/acme/Generated.java");
    SourceFileInfo info = ProjectDiscovery.locate(p, nested).orElseThrow();
    assertThat(rel(p, info.root().directory())).isEqualTo("src/main/java/gen");
    assertThat(info.directoryPackage()).isEqualTo("com.acme");
  }

  @Test
  void locateReportsNothingForFilesOutsideRoots() throws IOException {
    write(dir, "pom.xml", pom("app", ""));
    javaClass(dir, "src/main/java/com/acme", "com.acme", "App");
    Path stray = javaClass(dir, "scripts", "", "Tool");

    Project p = ProjectDiscovery.discover(dir);

    assertThat(ProjectDiscovery.locate(p, stray)).isEmpty();
    assertThat(ProjectDiscovery.javaFiles(p)).doesNotContain(stray);
  }

  @Test
  void externalEntitiesInAPomAreNeverResolved() throws IOException {
    Path secret = write(dir, "secret.txt", "leaked");
    write(
        dir,
        "app/pom.xml",
        """
        <?xml version="1.0"?>
        <!DOCTYPE project [ <!ENTITY x SYSTEM "%s"> ]>
        <project>
          <artifactId>app</artifactId>
          <modules><module>&x;</module></modules>
        </project>
        """
            .formatted(secret.toUri()));
    mkdirs(dir, "app/leaked");
    write(dir, "app/leaked/pom.xml", pom("leaked", ""));

    Project p = ProjectDiscovery.discover(dir.resolve("app"));

    assertThat(names(p)).containsExactly(".");
  }

  @Test
  void malformedPomFailsWithFileAndLine() {
    write(dir, "pom.xml", "<project>\n  <modules>\n</project>\n");

    assertThatThrownBy(() -> ProjectDiscovery.discover(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("pom.xml:3");
  }

  @Test
  void missingStartFails() {
    assertThatThrownBy(() -> ProjectDiscovery.discover(dir.resolve("nope")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
