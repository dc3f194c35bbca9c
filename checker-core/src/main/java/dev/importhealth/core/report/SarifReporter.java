package dev.importhealth.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Fix;
import dev.importhealth.core.api.TextEdit;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Notice;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.api.SymbolLocation;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.report.internal.Json;
import dev.importhealth.core.report.internal.LineHash;
import dev.importhealth.core.report.internal.LineSeparators;
import dev.importhealth.core.report.internal.ReportOrder;
import dev.importhealth.core.report.internal.ReportPaths;
import dev.importhealth.core.report.internal.Texts;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes SARIF 2.1.0 for GitHub code scanning: one run, every rule that ran as a {@code
 * tool.driver.rules} entry, one result per finding and the notices as tool execution
 * notifications. Equal results give byte-identical output (no timestamps, fixed order).
 *
 * <p>URIs are relative to {@link ReportContext#repositoryRoot()} with {@code uriBaseId
 * "%SRCROOT%"}, because GitHub ignores {@code originalUriBaseIds} and reads the relative {@code
 * uri} as relative to the repository root. Each result carries GitHub's {@code
 * primaryLocationLineHash}, computed from the file on disk as the upload action would.
 *
 * <p>A finding at a {@link SymbolLocation} (read from bytecode) becomes a result with only a
 * logical location. GitHub displays no result without a physical location, so the engine should
 * map bytecode findings to source (the type's declaration line) whenever the source is known.
 */
public final class SarifReporter implements Reporter {

  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String TOOL_NAME = "import-health";
  public static final String INFORMATION_URI = "https://github.com/import-health/import-health";
  /** Where {@link RuleDescriptor#docsPath()} is browsable. */
  static final String DOCS_BASE_URI = INFORMATION_URI + "/blob/main/";
  static final String SRCROOT = "%SRCROOT%";

  /** GitHub shows at most 10 tags per rule and rejects a file with more than 20. */
  private static final int MAX_TAGS = 10;
  /** GitHub's limit for short and full descriptions. */
  private static final int MAX_DESCRIPTION = 1024;

  private static final Set<String> PRECISIONS = Set.of("very-high", "high", "medium", "low");

  @Override
  public void write(AnalysisResult result, ReportContext context, Writer out) throws IOException {
    Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
    for (RuleDescriptor rule : result.rules()) {
      // GitHub rejects duplicate rules[] entries
      rules.putIfAbsent(rule.id(), rule);
    }
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (String id : rules.keySet()) {
      ruleIndex.put(id, ruleIndex.size());
    }

    ObjectNode log = Json.object();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", TOOL_NAME);
    driver.put("semanticVersion", context.toolVersion());
    driver.put("version", context.toolVersion());
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rulesNode = driver.putArray("rules");
    for (RuleDescriptor rule : rules.values()) {
      rulesNode.add(rule(rule, configuredSeverity(result, rule)));
    }

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    List<Notice> notices = ReportOrder.sortedNotices(result.notices());
    if (!notices.isEmpty()) {
      ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
      for (Notice notice : notices) {
        notifications.add(notification(notice, context));
      }
    }

    run.putObject("originalUriBaseIds")
        .putObject(SRCROOT)
        .put("uri", ReportPaths.directoryUri(context.repositoryRoot()));

    ArrayNode results = run.putArray("results");
    Map<Path, Optional<List<String>>> lineHashes = new HashMap<>();
    for (Finding finding : ReportOrder.sorted(result.findings())) {
      Integer index = ruleIndex.get(finding.ruleId());
      if (index == null) {
        throw new IllegalArgumentException(
            "finding of rule " + finding.ruleId() + " but no such rule in the result's rules");
      }
      results.add(result(finding, index, context, lineHashes));
    }

    run.put("columnKind", "utf16CodeUnits");
    // the suppressed findings are left out rather than written with SARIF "suppressions": a count
    // in the run's property bag tells a reader of the log that they existed
    run.putObject("properties").put("suppressedFindings", result.suppressed());
    Json.write(log, out);
  }

  private static Severity configuredSeverity(AnalysisResult result, RuleDescriptor rule) {
    Severity configured = result.configuredSeverities().get(rule.id());
    return configured != null ? configured : rule.defaultSeverity();
  }

  private static ObjectNode rule(RuleDescriptor rule, Severity severity) {
    String summary = nonBlank(rule.summary(), rule.name(), rule.id());
    String helpUri = DOCS_BASE_URI + rule.docsPath();
    String help = Texts.sentence(nonBlank(rule.help(), summary));

    ObjectNode node = Json.object();
    node.put("id", rule.id());
    node.put("name", nonBlank(rule.name(), rule.id()));
    // the summary is a noun phrase; the full description is the same as a sentence
    node.putObject("shortDescription").put("text", limit(summary));
    node.putObject("fullDescription").put("text", limit(Texts.sentence(summary)));
    node.putObject("defaultConfiguration").put("level", severity.label());
    ObjectNode helpNode = node.putObject("help");
    helpNode.put("text", help + "\n\nSee " + rule.docsPath() + ".");
    helpNode.put(
        "markdown",
        "**" + Texts.sentence(summary) + "**\n\n" + help
            + "\n\nSee [" + rule.docsPath() + "](" + helpUri + ").");
    node.put("helpUri", helpUri);

    ObjectNode properties = node.putObject("properties");
    ArrayNode tags = properties.putArray("tags");
    rule.tags().stream()
        .filter(t -> !t.isBlank())
        .distinct()
        .limit(MAX_TAGS)
        .forEach(tags::add);
    if (rule.precision() != null && PRECISIONS.contains(rule.precision())) {
      properties.put("precision", rule.precision());
    }
    properties.put("problem.severity", problemSeverity(severity));
    return node;
  }

  /** GitHub's {@code problem.severity} for non-security rules. */
  private static String problemSeverity(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "recommendation";
    };
  }

  private static ObjectNode result(
      Finding finding,
      int ruleIndex,
      ReportContext context,
      Map<Path, Optional<List<String>>> lineHashes) {
    ObjectNode node = Json.object();
    node.put("ruleId", finding.ruleId());
    node.put("ruleIndex", ruleIndex);
    node.put("level", finding.severity().label());
    node.putObject("message").put("text", Texts.sentence(finding.message()));
    ObjectNode location = node.putArray("locations").addObject();
    if (finding.location() instanceof FileRegion region) {
      location.set("physicalLocation", physicalLocation(region, context));
      lineHashes
          .computeIfAbsent(region.file(), LineHash::ofFile)
          .flatMap(hashes -> LineHash.forLine(hashes, region.startLine()))
          .ifPresent(
              hash -> node.putObject("partialFingerprints").put("primaryLocationLineHash", hash));
    } else if (finding.location() instanceof SymbolLocation symbol) {
      location.putArray("logicalLocations").add(logicalLocation(symbol));
    }
    finding.fix().ifPresent(fix -> node.putArray("fixes").add(fix(fix, context)));
    return node;
  }

  /** One SARIF fix: the edits as replacements, line breaks written as the file writes them. */
  private static ObjectNode fix(Fix fix, ReportContext context) {
    String separator = LineSeparators.of(fix.file());
    ObjectNode node = Json.object();
    node.putObject("description").put("text", Texts.sentence(fix.description()));
    ObjectNode change = node.putArray("artifactChanges").addObject();
    change.set("artifactLocation", physicalLocation(fix.edits().get(0).region(), context).get("artifactLocation"));
    ArrayNode replacements = change.putArray("replacements");
    for (TextEdit edit : fix.edits()) {
      ObjectNode replacement = replacements.addObject();
      replacement.set("deletedRegion", physicalLocation(edit.region(), context).get("region"));
      if (!edit.replacement().isEmpty()) {
        replacement.putObject("insertedContent").put("text", edit.replacement().replace("\n", separator));
      }
    }
    return node;
  }

  private static ObjectNode notification(Notice notice, ReportContext context) {
    ObjectNode node = Json.object();
    node.put("level", "note");
    node.putObject("message").put("text", Texts.sentence(notice.message()));
    notice.region().ifPresent(
        region ->
            node.putArray("locations")
                .addObject()
                .set("physicalLocation", physicalLocation(region, context)));
    node.putObject("descriptor").put("id", notice.ruleId());
    return node;
  }

  private static ObjectNode physicalLocation(FileRegion region, ReportContext context) {
    ObjectNode node = Json.object();
    ObjectNode artifact = node.putObject("artifactLocation");
    Optional<String> relative = ReportPaths.relativeUri(context.repositoryRoot(), region.file());
    if (relative.isPresent()) {
      artifact.put("uri", relative.get());
      artifact.put("uriBaseId", SRCROOT);
    } else {
      // outside the repository GitHub cannot show it; an absolute URI at least says where it is
      artifact.put("uri", ReportPaths.fileUri(region.file()));
    }
    ObjectNode r = node.putObject("region");
    r.put("startLine", region.startLine());
    r.put("startColumn", region.startColumn());
    r.put("endLine", region.endLine());
    r.put("endColumn", region.endColumn());
    return node;
  }

  private static ObjectNode logicalLocation(SymbolLocation symbol) {
    ObjectNode node = Json.object();
    if (symbol.member().isPresent()) {
      node.put("name", symbol.member().get());
      node.put("fullyQualifiedName", symbol.className() + "." + symbol.member().get());
      node.put("kind", "member");
    } else {
      String className = symbol.className();
      node.put("name", className.substring(className.lastIndexOf('.') + 1));
      node.put("fullyQualifiedName", className);
      node.put("kind", "type");
    }
    return node;
  }

  private static String nonBlank(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return "";
  }

  private static String limit(String text) {
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
  }
}
