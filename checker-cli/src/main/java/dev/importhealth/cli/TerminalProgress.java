package dev.importhealth.cli;

import dev.importhealth.core.engine.ProgressListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A one-line progress bar on standard error for a check, fix or SSOT report that takes more than a
 * moment on a terminal: the phase and the files done, redrawn in place ten times a second from the
 * first second on, and erased when the analysis ends, so the report is all that stays on the
 * screen. When standard error is not a terminal it prints nothing at all.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {

  private static final Duration DELAY = Duration.ofSeconds(1);
  private static final long PERIOD_MILLIS = 100;
  private static final int BAR_WIDTH = 30;

  private record State(String phase, int done, int total) {}

  private final AtomicReference<State> state = new AtomicReference<>(new State("starting", 0, 0));
  private final PrintStream err;
  private final ScheduledExecutorService timer;
  private int drawnLength;

  private TerminalProgress(PrintStream err, Duration delay) {
    this.err = err;
    if (delay == null) {
      this.timer = null;
      return;
    }
    this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "import-health-progress");
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleAtFixedRate(this::draw, delay.toMillis(), PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * A progress bar on {@code err} when {@code terminal} (standard error is a terminal and the user
   * did not ask for quiet), else a listener that prints nothing.
   */
  static TerminalProgress start(boolean terminal, PrintStream err) {
    return start(terminal, err, DELAY);
  }

  static TerminalProgress start(boolean terminal, PrintStream err, Duration delay) {
    return new TerminalProgress(err, terminal ? delay : null);
  }

  /**
   * Whether standard error is a terminal, as far as Java can tell: {@code System.console()} (standard
   * input and output are a terminal) and, where {@code /proc} shows it (Linux), standard error's
   * own file.
   */
  static boolean onTerminal() {
    if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path stderr = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(stderr)) {
        String target = Files.readSymbolicLink(stderr).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // no way to tell: trust the console
    }
    return true;
  }

  @Override
  public void progress(String phase, int done, int total) {
    if (timer == null) {
      return;
    }
    // the worker threads finish out of order: never let the count go back within a phase
    state.updateAndGet(s -> s.phase().equals(phase) && s.done() > done ? s : new State(phase, done, total));
  }

  private synchronized void draw() {
    State now = state.get();
    String text = line(now.phase(), now.done(), now.total(), BAR_WIDTH);
    err.print("\r" + text + " ".repeat(Math.max(0, drawnLength - text.length())));
    err.flush();
    drawnLength = text.length();
  }

  /**
   * Prints a whole line of its own on standard error while the progress line may be shown: the
   * progress line is erased first, and drawn again below the message at the next tick.
   */
  synchronized void println(String message) {
    erase();
    err.println(message);
    err.flush();
  }

  /** Stops drawing and erases the line, if one was drawn. */
  @Override
  public synchronized void close() {
    if (timer == null) {
      return;
    }
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    erase();
  }

  private void erase() {
    if (drawnLength > 0) {
      err.print("\r" + " ".repeat(drawnLength) + "\r");
      err.flush();
      drawnLength = 0;
    }
  }

  /**
   * The progress line: {@code import-health: parsing   [#########.....]  120/400 files}, or the
   * phase alone for a phase that is not counted in files.
   */
  static String line(String phase, int done, int total, int barWidth) {
    String label = "import-health: " + String.format("%-13s", phase);
    if (total <= 0) {
      return label.strip() + " ...";
    }
    int shown = Math.min(Math.max(done, 0), total);
    int filled = (int) ((long) shown * barWidth / total);
    String count = String.valueOf(total);
    return label + " [" + "#".repeat(filled) + ".".repeat(barWidth - filled) + "] "
        + String.format("%" + count.length() + "d", shown) + "/" + count + " files";
  }
}
