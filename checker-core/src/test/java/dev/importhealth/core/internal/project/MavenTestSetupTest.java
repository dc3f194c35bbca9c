package dev.importhealth.core.internal.project;

import static dev.importhealth.core.internal.project.TestTrees.module;
import static dev.importhealth.core.internal.project.TestTrees.pom;
import static dev.importhealth.core.internal.project.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.model.TestBuild;
import dev.importhealth.core.model.TestBuild.Selection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MavenTestSetupTest {

  @TempDir Path dir;

  private static final Selection SUREFIRE_DEFAULTS =
      new Selection(MavenTestSetup.SUREFIRE_INCLUDES, MavenTestSetup.DEFAULT_EXCLUDES);

  private static String plugin(String artifactId, String inner) {
    return "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>" + artifactId + "</artifactId>"
        + inner + "</plugin>";
  }

  private static String plugins(String... plugins) {
    return "<build><plugins>" + String.join("", plugins) + "</plugins></build>";
  }

  private static String surefire(String configuration) {
    return plugins(plugin("maven-surefire-plugin", "<configuration>" + configuration + "</configuration>"));
  }

  private static final String FAILSAFE_EXECUTION =
      "<executions><execution><goals><goal>integration-test</goal><goal>verify</goal></goals></execution></executions>";

  private TestBuild single(String body) throws IOException {
    write(dir, "pom.xml", pom("app", body));
    return module(ProjectDiscovery.discover(dir, MavenRepository.none()), ".").testBuild();
  }

  /** A parent with {@code parentBody} and a module {@code child} with {@code childBody}. */
  private TestBuild child(String parentBody, String childBody) throws IOException {
    write(dir, "pom.xml", pom("parent", "<packaging>pom</packaging><modules><module>child</module></modules>"
        + parentBody));
    write(dir, "child/pom.xml", pom("child",
        "<parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>1.0</version></parent>"
            + childBody));
    return module(ProjectDiscovery.discover(dir, MavenRepository.none()), "child").testBuild();
  }

  @Test
  void surefireDefaultsWithoutConfigurationAndNoFailsafe() throws IOException {
    TestBuild build = single("");

    assertThat(build.surefire()).contains(SUREFIRE_DEFAULTS);
    assertThat(build.failsafe()).isEmpty();
    assertThat(build.failsafeAbsent()).isTrue();
    assertThat(build.configurationParameters()).contains(Map.of());
  }

  @Test
  void configuredIncludesAndExcludesReplaceTheDefaults() throws IOException {
    TestBuild build = single("<properties><suffix>Spec</suffix></properties>" + surefire(
        "<includes><include>**/*${suffix}.java</include><include>**/A.java, **/B.java</include></includes>"
            + "<excludes><exclude>**/Slow*.java</exclude></excludes>"));

    assertThat(build.surefire()).contains(
        new Selection(List.of("**/*Spec.java", "**/A.java", "**/B.java"), List.of("**/Slow*.java")));
  }

  @Test
  void includesOfTheDefaultTestExecutionWinOverThePlugins() throws IOException {
    TestBuild build = single(plugins(plugin("maven-surefire-plugin",
        "<configuration><includes><include>**/*Plugin.java</include></includes></configuration>"
            + "<executions><execution><id>default-test</id><configuration>"
            + "<includes><include>**/*Exec.java</include></includes></configuration></execution></executions>")));

    assertThat(build.surefire()).contains(new Selection(List.of("**/*Exec.java"), MavenTestSetup.DEFAULT_EXCLUDES));
  }

  @Test
  void includesFromThePluginManagementOfALocalParent() throws IOException {
    TestBuild build = child(
        "<build><pluginManagement><plugins>" + plugin("maven-surefire-plugin",
            "<configuration><includes><include>**/*Check.java</include></includes></configuration>")
            + "</plugins></pluginManagement></build>",
        "");

    assertThat(build.surefire()).contains(new Selection(List.of("**/*Check.java"), MavenTestSetup.DEFAULT_EXCLUDES));
  }

  @Test
  void theModulesOwnPluginsWinOverTheParentsPluginManagement() throws IOException {
    TestBuild build = child(
        "<build><pluginManagement><plugins>" + plugin("maven-surefire-plugin",
            "<configuration><includes><include>**/*Check.java</include></includes></configuration>")
            + "</plugins></pluginManagement></build>",
        surefire("<includes><include>**/*Own.java</include></includes>"));

    assertThat(build.surefire()).contains(new Selection(List.of("**/*Own.java"), MavenTestSetup.DEFAULT_EXCLUDES));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<test>FooTest</test>",
      "<includesFile>includes.txt</includesFile>",
      "<excludesFile>excludes.txt</excludesFile>",
      "<dependenciesToScan><dependency>com.acme:tests</dependency></dependenciesToScan>",
      "<suiteXmlFiles><suiteXmlFile>testng.xml</suiteXmlFile></suiteXmlFiles>",
      "<testSourceDirectory>src/it/java</testSourceDirectory>",
      "<testClassesDirectory>target/it-classes</testClassesDirectory>",
      "<includes><include>**/*${undefined}.java</include></includes>",
      "<includes><include>%regex[.*Test.*]</include></includes>",
      "<includes><include>!**/Slow*.java</include></includes>",
      "<includes><include>**/*Test.java#fast*</include></includes>",
      "<skip>true</skip>",
      "<skipTests>${skip.unit}</skipTests>",
      "<skipTests>true</skipTests>",
      "<includes combine.children=\"append\"><include>**/*Spec.java</include></includes>",
  })
  void configurationWeDoNotModelLeavesTheSelectionUnknown(String configuration) throws IOException {
    assertThat(single(surefire(configuration)).surefire()).isEmpty();
  }

  @Test
  void skipSetToFalseAndTheBuildsOwnTestDirectoryAreFine() throws IOException {
    TestBuild build = single(surefire(
        "<skipTests>false</skipTests><testSourceDirectory>${project.basedir}/src/test/java</testSourceDirectory>"));

    assertThat(build.surefire()).contains(SUREFIRE_DEFAULTS);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<properties><skipTests>true</skipTests></properties>",
      "<profiles><profile><id>ci</id>" + "<build><plugins><plugin><artifactId>maven-surefire-plugin</artifactId>"
          + "<configuration><includes><include>**/*Ci.java</include></includes></configuration>"
          + "</plugin></plugins></build></profile></profiles>",
      "<profiles><profile><id>one</id><properties><test>FooTest</test></properties></profile></profiles>",
      "<profiles><profile><id>quick</id><properties><skipTests>${quick}</skipTests></properties></profile></profiles>",
      "<packaging>pom</packaging>",
      // a published parent not found in the local repository (none here)
      "<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>"
          + "<version>3.3.0</version><relativePath/></parent>",
  })
  void theBuildAroundThePluginCanLeaveTheSelectionUnknown(String body) throws IOException {
    assertThat(single(body).surefire()).isEmpty();
  }

  @Test
  void aProfileDeclaringThePluginWithHarmlessSettingsOnlyChangesNothingModelled() throws IOException {
    // jsoup's JDK 11 profile
    TestBuild build = single("<profiles><profile><id>jdk11</id><build><plugins><plugin>"
        + "<artifactId>maven-surefire-plugin</artifactId><configuration>"
        + "<additionalClasspathElements><additionalClasspathElement>x</additionalClasspathElement>"
        + "</additionalClasspathElements><useModulePath>false</useModulePath>"
        + "</configuration></plugin></plugins></build></profile></profiles>");

    assertThat(build.surefire()).contains(SUREFIRE_DEFAULTS);
    assertThat(build.configurationParameters()).contains(Map.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<configuration><systemPropertyVariables><a>b</a></systemPropertyVariables></configuration>",
      "<configuration><useModulePath>false</useModulePath><excludes><exclude>**/Slow*</exclude></excludes></configuration>",
      "<executions><execution><id>more</id></execution></executions>",
      "<dependencies><dependency><groupId>g</groupId><artifactId>a</artifactId></dependency></dependencies>",
  })
  void aProfileDeclaringThePluginWithAnyOtherSettingLeavesItUnknown(String inner) throws IOException {
    TestBuild build = single("<profiles><profile><id>p</id><build><plugins><plugin>"
        + "<artifactId>maven-surefire-plugin</artifactId>" + inner + "</plugin></plugins></build></profile></profiles>");

    assertThat(build.surefire()).isEmpty();
    assertThat(build.configurationParameters()).isEmpty();
  }

  @Test
  void profilesThatOnlySkipTestsOrPassJvmOptionsChangeNothingModelled() throws IOException {
    TestBuild build = single("<profiles>"
        + "<profile><id>site</id><properties><skipTests>true</skipTests><maven.test.skip>true</maven.test.skip>"
        + "</properties></profile>"
        + "<profile><id>java-21-up</id><properties><argLine>-XX:+EnableDynamicAgentLoading</argLine></properties>"
        + "</profile></profiles>");

    assertThat(build.surefire()).contains(SUREFIRE_DEFAULTS);
    assertThat(build.configurationParameters()).contains(Map.of());
  }

  @Test
  void aProfileArgLineThatMayPassSystemPropertiesMakesTheParametersUnknown() throws IOException {
    assertThat(single("<profiles><profile><id>p</id><properties><argLine>-Da=b</argLine></properties>"
        + "</profile></profiles>").configurationParameters()).isEmpty();
    assertThat(single("<profiles><profile><id>p</id><properties><argLine>${jvm.args}</argLine></properties>"
        + "</profile></profiles>").configurationParameters()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<inherited>false</inherited>",
      "<executions><execution><id>default-test</id><inherited>false</inherited></execution></executions>"})
  void aParentLimitingInheritanceLeavesTheSelectionUnknown(String inner) throws IOException {
    TestBuild build = child(plugins(plugin("maven-surefire-plugin",
        inner + "<configuration><includes><include>**/*Check.java</include></includes></configuration>")), "");

    assertThat(build.surefire()).isEmpty();
  }

  @Test
  void anotherSurefireExecutionWithItsOwnConfigurationLeavesTheSelectionUnknown() throws IOException {
    TestBuild build = single(plugins(plugin("maven-surefire-plugin",
        "<executions><execution><id>slow</id><goals><goal>test</goal></goals><configuration>"
            + "<includes><include>**/*Slow.java</include></includes></configuration></execution></executions>")));

    assertThat(build.surefire()).isEmpty();
  }

  @Test
  void aDisabledDefaultTestExecutionLeavesTheSelectionUnknown() throws IOException {
    TestBuild build = single(plugins(plugin("maven-surefire-plugin",
        "<executions><execution><id>default-test</id><phase>none</phase></execution></executions>")));

    assertThat(build.surefire()).isEmpty();
  }

  @Test
  void failsafeOnlyManagedIsAbsent() throws IOException {
    TestBuild build = single("<build><pluginManagement><plugins>"
        + plugin("maven-failsafe-plugin", FAILSAFE_EXECUTION) + "</plugins></pluginManagement></build>");

    assertThat(build.failsafe()).isEmpty();
    assertThat(build.failsafeAbsent()).isTrue();
    assertThat(build.surefire()).contains(SUREFIRE_DEFAULTS);
  }

  @Test
  void failsafeDeclaredWithoutATestGoalDoesNotRun() throws IOException {
    TestBuild build = single(plugins(plugin("maven-failsafe-plugin", "")));
    assertThat(build.failsafe()).isEmpty();
    assertThat(build.failsafeAbsent()).isTrue();
  }

  @Test
  void failsafeInTheBuildHasItsDefaults() throws IOException {
    TestBuild build = single(plugins(plugin("maven-failsafe-plugin", FAILSAFE_EXECUTION)));

    assertThat(build.failsafe()).contains(
        new Selection(MavenTestSetup.FAILSAFE_INCLUDES, MavenTestSetup.DEFAULT_EXCLUDES));
  }

  @Test
  void failsafeDeclaredInTheModuleWithExecutionsAndIncludesFromTheParentsManagement() throws IOException {
    TestBuild build = child(
        "<build><pluginManagement><plugins>" + plugin("maven-failsafe-plugin", FAILSAFE_EXECUTION
            + "<configuration><includes><include>**/*Journey.java</include></includes></configuration>")
            + "</plugins></pluginManagement></build>",
        plugins(plugin("maven-failsafe-plugin", "")));

    assertThat(build.failsafe()).contains(new Selection(List.of("**/*Journey.java"), MavenTestSetup.DEFAULT_EXCLUDES));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<configuration><skipITs>true</skipITs></configuration>",
      "<configuration><test>SomeIT</test></configuration>",
      "<executions><execution><id>second</id><goals><goal>integration-test</goal></goals></execution></executions>",
  })
  void failsafeConfigurationWeDoNotModelLeavesItsSelectionUnknown(String inner) throws IOException {
    TestBuild build = single(plugins(plugin("maven-failsafe-plugin", FAILSAFE_EXECUTION + inner)));

    assertThat(build.failsafe()).isEmpty();
    assertThat(build.failsafeAbsent()).as("it may run").isFalse();
    assertThat(build.surefire()).contains(SUREFIRE_DEFAULTS);
  }

  @Test
  void configurationParametersFromPropertiesAndSystemPropertyVariablesOfBothPlugins() throws IOException {
    TestBuild build = single("<properties><lifecycle>per_class</lifecycle></properties>" + plugins(
        plugin("maven-surefire-plugin", "<configuration><properties><configurationParameters>"
            + "junit.jupiter.testinstance.lifecycle.default = ${lifecycle}\n"
            + "junit.jupiter.execution.parallel.enabled=true"
            + "</configurationParameters></properties></configuration>"),
        plugin("maven-failsafe-plugin", FAILSAFE_EXECUTION + "<configuration><systemPropertyVariables>"
            + "<junit.jupiter.extensions.autodetection.enabled>true</junit.jupiter.extensions.autodetection.enabled>"
            + "</systemPropertyVariables></configuration>")));

    assertThat(build.configurationParameters()).contains(Map.of(
        "junit.jupiter.testinstance.lifecycle.default", "per_class",
        "junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.extensions.autodetection.enabled", "true"));
  }

  @Test
  void systemPropertyVariablesMergeWithTheParentsKeyByKey() throws IOException {
    TestBuild build = child(
        surefire("<systemPropertyVariables><a>parent</a><b>parent</b></systemPropertyVariables>"),
        surefire("<systemPropertyVariables><b>child</b></systemPropertyVariables>"));

    assertThat(build.configurationParameters()).contains(Map.of("a", "parent", "b", "child"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<systemPropertyVariables><a>${undefined}</a></systemPropertyVariables>",
      "<properties><configurationParameters>a=${undefined}</configurationParameters></properties>",
      "<properties><property><name>configurationParameters</name><value>a=b</value></property></properties>",
      "<configurationParameters>a=b</configurationParameters>",
      "<argLine>-Xmx1g -Djunit.jupiter.execution.parallel.enabled=true</argLine>",
      "<argLine>@{jvm.args} -Xmx1g</argLine>",
      "<systemPropertiesFile>test.properties</systemPropertiesFile>",
      "<systemProperties><property><name>a</name><value>b</value></property></systemProperties>",
  })
  void configurationParametersWeCannotReadAreUnknown(String configuration) throws IOException {
    assertThat(single(surefire(configuration)).configurationParameters()).isEmpty();
  }

  @Test
  void aLateArgLineAddsOnlyWhatThePomsArgLinePropertySays() throws IOException {
    // commons-io: <argLine>@{argLine} -Xmx25M</argLine>, JaCoCo adding its agent to the property
    assertThat(single(surefire("<argLine>@{argLine} -Xmx25M</argLine>")).configurationParameters())
        .contains(Map.of());
    assertThat(single("<properties><argLine>-XX:+EnableDynamicAgentLoading</argLine></properties>"
        + plugins(plugin("maven-surefire-plugin", "<configuration><argLine>@{argLine} -Xmx25M</argLine></configuration>")))
        .configurationParameters()).contains(Map.of());
    assertThat(single("<properties><argLine>-Da=b</argLine></properties>"
        + plugins(plugin("maven-surefire-plugin", "<configuration><argLine>@{argLine}</argLine></configuration>")))
        .configurationParameters()).as("the property passes a system property").isEmpty();
  }

  @Test
  void anArgLinePropertyWithSystemPropertiesMakesTheParametersUnknown() throws IOException {
    assertThat(single("<properties><argLine>-Da=b</argLine></properties>").configurationParameters()).isEmpty();
  }

  @Test
  void pluginsDisagreeingOnAParameterMakeItUnknown() throws IOException {
    TestBuild build = single(plugins(
        plugin("maven-surefire-plugin", "<configuration><systemPropertyVariables><a>1</a>"
            + "</systemPropertyVariables></configuration>"),
        plugin("maven-failsafe-plugin", FAILSAFE_EXECUTION + "<configuration><systemPropertyVariables>"
            + "<a>2</a></systemPropertyVariables></configuration>")));

    assertThat(build.configurationParameters()).isEmpty();
  }
}
