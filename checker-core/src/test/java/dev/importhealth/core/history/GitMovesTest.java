package dev.importhealth.core.history;

import static dev.importhealth.core.history.ScratchRepo.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitMovesTest {

  @TempDir
  Path dir;

  private static List<String> arrows(GitMoves moves) {
    return moves.moves().stream().map(m -> m.from() + " -> " + m.to()).toList();
  }

  @Test
  void findsATypeMovedToAnotherPackageAndRenamed() throws Exception {
    ScratchRepo repo = ScratchRepo.init(dir);
    repo.write("src/com/x/Old.java", type("com.x", "Old", "")).commit("add Old");
    repo.mv("src/com/x/Old.java", "src/com/y/New.java").write("src/com/y/New.java", type("com.y", "New", "  int more;\n"));
    String moved = repo.commit("move Old");

    GitMoves moves = GitMoves.read(dir, Optional.empty());

    assertThat(arrows(moves)).containsExactly("com.x.Old -> com.y.New");
    Move move = moves.moves().get(0);
    assertThat(move.fromPath()).isEqualTo("src/com/x/Old.java");
    assertThat(move.toPath()).isEqualTo("src/com/y/New.java");
    assertThat(move.commits()).hasSize(1);
    assertThat(move.commits().get(0).id()).isEqualTo(moved);
    assertThat(moved).startsWith(move.commits().get(0).shortId());
    assertThat(move.commits().get(0).date()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(moves.movedTo("com.x.Old.Nested")).contains(move);
    assertThat(move.movedName("com.x.Old.Nested")).contains("com.y.New.Nested");
    assertThat(moves.movedTo("com.x.Older")).isEmpty();
    assertThat(moves.shallow()).isFalse();
    assertThat(moves.repositoryRoot()).isEqualTo(dir.toRealPath());
  }

  @Test
  void collapsesAChainOfMovesIntoOne() throws Exception {
    ScratchRepo repo = ScratchRepo.init(dir);
    repo.write("src/a/A.java", type("a", "A", "")).commit("add A");
    repo.mv("src/a/A.java", "src/b/A.java").write("src/b/A.java", type("b", "A", "")).commit("A to b");
    repo.mv("src/b/A.java", "src/c/C.java").write("src/c/C.java", type("c", "C", "")).commit("A to c.C");

    GitMoves moves = GitMoves.read(dir, Optional.empty());

    assertThat(arrows(moves)).containsExactly("a.A -> c.C");
    assertThat(moves.moves().get(0).commits()).hasSize(2);
    assertThat(moves.moves().get(0).when()).contains(", then ");
  }

  @Test
  void dropsAMoveThatWasReverted() throws Exception {
    ScratchRepo repo = ScratchRepo.init(dir);
    repo.write("src/a/A.java", type("a", "A", "")).commit("add A");
    repo.mv("src/a/A.java", "src/b/A.java").write("src/b/A.java", type("b", "A", "")).commit("A to b");
    repo.git("revert", "--no-edit", "HEAD");

    assertThat(GitMoves.read(dir, Optional.empty()).moves()).isEmpty();
  }

  @Test
  void dropsAMoveWhoseNewFileIsGoneAtHead() throws Exception {
    ScratchRepo repo = ScratchRepo.init(dir);
    repo.write("src/a/A.java", type("a", "A", "")).commit("add A");
    repo.mv("src/a/A.java", "src/b/A.java").write("src/b/A.java", type("b", "A", "")).commit("A to b");
    repo.rm("src/b/A.java").commit("delete A");

    assertThat(GitMoves.read(dir, Optional.empty()).moves()).isEmpty();
  }

  @Test
  void aTypeWhoseOldNameStillExistsWasCopiedNotMoved() throws Exception {
    ScratchRepo repo = ScratchRepo.init(dir);
    repo.write("src/a/A.java", type("a", "A", "")).commit("add A");
    repo.mv("src/a/A.java", "src/b/A.java").write("src/b/A.java", type("b", "A", "")).commit("A to b");
    // recreated elsewhere under its old name (another source root, same package)
    repo.write("test/a/A.java", type("a", "A", "  int again;\n")).commit("A again");
    // and a plain copy, which git does not call a rename at all
    repo.write("src/c/A.java", type("c", "A", "")).commit("copy");

    assertThat(GitMoves.read(dir, Optional.empty()).moves()).isEmpty();
  }

  @Test
  void anOldTypeThatWentTwoWaysIsAmbiguous() throws Exception {
    ScratchRepo repo = ScratchRepo.init(dir);
    repo.write("src/a/A.java", type("a", "A", "")).commit("add A");
    repo.mv("src/a/A.java", "src/b/A.java").write("src/b/A.java", type("b", "A", "")).commit("A to b");
    repo.write("src/a/A.java", type("a", "A", "")).commit("A is back");
    repo.mv("src/a/A.java", "src/c/A.java").write("src/c/A.java", type("c", "A", "")).commit("A to c");

    assertThat(GitMoves.read(dir, Optional.empty()).moves()).isEmpty();
  }

  @Test
  void sinceLimitsTheHistoryToLaterCommits() throws Exception {
    ScratchRepo repo = ScratchRepo.init(dir);
    repo.write("src/a/A.java", type("a", "A", "")).write("src/a/B.java", type("a", "B", "")).commit("add A and B");
    repo.mv("src/a/A.java", "src/b/A.java").write("src/b/A.java", type("b", "A", ""));
    String first = repo.commit("A to b");
    repo.mv("src/a/B.java", "src/b/B.java").write("src/b/B.java", type("b", "B", "")).commit("B to b");

    assertThat(arrows(GitMoves.read(dir, Optional.of(first)))).containsExactly("a.B -> b.B");
    assertThat(arrows(GitMoves.read(dir, Optional.of("HEAD~2")))).containsExactly("a.A -> b.A", "a.B -> b.B");
    assertThat(GitMoves.read(dir, Optional.of("HEAD")).moves()).isEmpty();
  }

  @Test
  void anUnknownRevisionIsAnError() throws Exception {
    ScratchRepo repo = ScratchRepo.init(dir);
    repo.write("src/a/A.java", type("a", "A", "")).commit("add A");

    for (String rev : List.of("no-such-branch", "--all", "")) {
      assertThatThrownBy(() -> GitMoves.read(dir, Optional.of(rev)))
          .isInstanceOf(GitHistoryException.class).hasMessageContaining("'" + rev + "' is not a commit");
    }
  }

  @Test
  void outsideARepositoryIsAnError() throws Exception {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    Process probe = new ProcessBuilder("git", "rev-parse", "--git-dir").directory(plain.toFile()).start();
    assumeTrue(probe.waitFor() != 0, "the temporary directory is inside a git repository");

    assertThatThrownBy(() -> GitMoves.read(plain, Optional.empty()))
        .isInstanceOf(GitHistoryException.class).hasMessageContaining("is not in a git repository");
  }

  @Test
  void aRepositoryWithoutCommitsHasNoMoves() throws Exception {
    ScratchRepo.init(dir);

    assertThat(GitMoves.read(dir, Optional.empty()).moves()).isEmpty();
  }

  @Test
  void aRewriteBelowGitsSimilarityThresholdIsNoMove() throws Exception {
    ScratchRepo repo = ScratchRepo.init(dir);
    repo.write("src/a/A.java", type("a", "A", "")).commit("add A");
    repo.rm("src/a/A.java").write("src/b/A.java", "package b;\n\npublic interface A {\n  void run();\n}\n")
        .commit("A rewritten in b");

    assertThat(GitMoves.read(dir, Optional.empty()).moves()).isEmpty();
  }

  @Test
  void aRenamedFileNeedsMoreSimilarityThanAMovedOne() throws Exception {
    String header = """
        /*
         * Copyright 2024 The Scratch Project
         * Licensed under the Apache License, Version 2.0
         * you may not use this file except in compliance with the License.
         */
        """;
    String oldBody = "package a;\n\nimport java.util.List;\n\nenum %s {\n  pooled,\n  adaptive,\n  unknown\n}\n";
    String newBody = "package b;\n\nimport java.util.List;\n\npublic final class %s {\n  public String name() { return null; }\n}\n";
    ScratchRepo repo = ScratchRepo.init(dir);
    repo.write("src/a/Kind.java", header + oldBody.formatted("Kind"))
        .write("src/a/Same.java", header + oldBody.formatted("Same")).commit("add");
    // both about 70 % similar to what they were: a moved file is followed, a renamed one is not
    repo.rm("src/a/Kind.java").write("src/b/Stub.java", header + newBody.formatted("Stub"))
        .rm("src/a/Same.java").write("src/b/Same.java", header + newBody.formatted("Same")).commit("stubs");
    String raw = repo.git("log", "-1", "-M", "--raw", "--format=");
    assertThat(raw).containsPattern("R0[5-7]\\d\tsrc/a/Kind.java\tsrc/b/Stub.java")
        .containsPattern("R0[5-7]\\d\tsrc/a/Same.java\tsrc/b/Same.java");

    assertThat(arrows(GitMoves.read(dir, Optional.empty()))).containsExactly("a.Same -> b.Same");
  }

  @Test
  void readsPathsWithSpacesAndNonAsciiLettersFromASubdirectoryProject() throws Exception {
    ScratchRepo repo = ScratchRepo.init(dir);
    repo.write("my project/src/com/x/Größe.java", type("com.x", "Größe", "")).commit("add");
    repo.mv("my project/src/com/x/Größe.java", "my project/src/com/y/Größe.java")
        .write("my project/src/com/y/Größe.java", type("com.y", "Größe", "")).commit("move");

    GitMoves moves = GitMoves.read(dir.resolve("my project/src"), Optional.empty());

    assertThat(arrows(moves)).containsExactly("com.x.Größe -> com.y.Größe");
    assertThat(moves.moves().get(0).toPath()).isEqualTo("my project/src/com/y/Größe.java");
  }

  @Test
  void aShallowCloneSaysSoAndSeesOnlyItsOwnCommits() throws Exception {
    ScratchRepo repo = ScratchRepo.init(Files.createDirectories(dir.resolve("origin")));
    repo.write("src/a/A.java", type("a", "A", "")).write("src/a/B.java", type("a", "B", "")).commit("add");
    repo.mv("src/a/A.java", "src/b/A.java").write("src/b/A.java", type("b", "A", "")).commit("A to b");
    repo.mv("src/a/B.java", "src/b/B.java").write("src/b/B.java", type("b", "B", "")).commit("B to b");
    repo.git("clone", "-q", "--depth=2", "file://" + repo.dir, dir.resolve("clone").toString());

    GitMoves moves = GitMoves.read(dir.resolve("clone"), Optional.empty());

    assertThat(moves.shallow()).isTrue();
    assertThat(arrows(moves)).containsExactly("a.B -> b.B");
  }
}
