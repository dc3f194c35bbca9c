package dev.importhealth.rules.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.rules.BuiltInRules;
import dev.importhealth.rules.testing.ScratchGit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check FILE...}, as a pre-commit hook runs it on the staged files: the files that use a
 * given one are checked too when its declarations differ from HEAD, and only then, with or
 * without the cache.
 */
class UsersOfChangedFilesTest {

  @TempDir Path root;
  private final Engine engine = new Engine(BuiltInRules.all());

  @BeforeEach
  void repository() throws IOException {
    write("import-health.yaml", "rules: {}\n");
    write("src/main/java/p/Users.java", """
        package p;
        public class Users {
          public static String createTestUserWithToken(String name) { return name; }
        }
        """);
    write("src/main/java/p/Caller.java", """
        package p;
        class Caller {
          String user() { return Users.createTestUserWithToken("ada"); }
        }
        """);
    write("src/main/java/p/OldMistake.java", """
        package p;
        class OldMistake {
          Object nothing() { return Users.neverWasThere(); }
        }
        """);
    ScratchGit.run(root, "init", "-q");
    ScratchGit.run(root, "add", "-A");
    ScratchGit.run(root, "commit", "-q", "-m", "start");
  }

  @Test
  void aBodyEditChecksTheFileAlone() throws Exception {
    write("src/main/java/p/Users.java", """
        package p;
        public class Users {
          public static String createTestUserWithToken(String name) { return name.strip(); }
        }
        """);

    for (boolean cache : List.of(false, true, true)) {
      AnalysisResult result = checkUsers(cache);

      assertThat(result.filesAnalysed()).isEqualTo(1);
      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void aRenamedMethodBreaksItsCallerEveryTimeTheHookRuns() throws Exception {
    write("src/main/java/p/Users.java", """
        package p;
        public class Users {
          public static String createTestUserWithAuth(String name) { return name; }
        }
        """);

    for (boolean cache : List.of(false, true, true)) {
      AnalysisResult result = checkUsers(cache);

      assertThat(result.filesAnalysed()).isEqualTo(3);
      assertThat(result.findings()).extracting(f -> file(f) + " " + f.ruleId())
          .containsExactly("Caller.java IH105", "OldMistake.java IH105");
    }
  }

  @Test
  void aFileGitDoesNotKnowYetIsNewToItsUsers() throws Exception {
    write("src/main/java/p/Fresh.java", """
        package p;
        public class Fresh { }
        """);
    write("src/main/java/p/Caller.java", """
        package p;
        class Caller {
          Fresh fresh() { return new Fresh(); }
          String user() { return Users.createTestUserWithToken("ada"); }
        }
        """);
    ScratchGit.run(root, "add", "src/main/java/p/Caller.java");

    AnalysisResult result = check(List.of(root.resolve("src/main/java/p/Fresh.java")), true);

    assertThat(result.filesAnalysed()).isEqualTo(2);
    assertThat(result.findings()).isEmpty();
  }

  private AnalysisResult checkUsers(boolean cache) throws Exception {
    return check(List.of(root.resolve("src/main/java/p/Users.java")), cache);
  }

  private AnalysisResult check(List<Path> files, boolean cache) throws Exception {
    CheckRequest request = new CheckRequest(root, files, Optional.empty(), List.of(), 2);
    return engine.check(cache ? request.withCache(CheckRequest.DEFAULT_CACHE) : request);
  }

  private static String file(Finding finding) {
    return ((FileRegion) finding.location()).file().getFileName().toString();
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
