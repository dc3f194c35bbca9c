package dev.importhealth.core.report;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Location;
import dev.importhealth.core.api.Notice;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.api.SymbolLocation;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.report.internal.ReportOrder;
import dev.importhealth.core.report.internal.Tally;
import dev.importhealth.core.report.internal.Texts;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compiler-style text for terminals and editors, one line per finding:
 *
 * <pre>
 * src/main/java/a/App.java:3:8: error: Import of 'x.Y' cannot be resolved. [IH101]
 * com.example.Runner#run: error: Method 'run' refers to a moved type. [IH105]
 * src/main/java/a/Broken.java:4:10: note: File could not be parsed. [IH901]
 * note: 12 references could not be checked. [IH902]
 * 3 errors, 1 warning in 2 files (IH101 x1, IH105 x3)
 * </pre>
 *
 * <p>Findings come first, in {@link Finding#ORDER}, then notices, then a summary line, which ends
 * with {@code ; 2 suppressed} when suppressions in the code removed findings. Paths are
 * relative to {@link ReportContext#workingDirectory()} when below it, else absolute. ANSI colour
 * only when {@link ReportContext#color()}.
 */
public final class TextReporter implements Reporter {

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String RED = "\u001B[1;31m";
  private static final String YELLOW = "\u001B[1;33m";
  private static final String CYAN = "\u001B[1;36m";

  @Override
  public void write(AnalysisResult result, ReportContext context, Writer out) throws IOException {
    List<Finding> findings = ReportOrder.sorted(result.findings());
    for (Finding finding : findings) {
      line(out, context, where(finding.location(), context), finding.severity(),
          finding.message(), finding.ruleId());
    }
    for (Notice notice : ReportOrder.sortedNotices(result.notices())) {
      String where = notice.region().map(r -> where(r, context)).orElse(null);
      line(out, context, where, Severity.NOTE, notice.message(), notice.ruleId());
    }
    out.write(paint(context, BOLD, summary(findings, result.filesAnalysed(), result.suppressed())));
    out.write('\n');
    out.flush();
  }

  /**
   * The last line of a text report, e.g. {@code 3 errors, 1 warning in 2 files (IH101 x1)} or
   * {@code No problems found in 10 files; 3 suppressed.}: a run that is clean only because of
   * suppressions says so, as one whose findings were all suppressed would otherwise look healthy.
   */
  static String summary(List<Finding> findings, int filesAnalysed, int suppressed) {
    String suppressedNote = suppressed > 0 ? "; " + suppressed + " suppressed" : "";
    if (findings.isEmpty()) {
      return "No problems found in " + Texts.count(filesAnalysed, "file") + suppressedNote + ".";
    }
    Tally tally = Tally.of(findings);
    List<String> counts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      if (tally.count(severity) > 0) {
        counts.add(Texts.count(tally.count(severity), severity.label()));
      }
    }
    String byRule = tally.byRule().entrySet().stream()
        .map(e -> e.getKey() + " x" + e.getValue())
        .collect(Collectors.joining(", "));
    return String.join(", ", counts) + " in " + Texts.count(tally.locations(), "file")
        + " (" + byRule + ")" + suppressedNote;
  }

  private static void line(Writer out, ReportContext context, String where, Severity severity,
      String message, String ruleId) throws IOException {
    StringBuilder sb = new StringBuilder();
    if (where != null) {
      sb.append(paint(context, BOLD, where + ":")).append(' ');
    }
    sb.append(paint(context, colour(severity), severity.label() + ":"))
        .append(' ')
        .append(message.strip())
        .append(" [").append(ruleId).append("]\n");
    out.write(sb.toString());
  }

  private static String where(Location location, ReportContext context) {
    if (location instanceof FileRegion region) {
      return displayPath(region.file(), context.workingDirectory())
          + ":" + region.startLine() + ":" + region.startColumn();
    }
    return ((SymbolLocation) location).describe();
  }

  private static String displayPath(Path file, Path workingDirectory) {
    Path target = file.toAbsolutePath().normalize();
    Path base = workingDirectory.toAbsolutePath().normalize();
    return target.startsWith(base) && !target.equals(base)
        ? base.relativize(target).toString()
        : target.toString();
  }

  private static String colour(Severity severity) {
    return switch (severity) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case NOTE -> CYAN;
    };
  }

  private static String paint(ReportContext context, String ansi, String text) {
    return context.color() ? ansi + text + RESET : text;
  }
}
