package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.importhealth.core.config.Migration;
import dev.importhealth.core.internal.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-health migrations suggest}, on git repositories built by the test. */
class MigrationsSuggestTest {

  @TempDir
  Path dir;

  @Test
  void printsPasteableEntriesForTheMovesGitShows() throws Exception {
    git("init", "-q");
    write("src/main/java/com/x/Old.java", type("com.x", "Old"));
    write("src/main/java/com/x/Kept.java", type("com.x", "Kept"));
    write("src/main/java/com/x/Listed.java", type("com.x", "Listed"));
    commit("add");
    git("mv", "src/main/java/com/x/Old.java", "src/main/java/com/x/New.java");
    mkdirs("src/main/java/com/y");
    git("mv", "src/main/java/com/x/New.java", "src/main/java/com/y/New.java");
    write("src/main/java/com/y/New.java", type("com.y", "New"));
    git("mv", "src/main/java/com/x/Listed.java", "src/main/java/com/y/Listed.java");
    write("src/main/java/com/y/Listed.java", type("com.y", "Listed"));
    write("import-health.yaml", "migrations:\n  - from: com.x.Listed\n    to: com.y.Listed\n");
    String moved = commit("move Old and Listed to com.y");
    String shortId = git("rev-parse", "--short", moved).trim();

    Cli.Run run = Cli.run("migrations", "suggest", dir.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    List<Migration> entries = ConfigLoader.parse(dir.resolve("pasted.yaml"), "migrations:\n" + run.out())
        .config().migrations();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).from()).isEqualTo("com.x.Old");
    assertThat(entries.get(0).to()).isEqualTo("com.y.New");
    assertThat(entries.get(0).reason()).contains("moved in " + shortId + " (2024-01-02)");
    assertThat(run.err()).contains("1 move of the project's types").contains("1 already registered");
  }

  @Test
  void sinceLeavesOutEarlierMovesAndNothingToSuggestIsNoError() throws Exception {
    git("init", "-q");
    write("src/main/java/com/x/Old.java", type("com.x", "Old"));
    commit("add");
    mkdirs("src/main/java/com/y");
    git("mv", "src/main/java/com/x/Old.java", "src/main/java/com/y/Old.java");
    write("src/main/java/com/y/Old.java", type("com.y", "Old"));
    commit("move");

    Cli.Run all = Cli.run("migrations", "suggest", dir.toString());
    Cli.Run recent = Cli.run("migrations", "suggest", "--since", "HEAD", dir.toString());

    assertThat(all.out()).contains("from: com.x.Old").contains("to: com.y.Old");
    assertThat(recent.exitCode()).as("%s", recent).isZero();
    assertThat(recent.out()).isEmpty();
    assertThat(recent.err()).contains("nothing to suggest");
  }

  @Test
  void suggestsOnlyMovesIntoTheProjectsOwnSources() throws Exception {
    git("init", "-q");
    write("app/src/main/java/com/x/A.java", type("com.x", "A"));
    write("tool/src/main/java/com/t/T.java", type("com.t", "T"));
    commit("add");
    mkdirs("app/src/main/java/com/y");
    mkdirs("tool/src/main/java/com/u");
    git("mv", "app/src/main/java/com/x/A.java", "app/src/main/java/com/y/A.java");
    write("app/src/main/java/com/y/A.java", type("com.y", "A"));
    git("mv", "tool/src/main/java/com/t/T.java", "tool/src/main/java/com/u/T.java");
    write("tool/src/main/java/com/u/T.java", type("com.u", "T"));
    commit("move");

    Cli.Run run = Cli.run("migrations", "suggest", dir.resolve("app").toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).isEqualTo("  - from: com.x.A\n    to: com.y.A\n    reason: moved in "
        + git("rev-parse", "--short", "HEAD").trim() + " (2024-01-02)\n");
  }

  @Test
  void outsideAGitRepositoryIsAUsageError() throws Exception {
    Process probe = new ProcessBuilder("git", "rev-parse", "--git-dir").directory(dir.toFile()).start();
    assumeTrue(probe.waitFor() != 0, "the temporary directory is inside a git repository");
    write("src/main/java/com/x/A.java", type("com.x", "A"));

    Cli.Run run = Cli.run("migrations", "suggest", dir.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("is not in a git repository");
  }

  @Test
  void anUnknownRevisionOrAMissingSubcommandIsAUsageError() throws Exception {
    git("init", "-q");
    write("src/main/java/com/x/A.java", type("com.x", "A"));
    commit("add");

    Cli.Run badRev = Cli.run("migrations", "suggest", "--since", "v9.9", dir.toString());
    Cli.Run noSubcommand = Cli.run("migrations");
    Cli.Run noProject = Cli.run("migrations", "suggest", dir.resolve("nowhere").toString());

    assertThat(badRev.exitCode()).as("%s", badRev).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(badRev.err()).contains("'v9.9' is not a commit");
    assertThat(noSubcommand.exitCode()).as("%s", noSubcommand).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(noSubcommand.err()).contains("a subcommand is required: suggest");
    assertThat(noProject.exitCode()).as("%s", noProject).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(noProject.err()).contains("does not exist");
  }

  private static String type(String pkg, String name) {
    return "package " + pkg + ";\n\npublic class " + name + " {\n"
        + "  public int value(int i) {\n    return i * 3;\n  }\n".repeat(1)
        + "  public String label() {\n    return \"a label\";\n  }\n"
        + "  public boolean even(int i) {\n    return i % 2 == 0;\n  }\n"
        + "  public static final class Part {}\n}\n";
  }

  private ScratchRepository repository;

  private ScratchRepository repository() {
    if (repository == null) {
      repository = new ScratchRepository(dir);
    }
    return repository;
  }

  private String commit(String message) {
    return repository().commit(message);
  }

  private String git(String... args) {
    return repository().git(args);
  }

  private void write(String path, String text) throws IOException {
    repository().write(path, text);
  }

  private void mkdirs(String path) throws IOException {
    Files.createDirectories(dir.resolve(path));
  }
}
