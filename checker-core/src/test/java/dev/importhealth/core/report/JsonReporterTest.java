package dev.importhealth.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.importhealth.core.engine.AnalysisResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReporterTest {

  @TempDir Path root;

  @Test
  void writesTheDocumentedShape() throws IOException {
    JsonNode doc = parse(json(ReportFixtures.result(root)));

    assertThat(fieldNames(doc)).containsExactly("tool", "version", "findings", "notices", "summary");
    assertThat(doc.get("tool").asText()).isEqualTo("import-health");
    assertThat(doc.get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(doc.get("findings")).hasSize(5);
    JsonNode first = doc.at("/findings/0");
    assertThat(fieldNames(first)).containsExactly("ruleId", "ruleName", "severity", "message",
        "file", "startLine", "startColumn", "endLine", "endColumn", "suggestions");
    assertThat(first.get("ruleId").asText()).isEqualTo("IH101");
    assertThat(first.get("ruleName").asText()).isEqualTo("unresolved-import");
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("message").asText()).startsWith("Import of 'com.example.util.Strings'");
    assertThat(first.get("file").asText()).isEqualTo("src/main/java/com/example/App.java");
    assertThat(first.get("startLine").asInt()).isEqualTo(3);
    assertThat(first.get("startColumn").asInt()).isEqualTo(8);
    assertThat(first.get("endLine").asInt()).isEqualTo(3);
    assertThat(first.get("endColumn").asInt()).isEqualTo(32);
    assertThat(first.at("/suggestions/0").asText()).isEqualTo("com.example.text.Strings");
    assertThat(doc.at("/findings/3/file").asText()).isEqualTo(ReportFixtures.SIZE);
    assertThat(doc.at("/findings/2/suggestions")).isEmpty();
  }

  @Test
  void writesNoticesWithOptionalPosition() throws IOException {
    JsonNode notices = parse(json(ReportFixtures.result(root))).get("notices");

    assertThat(notices).hasSize(2);
    assertThat(fieldNames(notices.get(0)))
        .containsExactly("ruleId", "message", "file", "line", "column");
    assertThat(notices.at("/0/file").asText()).isEqualTo("src/main/java/com/example/Broken.java");
    assertThat(notices.at("/0/line").asInt()).isEqualTo(4);
    assertThat(notices.at("/0/column").asInt()).isEqualTo(10);
    assertThat(fieldNames(notices.get(1))).containsExactly("ruleId", "message");
    assertThat(notices.at("/1/ruleId").asText()).isEqualTo("IH902");
  }

  @Test
  void summarisesCounts() throws IOException {
    JsonNode summary = parse(json(ReportFixtures.result(root))).get("summary");

    assertThat(summary.get("files").asInt()).isEqualTo(3);
    assertThat(summary.get("errors").asInt()).isEqualTo(3);
    assertThat(summary.get("warnings").asInt()).isEqualTo(1);
    assertThat(summary.get("notes").asInt()).isEqualTo(1);
    assertThat(summary.get("suppressed").asInt()).isZero();
    assertThat(fieldNames(summary)).containsExactly("files", "errors", "warnings", "notes", "suppressed", "byRule");
    assertThat(fieldNames(summary.get("byRule"))).containsExactly("IH101", "IH105", "IH201", "IH301");
    assertThat(summary.at("/byRule/IH101").asInt()).isEqualTo(2);
  }

  @Test
  void countsTheFindingsSuppressionsRemoved() throws IOException {
    AnalysisResult result = ReportFixtures.result(root);
    result = new AnalysisResult(result.projectRoot(), result.rules(), result.configuredSeverities(),
        result.findings(), result.notices(), result.filesAnalysed(), result.timings(), result.checksums(), 4);

    JsonNode summary = parse(json(result)).get("summary");

    assertThat(summary.get("suppressed").asInt()).isEqualTo(4);
    assertThat(summary.get("errors").asInt()).as("suppressed findings are not counted again").isEqualTo(3);
  }

  @Test
  void namesTheSymbolOfBytecodeFindings() throws IOException {
    AnalysisResult result = ReportFixtures.withFindings(
        ReportFixtures.result(root), List.of(ReportFixtures.bytecodeFinding()));

    JsonNode finding = parse(json(result)).at("/findings/0");

    assertThat(finding.get("symbol").asText()).isEqualTo("com.example.Runner#run");
    assertThat(finding.has("file")).isFalse();
    assertThat(finding.has("startLine")).isFalse();
  }

  @Test
  void writesIdenticalBytesForShuffledInput() throws IOException {
    AnalysisResult result = ReportFixtures.result(root);
    String expected = json(result);

    assertThat(json(ReportFixtures.shuffled(result, 11))).isEqualTo(expected);
    assertThat(expected).startsWith("{\n  \"tool\": \"import-health\",\n").endsWith("}\n")
        .doesNotContain("\r");
  }

  private String json(AnalysisResult result) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReporter().write(result, ReportFixtures.context(root), out);
    return out.toString();
  }

  private static JsonNode parse(String json) throws IOException {
    return new ObjectMapper().readTree(json);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
