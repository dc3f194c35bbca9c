package dev.importhealth.core.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub code scanning's {@code primaryLocationLineHash}: for every line of a file, a rolling hash
 * of the next 100 characters (spaces and tabs skipped, line endings normalised to LF) plus a
 * counter that tells identical hashes apart, e.g. {@code "39fa2ee980eb94b0:1"}.
 *
 * <p>This is the algorithm of {@code hash()} in github/codeql-action {@code src/fingerprints.ts},
 * which the upload action runs when a result carries no fingerprint; computing the same value here
 * means our fingerprints agree with the action's. It works on UTF-16 code units, as the
 * JavaScript original does, and is checked against that project's published test vectors.
 */
public final class LineHash {

  private static final int BLOCK_SIZE = 100;
  private static final long MOD = 37;
  private static final char EOF = 65535;
  /** MOD^BLOCK_SIZE in wrapping 64-bit arithmetic: the weight of the character leaving the window. */
  private static final long FIRST_MOD = firstMod();

  private LineHash() {}

  private static long firstMod() {
    long value = 1;
    for (int i = 0; i < BLOCK_SIZE; i++) {
      value *= MOD;
    }
    return value;
  }

  /**
   * The hash of every line of {@code text}; element {@code i} belongs to line {@code i + 1}. Lines
   * end at LF, CR or CRLF, so a text ending with a line break has one more (empty) line, and the
   * empty text has one line.
   */
  public static List<String> compute(CharSequence text) {
    Hasher hasher = new Hasher();
    for (int i = 0; i < text.length(); i++) {
      hasher.process(text.charAt(i));
    }
    return hasher.finish();
  }

  /**
   * The line hashes of a file read as UTF-8 (malformed bytes become U+FFFD), or empty when the
   * file cannot be read.
   */
  public static Optional<List<String>> ofFile(Path file) {
    try {
      return Optional.of(compute(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The hash of the 1-based {@code line}, or empty when the file has no such line. */
  public static Optional<String> forLine(List<String> hashes, int line) {
    return line >= 1 && line <= hashes.size()
        ? Optional.of(hashes.get(line - 1))
        : Optional.empty();
  }

  /** The state of one pass over a text; see {@code fingerprints.ts} for the reference. */
  private static final class Hasher {
    private final int[] window = new int[BLOCK_SIZE];
    /** The line number starting at each window slot, or -1. */
    private final int[] lineNumbers = new int[BLOCK_SIZE];
    private final Map<String, Integer> hashCounts = new HashMap<>();
    private final List<String> hashes = new ArrayList<>();
    private long hash;
    private int index;
    private int lineNumber;
    private boolean lineStart = true;
    private boolean prevCr;

    Hasher() {
      Arrays.fill(lineNumbers, -1);
    }

    void process(char c) {
      int current = c;
      if (current == ' ' || current == '\t' || (prevCr && current == '\n')) {
        prevCr = false;
        return;
      }
      if (current == '\r') {
        current = '\n';
        prevCr = true;
      } else {
        prevCr = false;
      }
      if (lineNumbers[index] != -1) {
        output();
      }
      if (lineStart) {
        lineStart = false;
        lineNumber++;
        lineNumbers[index] = lineNumber;
      }
      if (current == '\n') {
        lineStart = true;
      }
      update(current);
    }

    List<String> finish() {
      process(EOF);
      for (int i = 0; i < BLOCK_SIZE; i++) {
        if (lineNumbers[index] != -1) {
          output();
        }
        update(0);
      }
      return Collections.unmodifiableList(hashes);
    }

    private void output() {
      String value = Long.toUnsignedString(hash, 16);
      int count = hashCounts.merge(value, 1, Integer::sum);
      // hashes are emitted in line order, one per line
      assert lineNumbers[index] == hashes.size() + 1;
      hashes.add(value + ":" + count);
      lineNumbers[index] = -1;
    }

    private void update(int current) {
      int begin = window[index];
      window[index] = current;
      hash = MOD * hash + current - FIRST_MOD * begin;
      index = (index + 1) % BLOCK_SIZE;
    }
  }
}
