package dev.importhealth.core.internal.history;

import dev.importhealth.core.history.GitHistoryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} command with a fixed argument list (no shell), in a repository it only
 * reads: no optional locks, no pager, no colour, no external diff or text conversion programs.
 */
final class Git {

  /** The history of a very large repository takes seconds; anything far beyond is stuck. */
  private static final long TIMEOUT_SECONDS = 300;

  /** What a finished command printed. */
  record Result(int exitCode, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  private final Path directory;

  Git(Path directory) {
    this.directory = directory;
  }

  /** Runs {@code git ARGS} in the directory; a failure to start git at all is an exception. */
  Result run(List<String> args) throws GitHistoryException {
    return run(args, new byte[0]);
  }

  Result run(List<String> args, byte[] input) throws GitHistoryException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off", "-c", "core.fsmonitor=false",
        "-c", "log.showSignature=false", "-c", "color.ui=never"));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    Map<String, String> env = builder.environment();
    env.put("GIT_OPTIONAL_LOCKS", "0");
    env.put("GIT_PAGER", "cat");
    env.put("GIT_TERMINAL_PROMPT", "0");
    env.put("LC_ALL", "C");
    env.remove("GIT_DIR");
    env.remove("GIT_WORK_TREE");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new GitHistoryException("git is not installed or not on the PATH (" + e.getMessage() + ")", e);
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader = drain(process.getErrorStream(), err);
    Thread writer = new Thread(() -> {
      try (OutputStream in = process.getOutputStream()) {
        in.write(input);
      } catch (IOException e) {
        // git exited early; its exit code and message tell why
      }
    }, "git-input");
    writer.setDaemon(true);
    writer.start();
    try {
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new GitHistoryException("git " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      errReader.join();
      writer.join();
      return new Result(process.exitValue(), out, err.toString(StandardCharsets.UTF_8).trim());
    } catch (IOException e) {
      process.destroyForcibly();
      throw new GitHistoryException("cannot read the output of git: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new GitHistoryException("interrupted while reading the git history", e);
    }
  }

  private static Thread drain(InputStream stream, ByteArrayOutputStream sink) {
    Thread thread = new Thread(() -> {
      try (stream) {
        stream.transferTo(sink);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "git-stderr");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
