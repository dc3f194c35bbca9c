package dev.importhealth.core.internal.cache;

import static dev.importhealth.core.internal.cache.InputFingerprintTest.TODAY;
import static dev.importhealth.core.internal.cache.InputFingerprintTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.history.ScratchRepo;
import dev.importhealth.core.internal.project.ProjectDiscovery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule messages quote the git history: the commit checked out is an input, git's own files are not. */
class InputFingerprintGitTest {

  @TempDir Path repository;
  @TempDir Path elsewhere;

  private Path project;

  @BeforeEach
  void repositoryWithAProjectInside() {
    assumeThat(gitAvailable()).as("git is installed").isTrue();
    project = repository.resolve("app");
    write(project, "import-health.yaml", "rules: {}\n");
    write(project, "src/com/acme/App.java", "package com.acme;\n\npublic class App {}\n");
    ScratchRepo.init(repository).commit("first");
  }

  @Test
  void changesWhenHeadMovesToAnotherCommitAndOnlyThen() {
    String first = fingerprint(project);
    write(repository, ".git/objects/ab/cdef0123456789", "not a real object");
    ScratchRepo.at(repository).git("gc", "-q");
    assertThat(fingerprint(project)).as("git's object store and packed refs are not inputs").isEqualTo(first);

    ScratchRepo.at(repository).git("commit", "-q", "--allow-empty", "-m", "second");
    String second = fingerprint(project);
    ScratchRepo.at(repository).git("checkout", "-q", "--detach", "HEAD~1");

    assertThat(second).isNotEqualTo(first);
    assertThat(fingerprint(project)).as("detached at the first commit").isEqualTo(first);
  }

  @Test
  void followsALinkedWorktreeToTheSharedRefs() {
    Path worktree = elsewhere.resolve("linked");
    ScratchRepo.at(repository).git("worktree", "add", "-q", "-b", "topic", worktree.toString());
    Path linkedProject = worktree.resolve("app");
    String before = fingerprint(linkedProject);

    ScratchRepo.at(worktree).git("commit", "-q", "--allow-empty", "-m", "on topic");

    assertThat(fingerprint(linkedProject)).isNotEqualTo(before);
  }

  private static String fingerprint(Path root) {
    try {
      var discovered = ProjectDiscovery.discover(root);
      return InputFingerprint.of(new ResultInputs("tool", discovered, CheckRequest.of(root), List.of(), Optional.empty(),
          Map.of()), Instant.now(), TODAY).hex();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean gitAvailable() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
