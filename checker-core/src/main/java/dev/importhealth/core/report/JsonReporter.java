package dev.importhealth.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Notice;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.api.SymbolLocation;
import dev.importhealth.core.api.TextEdit;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.report.internal.Json;
import dev.importhealth.core.report.internal.ReportOrder;
import dev.importhealth.core.report.internal.ReportPaths;
import dev.importhealth.core.report.internal.Tally;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON document for scripts: findings, notices and a summary. The shape is documented in
 * {@code docs/json-format.md}; file paths are relative to {@link
 * ReportContext#repositoryRoot()} with {@code '/'} separators. Equal results give byte-identical
 * output.
 */
public final class JsonReporter implements Reporter {

  @Override
  public void write(AnalysisResult result, ReportContext context, Writer out) throws IOException {
    Map<String, String> ruleNames = new HashMap<>();
    for (RuleDescriptor rule : result.rules()) {
      ruleNames.putIfAbsent(rule.id(), rule.name());
    }
    List<Finding> findings = ReportOrder.sorted(result.findings());

    ObjectNode root = Json.object();
    root.put("tool", SarifReporter.TOOL_NAME);
    root.put("version", context.toolVersion());
    ArrayNode findingsNode = root.putArray("findings");
    for (Finding finding : findings) {
      findingsNode.add(finding(finding, ruleNames.get(finding.ruleId()), context));
    }
    ArrayNode noticesNode = root.putArray("notices");
    for (Notice notice : ReportOrder.sortedNotices(result.notices())) {
      noticesNode.add(notice(notice, context));
    }

    Tally tally = Tally.of(findings);
    ObjectNode summary = root.putObject("summary");
    summary.put("files", result.filesAnalysed());
    summary.put("errors", tally.count(Severity.ERROR));
    summary.put("warnings", tally.count(Severity.WARNING));
    summary.put("notes", tally.count(Severity.NOTE));
    summary.put("suppressed", result.suppressed());
    ObjectNode byRule = summary.putObject("byRule");
    tally.byRule().forEach(byRule::put);

    Json.write(root, out);
  }

  private static ObjectNode finding(Finding finding, String ruleName, ReportContext context) {
    ObjectNode node = Json.object();
    node.put("ruleId", finding.ruleId());
    if (ruleName != null) {
      node.put("ruleName", ruleName);
    }
    node.put("severity", finding.severity().label());
    node.put("message", finding.message());
    if (finding.location() instanceof FileRegion region) {
      node.put("file", ReportPaths.relativeOrAbsolute(context.repositoryRoot(), region.file()));
      node.put("startLine", region.startLine());
      node.put("startColumn", region.startColumn());
      node.put("endLine", region.endLine());
      node.put("endColumn", region.endColumn());
    } else if (finding.location() instanceof SymbolLocation symbol) {
      node.put("symbol", symbol.describe());
    }
    ArrayNode suggestions = node.putArray("suggestions");
    finding.suggestions().forEach(suggestions::add);
    finding.fix().ifPresent(fix -> {
      ObjectNode fixNode = node.putObject("fix");
      fixNode.put("description", fix.description());
      ArrayNode edits = fixNode.putArray("edits");
      for (TextEdit edit : fix.edits()) {
        ObjectNode editNode = edits.addObject();
        editNode.put("startLine", edit.region().startLine());
        editNode.put("startColumn", edit.region().startColumn());
        editNode.put("endLine", edit.region().endLine());
        editNode.put("endColumn", edit.region().endColumn());
        editNode.put("replacement", edit.replacement());
      }
    });
    return node;
  }

  private static ObjectNode notice(Notice notice, ReportContext context) {
    ObjectNode node = Json.object();
    node.put("ruleId", notice.ruleId());
    node.put("message", notice.message());
    notice.region().ifPresent(region -> {
      node.put("file", ReportPaths.relativeOrAbsolute(context.repositoryRoot(), region.file()));
      node.put("line", region.startLine());
      node.put("column", region.startColumn());
    });
    return node;
  }
}
