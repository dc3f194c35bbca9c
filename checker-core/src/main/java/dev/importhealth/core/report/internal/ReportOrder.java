package dev.importhealth.core.report.internal;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Notice;
import java.util.Comparator;
import java.util.List;

/**
 * Total orders for findings and notices, so that equal results give byte-identical reports
 * whatever order the engine produced them in.
 */
public final class ReportOrder {

  /** {@link Finding#ORDER}, then every remaining field, so only identical findings tie. */
  public static final Comparator<Finding> FINDINGS =
      Finding.ORDER
          .thenComparing(Finding::severity)
          .thenComparingInt(f -> f.location() instanceof FileRegion r ? r.endLine() : 0)
          .thenComparingInt(f -> f.location() instanceof FileRegion r ? r.endColumn() : 0)
          .thenComparing(f -> String.join("\n", f.suggestions()));

  /** Notices with a region first, by file and position; then the rest; then by rule and text. */
  public static final Comparator<Notice> NOTICES =
      Comparator.comparing((Notice n) -> n.region().isEmpty())
          .thenComparing(n -> n.region().map(r -> r.file().toString()).orElse(""))
          .thenComparingInt(n -> n.region().map(FileRegion::startLine).orElse(0))
          .thenComparingInt(n -> n.region().map(FileRegion::startColumn).orElse(0))
          .thenComparing(Notice::ruleId)
          .thenComparing(Notice::message)
          .thenComparingInt(n -> n.region().map(FileRegion::endLine).orElse(0))
          .thenComparingInt(n -> n.region().map(FileRegion::endColumn).orElse(0));

  private ReportOrder() {}

  public static List<Finding> sorted(List<Finding> findings) {
    return findings.stream().sorted(FINDINGS).toList();
  }

  public static List<Notice> sortedNotices(List<Notice> notices) {
    return notices.stream().sorted(NOTICES).toList();
  }
}
