package dev.importhealth.core.internal.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdkActivationTest {

  @Test
  void matchesPrefixesAndLegacyVersions() {
    assertThat(JdkActivation.matches("17", 17)).isTrue();
    assertThat(JdkActivation.matches("1.8", 8)).isTrue();
    assertThat(JdkActivation.matches("1.8", 17)).isFalse();
    assertThat(JdkActivation.matches("11", 17)).isFalse();
  }

  @Test
  void matchesRangesAndNegation() {
    assertThat(JdkActivation.matches("[21,)", 17)).isFalse();
    assertThat(JdkActivation.matches("[21,)", 21)).isTrue();
    assertThat(JdkActivation.matches("[11,17)", 17)).isFalse();
    assertThat(JdkActivation.matches("[11,17]", 17)).isTrue();
    assertThat(JdkActivation.matches("(,11]", 17)).isFalse();
    assertThat(JdkActivation.matches("[1.8,)", 17)).isTrue();
    assertThat(JdkActivation.matches("!1.8", 17)).isTrue();
    assertThat(JdkActivation.matches("![17,)", 17)).isFalse();
  }
}
