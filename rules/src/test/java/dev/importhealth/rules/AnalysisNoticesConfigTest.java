package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.importhealth.core.api.Notice;
import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** The IH9xx notices obey the configuration like rules do, as far as a notice can. */
class AnalysisNoticesConfigTest {

  private static RuleTester unparsableAndUnchecked() {
    return RuleTester.of(new UnresolvedImport())
        .addSource("com/acme/Broken.java", "package com.acme;\nclass Broken {\n")
        .addSource("com/acme/App.java", "package com.acme;\nimport org.slf4j.Logger;\nclass App {}\n");
  }

  @Test
  void reportsBothNoticesByDefault() {
    assertThat(unparsableAndUnchecked().run().notices()).extracting(Notice::ruleId).containsExactly("IH901", "IH902");
  }

  @Test
  void dropsANoticeThatIsSwitchedOff() {
    assertThat(unparsableAndUnchecked().withConfig("rules:\n  IH902: off\n").run().notices())
        .extracting(Notice::ruleId).containsExactly("IH901");
  }

  @Test
  void rejectsALevelForANotice() {
    assertThatThrownBy(() -> unparsableAndUnchecked().withConfig("rules:\n  IH901: error\n").run())
        .hasMessageContaining(":2:").hasMessageContaining("rules.IH901").hasMessageContaining("only be switched off");
  }
}
