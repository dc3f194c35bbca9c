package dev.importhealth.rules.oracle.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One textual edit to the fixture project and what the runtime is declared to do about it.
 *
 * @param file path relative to the project root
 * @param find text that occurs exactly once in {@code file}
 * @param expected the outcomes the runtime must produce, exactly; empty for an edit the runtime
 *     accepts (the checker must then stay silent too)
 */
record RuntimeMutation(String id, String file, String find, String replace, List<Expected> expected) {

  /**
   * A declared outcome. An empty {@code methodName} matches the whole class: a class-level
   * failure, or every test of the class (Vintage removed).
   */
  record Expected(String ruleId, String className, String methodName) {

    boolean matches(Outcome outcome) {
      return outcome.ruleId().equals(ruleId) && outcome.className().equals(className)
          && (methodName.isEmpty() || outcome.methodName().equals(methodName));
    }

    @Override
    public String toString() {
      return ruleId + " " + className + (methodName.isEmpty() ? "" : "#" + methodName);
    }
  }

  RuntimeMutation {
    expected = List.copyOf(expected);
  }

  /** The kind this mutation is counted under in summaries: its rule id, or "none". */
  String kind() {
    return expected.isEmpty() ? "none" : expected.get(0).ruleId();
  }

  void applyTo(Path project) {
    Path path = project.resolve(file);
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      int at = text.indexOf(find);
      if (at < 0 || text.indexOf(find, at + 1) >= 0) {
        throw new IllegalStateException(id + ": '" + find + "' must occur exactly once in " + file);
      }
      Files.writeString(path, text.substring(0, at) + replace + text.substring(at + find.length()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
