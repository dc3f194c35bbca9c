package dev.importhealth.core.internal.project;

import static dev.importhealth.core.internal.project.TestTrees.mkdirs;
import static dev.importhealth.core.internal.project.TestTrees.module;
import static dev.importhealth.core.internal.project.TestTrees.pom;
import static dev.importhealth.core.internal.project.TestTrees.rel;
import static dev.importhealth.core.internal.project.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceRoot;
import dev.importhealth.core.model.TestBuild;
import dev.importhealth.core.model.TestBuild.Selection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parents read from a local Maven repository (a fake one here, never the real ~/.m2). */
class PublishedParentsTest {

  @TempDir Path dir;
  @TempDir Path repo;

  private static final String LIFECYCLE = "junit.jupiter.testinstance.lifecycle.default";

  /** Writes {@code groupId:artifactId:version} into the fake repository, as Maven lays it out. */
  private void publish(String groupId, String artifactId, String version, String body) {
    write(repo, groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version + ".pom",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>%s</groupId>
          <artifactId>%s</artifactId>
          <version>%s</version>
          <packaging>pom</packaging>
        %s
        </project>
        """.formatted(groupId, artifactId, version, body));
  }

  private static String parent(String groupId, String artifactId, String version) {
    return "<parent><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId><version>"
        + version + "</version></parent>";
  }

  private Project discover() throws IOException {
    return ProjectDiscovery.discover(dir, MavenRepository.at(repo));
  }

  private TestBuild testBuild(String childBody) throws IOException {
    write(dir, "pom.xml", pom("app", childBody));
    return module(discover(), ".").testBuild();
  }

  /**
   * corp-root:3 (grandparent) manages Surefire's includes with a property; corp-parent:7 runs
   * Surefire with configuration parameters and lists a module of its own.
   */
  private void publishCorpParents() {
    publish("com.corp", "corp-root", "3", """
        <properties><spec.suffix>Spec</spec.suffix></properties>
        <build><pluginManagement><plugins><plugin>
          <artifactId>maven-surefire-plugin</artifactId>
          <configuration><includes><include>**/*${spec.suffix}.java</include></includes></configuration>
        </plugin></plugins></pluginManagement></build>
        """);
    publish("com.corp", "corp-parent", "7", parent("com.corp", "corp-root", "3") + """
        <modules><module>ghost</module></modules>
        <build><plugins><plugin>
          <artifactId>maven-surefire-plugin</artifactId>
          <configuration><properties><configurationParameters>
            junit.jupiter.testinstance.lifecycle.default = per_class
          </configurationParameters></properties></configuration>
        </plugin></plugins></build>
        """);
    write(repo, "com/corp/corp-parent/7/ghost/pom.xml", pom("ghost", ""));
    mkdirs(repo, "com/corp/corp-parent/7/ghost/src/main/java");
    mkdirs(repo, "com/corp/corp-parent/7/src/test/java");
  }

  @Test
  void surefireConfigurationOfAPublishedParentAndGrandparentIsInherited() throws IOException {
    publishCorpParents();

    TestBuild build = testBuild(parent("com.corp", "corp-parent", "7"));

    assertThat(build.surefire()).contains(new Selection(List.of("**/*Spec.java"), MavenTestSetup.DEFAULT_EXCLUDES));
    assertThat(build.configurationParameters()).contains(Map.of(LIFECYCLE, "per_class"));
  }

  @Test
  void theChildsPropertiesWinOverThePublishedParents() throws IOException {
    publishCorpParents();

    TestBuild build = testBuild(parent("com.corp", "corp-parent", "7")
        + "<properties><spec.suffix>Check</spec.suffix></properties>");

    assertThat(build.surefire()).contains(new Selection(List.of("**/*Check.java"), MavenTestSetup.DEFAULT_EXCLUDES));
  }

  @Test
  void aPublishedParentsModulesAndDirectoryAreNotTheProjects() throws IOException {
    publishCorpParents();
    write(dir, "pom.xml", pom("app", parent("com.corp", "corp-parent", "7")));
    mkdirs(dir, "src/main/java");

    Project p = discover();

    assertThat(p.modules()).extracting(Module::name).containsExactly(".");
    assertThat(p.sourceRoots()).allSatisfy(r -> assertThat(r.directory()).startsWith(dir));
    assertThat(rel(p, p.sourceRoots().stream().map(SourceRoot::directory).toList())).containsExactly("src/main/java");
  }

  @Test
  void localParentsLeadToPublishedOnes() throws IOException {
    publishCorpParents();
    write(dir, "pom.xml", pom("parent", parent("com.corp", "corp-parent", "7")
        + "<packaging>pom</packaging><modules><module>child</module></modules>"));
    write(dir, "child/pom.xml", pom("child", parent("com.acme", "parent", "1.0")));

    TestBuild build = module(discover(), "child").testBuild();

    assertThat(build.surefire()).contains(new Selection(List.of("**/*Spec.java"), MavenTestSetup.DEFAULT_EXCLUDES));
    assertThat(build.configurationParameters()).contains(Map.of(LIFECYCLE, "per_class"));
  }

  @Test
  void publishedResourceDirectoriesResolveAgainstTheModule() throws IOException {
    publish("com.corp", "corp-parent", "7",
        "<build><resources><resource><directory>src/conf</directory></resource></resources></build>");
    write(dir, "pom.xml", pom("app", parent("com.corp", "corp-parent", "7")));
    mkdirs(dir, "src/main/resources");
    mkdirs(dir, "src/conf");
    mkdirs(repo, "com/corp/corp-parent/7/src/conf");

    Project p = discover();

    assertThat(rel(p, module(p, ".").resourceRoots())).containsExactly("src/conf");
  }

  private static final String FAILSAFE = "<build><plugins><plugin><artifactId>maven-failsafe-plugin</artifactId>"
      + "<executions><execution><goals><goal>integration-test</goal></goals></execution></executions>"
      + "<configuration>%s</configuration></plugin></plugins></build>";

  @Test
  void failsafeRunByAPublishedParentIsRead() throws IOException {
    publish("com.corp", "corp-parent", "7", FAILSAFE.formatted("<includes><include>**/*Flow.java</include></includes>"));

    TestBuild build = testBuild(parent("com.corp", "corp-parent", "7"));

    assertThat(build.failsafe()).contains(new Selection(List.of("**/*Flow.java"), MavenTestSetup.DEFAULT_EXCLUDES));
    assertThat(build.surefire()).isPresent();
  }

  @Test
  void failsafeRunByAPublishedParentWithAnUnknownSelectionIsNeitherKnownNorAbsent() throws IOException {
    publish("com.corp", "corp-parent", "7", FAILSAFE.formatted("<includesFile>its.txt</includesFile>"));

    TestBuild build = testBuild(parent("com.corp", "corp-parent", "7"));

    assertThat(build.failsafe()).isEmpty();
    assertThat(build.failsafeAbsent()).as("Failsafe runs, selecting we know not what").isFalse();
    assertThat(build.surefire()).as("Surefire's own selection is still known").isPresent();
  }

  @Test
  void aParentMissingFromTheRepositoryLeavesTheTestBuildUnknown() throws IOException {
    assertThat(testBuild(parent("com.corp", "corp-parent", "7"))).isEqualTo(TestBuild.UNKNOWN);
  }

  @Test
  void aMissingGrandparentLeavesTheTestBuildUnknown() throws IOException {
    publish("com.corp", "corp-parent", "7", parent("com.corp", "corp-root", "3"));

    assertThat(testBuild(parent("com.corp", "corp-parent", "7"))).isEqualTo(TestBuild.UNKNOWN);
  }

  @Test
  void aPomWhoseCoordinatesDoNotMatchIsNotTheParent() throws IOException {
    write(repo, "com/corp/corp-parent/7/corp-parent-7.pom", pom("other", "<packaging>pom</packaging>"));

    assertThat(testBuild(parent("com.corp", "corp-parent", "7"))).isEqualTo(TestBuild.UNKNOWN);
  }

  @Test
  void aRevisionVersionIsResolvedFromTheChildsProperties() throws IOException {
    publishCorpParents();

    TestBuild build = testBuild(parent("com.corp", "corp-parent", "${revision}")
        + "<properties><revision>7</revision></properties>");

    assertThat(build.surefire()).contains(new Selection(List.of("**/*Spec.java"), MavenTestSetup.DEFAULT_EXCLUDES));
  }

  @Test
  void aRevisionVersionThatCannotBeKnownLeavesTheTestBuildUnknown() throws IOException {
    publishCorpParents();

    // undefined
    assertThat(testBuild(parent("com.corp", "corp-parent", "${revision}"))).isEqualTo(TestBuild.UNKNOWN);
    // not a property Maven allows in a parent's version
    assertThat(testBuild(parent("com.corp", "corp-parent", "${corp.version}")
        + "<properties><corp.version>7</corp.version></properties>")).isEqualTo(TestBuild.UNKNOWN);
    // .mvn/maven.config overrides the pom's value
    write(dir, ".mvn/maven.config", "-Drevision=8\n");
    assertThat(testBuild(parent("com.corp", "corp-parent", "${revision}")
        + "<properties><revision>7</revision></properties>")).isEqualTo(TestBuild.UNKNOWN);
  }

  @Test
  void aCycleOfPublishedParentsEndsTheChainAndLeavesTheTestBuildUnknown() throws IOException {
    publish("com.corp", "a", "1", parent("com.corp", "b", "1"));
    publish("com.corp", "b", "1", parent("com.corp", "a", "1"));

    assertThat(testBuild(parent("com.corp", "a", "1"))).isEqualTo(TestBuild.UNKNOWN);
  }

  @Test
  void theRepositoryIsFoundAsMavenFindsIt() {
    Path home = dir.resolve("home");
    Map<String, String> props = new java.util.HashMap<>(Map.of("user.home", home.toString()));

    assertThat(MavenRepository.of(props::get, k -> null).root()).contains(home.resolve(".m2/repository"));

    write(home, ".m2/settings.xml",
        "<settings><localRepository>${env.REPOS}/m2</localRepository></settings>");
    assertThat(MavenRepository.of(props::get, Map.of("REPOS", "/srv/repos")::get).root()).contains(Path.of("/srv/repos/m2"));
    assertThat(MavenRepository.of(props::get, k -> null).root()).isEmpty();

    props.put("maven.repo.local", repo.toString());
    assertThat(MavenRepository.of(props::get, k -> null).root()).contains(repo);
  }
}
