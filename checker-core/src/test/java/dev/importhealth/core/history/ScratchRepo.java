package dev.importhealth.core.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A git repository built in a test's temporary directory with the {@code git} command; the
 * machine's and the user's git configuration are kept out.
 */
public final class ScratchRepo {

  final Path dir;
  private int clock;

  private ScratchRepo(Path dir) {
    this.dir = dir;
  }

  /** A repository (or linked worktree) that exists already. */
  public static ScratchRepo at(Path dir) {
    return new ScratchRepo(dir);
  }

  public static ScratchRepo init(Path dir) {
    ScratchRepo repo = new ScratchRepo(dir);
    repo.git("init", "-q");
    return repo;
  }

  ScratchRepo write(String path, String text) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ScratchRepo mv(String from, String to) {
    try {
      Files.createDirectories(dir.resolve(to).getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    git("mv", from, to);
    return this;
  }

  ScratchRepo rm(String path) {
    git("rm", "-q", path);
    return this;
  }

  /** Commits everything; one day after the previous commit. Returns the commit's full id. */
  public String commit(String message) {
    git("add", "-A");
    clock++;
    String date = String.format("2024-01-%02dT12:00:00+00:00", clock);
    gitWithDate(date, "commit", "-q", "-m", message);
    return git("rev-parse", "HEAD").trim();
  }

  public String git(String... args) {
    return gitWithDate(null, args);
  }

  private String gitWithDate(String date, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
        "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", "-c", "core.autocrlf=false"));
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
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A type with enough body that an edit of a line or two keeps it well above git's rename threshold. */
  static String type(String pkg, String name, String extra) {
    StringBuilder text = new StringBuilder("package " + pkg + ";\n\n/** A type of the scratch repository. */\n");
    text.append("public class ").append(name).append(" {\n");
    for (int i = 0; i < 12; i++) {
      text.append("  public int field").append(i).append(" = ").append(i * 7).append(";\n");
    }
    text.append("  public static final class Nested {}\n");
    text.append(extra).append("}\n");
    return text.toString();
  }
}
