package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.rules.testing.RuleTester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StaleMigrationTest {

  private static final String REGISTRY = """
      migrations:
        - from: com.acme.ws.UserEmitter
          to: com.acme.ws.UnifiedEmitter
        - from: com.acme.ws.GoneEmitter
          to: com.acme.ws.UnifiedEmitter
        - from: com.acme.ws.OldButPresent
          to: com.acme.ws.UnifiedEmitter
        - from: com.acme.auth.Auth#check
          to: com.acme.auth.Auth#verify
        - from: com.acme.first.Step
          to: com.acme.second.Step
        - from: com.acme.second.*
          to: com.acme.third.*
      """;

  private static RuleTester project(String rulesSection) {
    return RuleTester.of(new StaleMigration()).withConfig(REGISTRY + rulesSection)
        .addSource("com/acme/ws/UnifiedEmitter.java", "package com.acme.ws;\npublic class UnifiedEmitter {}\n")
        .addSource("com/acme/ws/OldButPresent.java", "package com.acme.ws;\n@Deprecated public class OldButPresent {}\n")
        .addSource("com/acme/auth/Auth.java", "package com.acme.auth;\npublic class Auth { public void verify() {} }\n")
        .addSource("com/acme/second/Step.java", "package com.acme.second;\npublic class Step {}\n")
        .addSource("com/acme/third/Step.java", "package com.acme.third;\npublic class Step {}\n")
        .addSource("com/acme/App.java", """
            package com.acme;
            import com.acme.ws.UserEmitter;
            class App {
              UserEmitter emitter;
              void run(com.acme.auth.Auth auth) { auth.verify(); }
            }
            """);
  }

  @Test
  void notesEntriesNothingUsesAndErrsOnTargetsThatMovedOn() {
    AnalysisResult result = project("").run();

    assertThat(byLine(result)).containsExactly(
        Map.entry(4, "[note] No code uses 'com.acme.ws.GoneEmitter' any more; the entry has done its job and can be removed."),
        Map.entry(6, "[note] No use of 'com.acme.ws.OldButPresent' outside its own declarations is left; delete it, then "
            + "this entry, which keeps new uses out until then."),
        Map.entry(8, "[note] No code uses 'com.acme.auth.Auth#check' any more; the entry has done its job and can be removed."),
        Map.entry(10, "[error] The target 'com.acme.second.Step' has itself moved to 'com.acme.third.Step' (line 12); "
            + "point this entry at the final target."),
        Map.entry(12, "[note] No code uses 'com.acme.second.*' any more; the entry has done its job and can be removed."));
    FileRegion region = (FileRegion) result.findings().get(0).location();
    assertThat(region.file()).isEqualTo(result.projectRoot().resolve("import-health.yaml"));
    assertThat(region.startColumn()).as("the entry's text, after its indentation").isEqualTo(3);
  }

  @Test
  void countsUsesEvenWhenMovedPathIsSwitchedOff() throws Exception {
    Path root = project("").run().projectRoot();
    Files.writeString(root.resolve("import-health.yaml"), REGISTRY + "rules:\n  IH201: off\n");

    AnalysisResult result = new Engine(List.of(new MovedPath(), new StaleMigration())).check(CheckRequest.of(root));

    assertThat(byLine(result)).containsOnlyKeys(4, 6, 8, 10, 12);
  }

  @Test
  void staysSilentWhenOnlySomeFilesAreChecked() throws Exception {
    Path root = project("").run().projectRoot();
    Path app = root.resolve("src/com/acme/App.java");

    AnalysisResult result = new Engine(List.of(new StaleMigration()))
        .check(new CheckRequest(app, List.of(app), Optional.empty(), List.of(), 1));

    assertThat(result.findings()).isEmpty();
  }

  @Test
  void aProjectWithoutRegistryHasNothingToSay() {
    RuleTester.of(new StaleMigration()).addSource("com/acme/A.java", "package com.acme;\nclass A {}\n")
        .expectNoFindings();
  }

  private static Map<Integer, String> byLine(AnalysisResult result) {
    Map<Integer, String> lines = new TreeMap<>();
    for (Finding finding : result.findings()) {
      assertThat(finding.ruleId()).isEqualTo("IH203");
      lines.put(((FileRegion) finding.location()).startLine(), "[" + finding.severity().label() + "] " + finding.message());
    }
    return lines;
  }
}
