package dev.importhealth.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void endsSentencesWithAPeriod() {
    assertThat(Texts.sentence("Import of a missing type")).isEqualTo("Import of a missing type.");
    assertThat(Texts.sentence(" Done. ")).isEqualTo("Done.");
    assertThat(Texts.sentence("Did you mean 'x'?")).isEqualTo("Did you mean 'x'?");
    assertThat(Texts.sentence("")).isEmpty();
  }

  @Test
  void pluralisesCounts() {
    assertThat(Texts.count(0, "error")).isEqualTo("0 errors");
    assertThat(Texts.count(1, "error")).isEqualTo("1 error");
    assertThat(Texts.count(2, "file")).isEqualTo("2 files");
  }
}
