package dev.importhealth.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A git repository a test builds in a temporary directory, with the machine's git configuration
 * kept out and commit dates fixed (one day apart), so that histories are the same on every run.
 */
final class ScratchRepository {

  private final Path dir;
  private int clock;

  ScratchRepository(Path dir) {
    this.dir = dir;
  }

  String commit(String message) {
    git("add", "-A");
    clock++;
    return gitWithDate(String.format("2024-01-%02dT12:00:00+00:00", clock), "commit", "-q", "-m", message);
  }

  String git(String... args) {
    return gitWithDate(null, args);
  }

  private String gitWithDate(String date, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
        "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("GIT_CONFIG_GLOBAL", dir.resolve(".no-global-gitconfig").toString());
    builder.environment().put("HOME", dir.toString());
    if (date != null) {
      builder.environment().put("GIT_AUTHOR_DATE", date);
      builder.environment().put("GIT_COMMITTER_DATE", date);
    }
    try {
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
      }
      return date != null ? git("rev-parse", "HEAD").trim() : out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void write(String path, String text) throws IOException {
    Files.createDirectories(dir.resolve(path).getParent());
    Files.writeString(dir.resolve(path), text, StandardCharsets.UTF_8);
  }
}
