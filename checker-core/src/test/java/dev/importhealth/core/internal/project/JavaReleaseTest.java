package dev.importhealth.core.internal.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaReleaseTest {

  private static String pom(String properties, String profiles) {
    return "<project><properties>" + properties + "</properties>" + profiles + "</project>";
  }

  @Test
  void declaredIsTheHighestReleaseOutsideProfiles() {
    assertThat(JavaRelease.declaredIn(pom("<maven.compiler.source>1.7</maven.compiler.source>",
        "<profiles><profile><properties><maven.compiler.release>21</maven.compiler.release></properties>"
            + "</profile></profiles>"))).isEqualTo(7);
  }

  @Test
  void lowestCertainIsTheLowestDeclarationOfAnyBuildFile() {
    assertThat(JavaRelease.lowestCertainIn(List.of(
        pom("<maven.compiler.release>17</maven.compiler.release>", ""),
        pom("<maven.compiler.source>11</maven.compiler.source><maven.compiler.target>11</maven.compiler.target>", ""),
        "plugins { id 'java' }"))).isEqualTo(11);
    assertThat(JavaRelease.lowestCertainIn(List.of("java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }")))
        .isEqualTo(21);
  }

  @Test
  void lowestCertainIsUnknownWithoutADeclarationOrWithAProfileThatSetsOne() {
    assertThat(JavaRelease.lowestCertainIn(List.of())).isZero();
    assertThat(JavaRelease.lowestCertainIn(List.of(pom("<foo>1</foo>", "")))).isZero();
    // commons-compress 1.20: the java9+ profile sets release 9
    assertThat(JavaRelease.lowestCertainIn(List.of(pom("<maven.compiler.release>17</maven.compiler.release>",
        "<profiles><profile><id>java9+</id><properties><maven.compiler.release>9</maven.compiler.release>"
            + "</properties></profile></profiles>")))).isZero();
    // a profile that sets no release leaves it certain
    assertThat(JavaRelease.lowestCertainIn(List.of(pom("<maven.compiler.release>17</maven.compiler.release>",
        "<profiles><profile><id>run-zipit</id></profile></profiles>")))).isEqualTo(17);
  }
}
