package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook in this repository's {@code .pre-commit-hooks.yaml}, installed by the real pre-commit
 * framework into a scratch git repository, blocking a commit with a broken import and letting the
 * fixed one through. The hook runs {@code import-health} from PATH, which here is a link to this
 * repository's {@code bin/import-health} (so the jar must be built: a failsafe test). HOME, git's
 * configuration and pre-commit's cache all live in the temporary directory.
 */
class PreCommitHookIT {

  @TempDir
  Path tmp;

  private Map<String, String> environment;

  @Test
  void blocksACommitWithABrokenImportAndPassesOnceItIsFixed() throws Exception {
    Path root = TestDirs.repoRoot();
    assertThat(root.resolve("checker-cli/target/import-health.jar")).as("the fat jar (mvn package)").isRegularFile();
    isolate(root);
    assumePreCommit();

    // the hook repository: this repository's hooks file, committed, as pre-commit clones it at a rev
    Path hooks = Files.createDirectories(tmp.resolve("hooks"));
    Files.copy(root.resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
    run(hooks, "git", "init", "-q");
    run(hooks, "git", "add", "-A");
    run(hooks, "git", "commit", "-q", "-m", "hooks");
    String rev = run(hooks, "git", "rev-parse", "HEAD").out().strip();

    Path project = Files.createDirectories(tmp.resolve("project"));
    run(project, "git", "init", "-q");
    write(project, ".pre-commit-config.yaml", """
        repos:
          - repo: %s
            rev: %s
            hooks:
              - id: import-health
        """.formatted(hooks, rev));
    write(project, "pom.xml", """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId><artifactId>tiny</artifactId><version>1</version>
        </project>
        """);
    write(project, "src/main/java/com/example/a/Greeter.java", """
        package com.example.a;

        public class Greeter {
          public String greet() { return "hello"; }
        }
        """);
    write(project, "src/main/java/com/example/b/App.java", """
        package com.example.b;

        import com.example.a.Greter;

        public class App {
        }
        """);
    Result install = run(project, "pre-commit", "install");
    assertThat(install.out()).contains("pre-commit installed");

    run(project, "git", "add", "-A");
    Result blocked = exec(project, "git", "commit", "-m", "app");

    assertThat(blocked.exitCode()).as("%s", blocked).isNotZero();
    assertThat(blocked.out()).contains("src/main/java/com/example/b/App.java:3:8: error: Import 'com.example.a.Greter' "
        + "cannot be resolved").contains("Did you mean 'com.example.a.Greeter'?").contains("[IH101]");
    assertThat(exec(project, "git", "rev-parse", "--verify", "-q", "HEAD").exitCode()).as("no commit was made").isNotZero();

    write(project, "src/main/java/com/example/b/App.java", """
        package com.example.b;

        import com.example.a.Greeter;

        public class App {
          String hello() { return new Greeter().greet(); }
        }
        """);
    run(project, "git", "add", "-A");
    Result passed = exec(project, "git", "commit", "-m", "app");

    assertThat(passed.exitCode()).as("%s", passed).isZero();
    assertThat(passed.out()).containsPattern("import-health\\.+Passed");
    assertThat(run(project, "git", "log", "--format=%s").out().strip()).isEqualTo("app");
  }

  private void isolate(Path root) throws IOException {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    // a link, as a user installs the launcher: bin/import-health follows it back to the jar
    Files.createSymbolicLink(bin.resolve("import-health"), root.resolve("bin/import-health"));
    Path gitconfig = tmp.resolve("gitconfig");
    Files.writeString(gitconfig, """
        [user]
          name = Test
          email = test@example.com
        [commit]
          gpgsign = false
        [init]
          defaultBranch = main
        """, StandardCharsets.UTF_8);
    environment = Map.of(
        "HOME", home.toString(),
        "XDG_CACHE_HOME", tmp.resolve("cache").toString(),
        "PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString(),
        "GIT_CONFIG_NOSYSTEM", "1",
        "GIT_CONFIG_GLOBAL", gitconfig.toString(),
        "PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
  }

  /** Skips where pre-commit is missing, except on CI, whose {@code .ci/run} installs it. */
  private void assumePreCommit() throws IOException, InterruptedException {
    boolean present;
    try {
      present = exec(tmp, "pre-commit", "--version").exitCode() == 0;
    } catch (IOException e) {
      present = false;
    }
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("pre-commit is not installed; .ci/run should have installed it (apt-get install pre-commit)");
    }
    Assumptions.assumeTrue(present, "pre-commit is not installed (Debian: apt-get install pre-commit): hook test skipped");
  }

  private record Result(int exitCode, String out) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n" + out;
    }
  }

  private Result run(Path dir, String... command) throws IOException, InterruptedException {
    Result result = exec(dir, command);
    assertThat(result.exitCode()).as("%s: %s", String.join(" ", command), result).isZero();
    return result;
  }

  private Result exec(Path dir, String... command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(tmp, "out", ".txt");
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().remove("IMPORT_HEALTH_JAR");
    builder.environment().remove("GIT_DIR");
    builder.environment().remove("GIT_WORK_TREE");
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(String.join(" ", command) + " did not finish in 3 minutes");
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static void write(Path dir, String path, String text) throws IOException {
    Files.createDirectories(dir.resolve(path).getParent());
    Files.writeString(dir.resolve(path), text, StandardCharsets.UTF_8);
  }
}
