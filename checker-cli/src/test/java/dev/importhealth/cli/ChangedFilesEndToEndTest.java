package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --changed [--base REV]}: the files git shows as changed, and the files that name a
 * type they declare, judged against the whole project; nothing else is reported.
 */
class ChangedFilesEndToEndTest {

  @TempDir
  Path dir;

  @Test
  void aRenamedMethodBreaksItsCallerInAnUntouchedFileWhichIsReported() throws Exception {
    ScratchRepository repository = new ScratchRepository(dir);
    repository.git("init", "-q");
    repository.write("import-health.yaml", "namespaces: [com.acme]\n");
    repository.write("src/com/acme/Greeter.java",
        "package com.acme;\npublic class Greeter {\n  public String hello() { return \"hi\"; }\n}\n");
    repository.write("src/com/acme/App.java",
        "package com.acme;\nclass App {\n  String run() { return new Greeter().hello(); }\n}\n");
    // an old finding in a file that neither changed nor names a changed type
    repository.write("src/com/acme/Legacy.java", "package com.acme;\nimport com.acme.gone.Thing;\nclass Legacy {}\n");
    String first = repository.commit("greeter and its caller");

    repository.write("src/com/acme/Greeter.java",
        "package com.acme;\npublic class Greeter {\n  public String greet() { return \"hi\"; }\n}\n");
    Cli.Run changed = Cli.run("check", "--changed", dir.toString());

    assertThat(changed.exitCode()).as("%s", changed).isEqualTo(ExitCode.FINDINGS.code());
    assertThat(changed.out()).contains("App.java:3:").contains("has no method 'hello'").contains("[IH105]")
        .doesNotContain("Legacy.java");
    assertThat(changed.out().lines().filter(l -> l.contains("[IH"))).hasSize(1);

    repository.write("src/com/acme/App.java",
        "package com.acme;\nclass App {\n  String run() { return new Greeter().greet(); }\n}\n");
    repository.commit("rename hello to greet");
    Cli.Run nothing = Cli.run("check", "--changed", dir.toString());
    Cli.Run sinceFirst = Cli.run("check", "--changed", "--base", first, dir.toString());

    assertThat(nothing.exitCode()).as("%s", nothing).isZero();
    assertThat(nothing.err()).contains("no Java file differs from HEAD");
    assertThat(sinceFirst.exitCode()).as("%s", sinceFirst).isZero();
    assertThat(sinceFirst.out()).doesNotContain("Legacy.java").contains("No problems found in 2 files");
  }

  @Test
  void aDeletedTypeBreaksItsUsersAndABadRevisionOrNoRepositoryIsAUsageError(@TempDir Path plain) throws Exception {
    ScratchRepository repository = new ScratchRepository(dir);
    repository.git("init", "-q");
    repository.write("import-health.yaml", "namespaces: [com.acme]\n");
    repository.write("src/com/acme/Helper.java", "package com.acme;\npublic class Helper {}\n");
    repository.write("src/com/acme/User.java", "package com.acme;\nclass User {\n  Helper helper;\n}\n");
    repository.commit("helper and user");
    Files.delete(dir.resolve("src/com/acme/Helper.java"));

    Cli.Run deleted = Cli.run("check", "--changed", dir.toString());
    Cli.Run badRevision = Cli.run("check", "--changed", "--base", "no-such-revision", dir.toString());

    assertThat(deleted.exitCode()).as("%s", deleted).isEqualTo(ExitCode.FINDINGS.code());
    assertThat(deleted.out()).contains("User.java:3:").contains("Helper");
    assertThat(badRevision.exitCode()).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(badRevision.err()).contains("'no-such-revision' is not a revision");

    Files.writeString(plain.resolve("A.java"), "class A {}\n");
    Cli.Run noGit = Cli.run("check", "--changed", plain.toString());
    assertThat(noGit.exitCode()).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(noGit.err()).contains("--changed needs git");
  }
}
