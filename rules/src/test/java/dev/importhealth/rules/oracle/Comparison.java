package dev.importhealth.rules.oracle;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * javac's errors against import-health's findings on one project, both ways.
 *
 * <p>Recall: an error of a kind in scope is matched by a finding in the same file on the same
 * line that names the same symbol, or by a finding on an import of that file that is its root
 * cause: an import naming the missing symbol, or (for a simple name not in scope) an on-demand
 * import, which could have supplied it.
 *
 * <p>Precision: a finding must lie on a line of its file where javac reports an error about the
 * same name (or an error that names none): a finding on a line javac accepts is a false positive.
 */
final class Comparison {

  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");

  /** One finding, by file and line. */
  record Reported(String file, int line, String ruleId, String message) {
    @Override
    public String toString() {
      return file + ":" + line + " " + ruleId + " " + message;
    }
  }

  record Result(
      List<JavacError> inScope,
      List<JavacError> missed,
      List<JavacError> notCovered,
      List<JavacError> unclassified,
      List<Reported> findings,
      List<Reported> falsePositives) {}

  private final Path root;
  private final Map<String, Map<Integer, String>> importsByFile = new HashMap<>();

  private Comparison(Path root) {
    this.root = root;
  }

  static Result compare(Path root, List<JavacError> errors, List<Finding> findings) {
    return new Comparison(root).run(errors, findings);
  }

  private Result run(List<JavacError> errors, List<Finding> findings) {
    List<Reported> reported = findings.stream().map(this::reported).toList();
    List<JavacError> inScope = new ArrayList<>();
    List<JavacError> missed = new ArrayList<>();
    List<JavacError> notCovered = new ArrayList<>();
    List<JavacError> unclassified = new ArrayList<>();
    for (JavacError error : errors) {
      if (error.inScope()) {
        inScope.add(error);
        if (reported.stream().noneMatch(f -> matches(f, error))) {
          missed.add(error);
        }
      } else if (ErrorKinds.NOT_COVERED.containsKey(error.kind())) {
        notCovered.add(error);
      } else {
        unclassified.add(error);
      }
    }
    List<Reported> falsePositives = reported.stream()
        .filter(f -> errors.stream().noneMatch(e -> e.file().equals(f.file()) && e.line() == f.line() && namesSymbol(f, e)))
        .toList();
    return new Result(inScope, missed, notCovered, unclassified, reported, falsePositives);
  }

  private boolean matches(Reported finding, JavacError error) {
    if (!finding.file().equals(error.file())) {
      return false;
    }
    if (finding.line() == error.line()) {
      return namesSymbol(finding, error);
    }
    String imported = imports(error.file()).get(finding.line());
    if (imported == null || error.symbol().isEmpty()) {
      return false;
    }
    boolean namesSymbol = ("." + imported + ".").contains("." + error.symbol() + ".");
    // A simple name that is not in scope: "cannot find symbol", or javac's "package Report does not
    // exist" for Report.Builder, where the missing type's name was read as a package.
    boolean simpleNameNotInScope = !error.symbol().contains(".")
        && (error.kind().startsWith("compiler.err.cant.resolve") || error.kind().equals("compiler.err.doesnt.exist"));
    boolean couldSupplyIt = imported.endsWith(".*") && simpleNameNotInScope;
    return namesSymbol || couldSupplyIt;
  }

  /**
   * A finding and an error on the same line are about the same name when the finding's message
   * names the symbol javac reports (or javac names none).
   */
  private static boolean namesSymbol(Reported finding, JavacError error) {
    return error.symbol().isEmpty()
        || Pattern.compile("(?<![\\w$])" + Pattern.quote(error.symbol()) + "(?![\\w$])").matcher(finding.message()).find();
  }

  /** The imports of a file by line: the imported name, with {@code .*} for on-demand ones. */
  private Map<Integer, String> imports(String file) {
    return importsByFile.computeIfAbsent(file, f -> {
      Map<Integer, String> imports = new HashMap<>();
      try {
        List<String> lines = Files.readAllLines(root.resolve(f), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher matcher = IMPORT.matcher(lines.get(i));
          if (matcher.find()) {
            imports.put(i + 1, matcher.group(1) + (matcher.group(2) == null ? "" : ".*"));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return imports;
    });
  }

  private Reported reported(Finding finding) {
    if (!(finding.location() instanceof FileRegion region)) {
      throw new AssertionError("a finding without a file region: " + finding);
    }
    String file = root.relativize(region.file()).toString().replace('\\', '/');
    return new Reported(file, region.startLine(), finding.ruleId(), finding.message());
  }
}
