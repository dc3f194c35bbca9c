package dev.importhealth.core.report;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Notice;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.api.SymbolLocation;
import dev.importhealth.core.engine.AnalysisResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** A realistic analysis result over a small project written to disk. */
final class ReportFixtures {

  static final String APP = "src/main/java/com/example/App.java";
  /** A path with non-ASCII characters and a space, to exercise URI encoding. */
  static final String SIZE = "src/main/java/com/example/größe/Maß Tabelle.java";
  static final String BROKEN = "src/main/java/com/example/Broken.java";

  static final RuleDescriptor IH101 =
      new RuleDescriptor(
          "IH101", "unresolved-import", Severity.ERROR,
          "Import of a type that does not exist",
          "Fix the import to name an existing type, or add the missing dependency.",
          List.of("correctness", "imports"), "very-high");
  static final RuleDescriptor IH105 =
      new RuleDescriptor(
          "IH105", "moved-type", Severity.ERROR,
          "Reference to a type under its old package",
          "Update the reference to the type's new package.",
          List.of("correctness", "refactoring"), "high");
  static final RuleDescriptor IH201 =
      new RuleDescriptor(
          "IH201", "unused-import", Severity.WARNING,
          "Import that nothing uses",
          "Remove the import.",
          List.of("maintainability"), "very-high");
  static final RuleDescriptor IH301 =
      new RuleDescriptor(
          "IH301", "duplicate-implementation", Severity.WARNING,
          "Class that duplicates another class",
          "Keep one copy and reference it from both places.",
          List.of("maintainability", "duplication"), "medium");
  static final RuleDescriptor IH901 =
      new RuleDescriptor(
          "IH901", "unparsable-file", Severity.NOTE,
          "Source file that could not be parsed",
          "Fix the syntax error; until then the file is not checked.",
          List.of("analysis"), "very-high");
  static final RuleDescriptor IH902 =
      new RuleDescriptor(
          "IH902", "unchecked-references", Severity.NOTE,
          "References that could not be checked",
          "Put the missing libraries on the analysis classpath.",
          List.of("analysis"), "very-high");

  private ReportFixtures() {}

  /** Writes the project's files below {@code root}. */
  static void writeProject(Path root) throws IOException {
    write(root.resolve(APP), """
        package com.example;

        import com.example.util.Strings;
        import com.example.old.Helper;
        import java.util.List;

        public class App {
        \tpublic static void main(String[] args) {
        \t\tSystem.out.println(Strings.join(args) + Helper.greet());
        \t}
        }
        """);
    write(root.resolve(SIZE), """
        package com.example.größe;

        import com.example.legacy.Units;

        /** Größen in Maß. */
        public class Maß {
          Units units = new Units();
        }
        """);
    write(root.resolve(BROKEN), """
        package com.example;

        public class Broken {
          void f( {
        }
        """);
  }

  static AnalysisResult result(Path root) {
    Path app = root.resolve(APP);
    Path size = root.resolve(SIZE);
    List<Finding> findings = List.of(
        new Finding("IH101", Severity.ERROR,
            "Import of 'com.example.util.Strings' cannot be resolved; the closest match is"
                + " 'com.example.text.Strings'.",
            new FileRegion(app, 3, 8, 3, 32), List.of("com.example.text.Strings")),
        new Finding("IH105", Severity.ERROR,
            "Type 'com.example.old.Helper' moved to 'com.example.common.Helper'.",
            new FileRegion(app, 4, 8, 4, 30), List.of("com.example.common.Helper")),
        new Finding("IH201", Severity.WARNING,
            "Import 'java.util.List' is never used.",
            new FileRegion(app, 5, 1, 5, 23), List.of()),
        new Finding("IH101", Severity.ERROR,
            "Import of 'com.example.legacy.Units' cannot be resolved.",
            new FileRegion(size, 3, 8, 3, 32), List.of()),
        new Finding("IH301", Severity.NOTE,
            "Class 'com.example.größe.Maß' duplicates 'com.example.Maß'.",
            new FileRegion(size, 6, 14, 6, 17), List.of()));
    List<Notice> notices = List.of(
        new Notice("IH901", "File could not be parsed: ')' expected.",
            Optional.of(new FileRegion(root.resolve(BROKEN), 4, 10, 4, 11))),
        new Notice("IH902", "12 references into 'lib/vendor.jar' could not be checked.",
            Optional.empty()));
    Map<String, Severity> configured = new LinkedHashMap<>();
    configured.put("IH101", Severity.ERROR);
    configured.put("IH105", Severity.ERROR);
    configured.put("IH201", Severity.WARNING);
    configured.put("IH301", Severity.NOTE); // configured below its default
    configured.put("IH901", Severity.NOTE);
    configured.put("IH902", Severity.NOTE);
    Map<String, Long> timings = new LinkedHashMap<>();
    timings.put("parse", 12L);
    timings.put("report", 1L);
    return new AnalysisResult(
        root,
        List.of(IH101, IH105, IH201, IH301, IH901, IH902),
        configured,
        findings.stream().sorted(Finding.ORDER).toList(),
        notices,
        3,
        timings);
  }

  /** The same result with findings and notices in a different order. */
  static AnalysisResult shuffled(AnalysisResult result, long seed) {
    List<Finding> findings = new ArrayList<>(result.findings());
    List<Notice> notices = new ArrayList<>(result.notices());
    Collections.shuffle(findings, new Random(seed));
    Collections.reverse(notices);
    return new AnalysisResult(
        result.projectRoot(), result.rules(), result.configuredSeverities(), findings, notices,
        result.filesAnalysed(), result.timings());
  }

  static AnalysisResult withFindings(AnalysisResult result, List<Finding> findings) {
    return new AnalysisResult(
        result.projectRoot(), result.rules(), result.configuredSeverities(), findings,
        result.notices(), result.filesAnalysed(), result.timings());
  }

  static Finding bytecodeFinding() {
    return new Finding("IH105", Severity.ERROR,
        "Method 'run' refers to 'com.example.old.Helper', which moved to"
            + " 'com.example.common.Helper'.",
        new SymbolLocation("com.example.Runner", Optional.of("run")), List.of());
  }

  static ReportContext context(Path root) {
    return new ReportContext(root, root, false, "0.1.0-SNAPSHOT");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
