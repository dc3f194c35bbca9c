package dev.importhealth.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.api.SymbolLocation;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.report.internal.LineHash;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReporterTest {

  @TempDir Path root;

  @BeforeEach
  void writeProject() throws IOException {
    ReportFixtures.writeProject(root);
  }

  @Test
  void writesOneRunOfTheTool() throws IOException {
    JsonNode log = parse(sarif(ReportFixtures.result(root)));

    assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    JsonNode run = run(log);
    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("import-health");
    assertThat(driver.get("semanticVersion").asText()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(driver.get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(driver.get("informationUri").asText())
        .isEqualTo("https://github.com/import-health/import-health");
    assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
    assertThat(run.has("automationDetails")).isFalse();
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void countsTheSuppressedFindingsInARunProperty() throws IOException {
    AnalysisResult result = ReportFixtures.result(root);
    AnalysisResult suppressed = new AnalysisResult(root, result.rules(), result.configuredSeverities(),
        result.findings(), result.notices(), result.filesAnalysed(), result.timings(), result.checksums(), 2);

    assertThat(run(parse(sarif(suppressed))).at("/properties/suppressedFindings").asInt()).isEqualTo(2);
    assertThat(run(parse(sarif(suppressed))).get("results")).hasSize(5);
    assertThat(run(parse(sarif(result))).at("/properties/suppressedFindings").isInt()).isTrue();
    assertThat(run(parse(sarif(result))).at("/properties/suppressedFindings").asInt()).isZero();
  }

  @Test
  void describesEveryRuleInOrder() throws IOException {
    JsonNode rules = run(parse(sarif(ReportFixtures.result(root)))).at("/tool/driver/rules");

    assertThat(rules.findValuesAsText("id"))
        .containsExactly("IH101", "IH105", "IH201", "IH301", "IH901", "IH902");
    JsonNode ih101 = rules.get(0);
    assertThat(ih101.get("name").asText()).isEqualTo("unresolved-import");
    assertThat(ih101.at("/shortDescription/text").asText())
        .isEqualTo("Import of a type that does not exist");
    assertThat(ih101.at("/fullDescription/text").asText())
        .isEqualTo("Import of a type that does not exist.");
    assertThat(ih101.at("/help/text").asText())
        .startsWith("Fix the import to name an existing type, or add the missing dependency.")
        .endsWith("See docs/rules/IH101.md.");
    assertThat(ih101.at("/help/markdown").asText())
        .contains("Import of a type that does not exist",
            "Fix the import to name an existing type",
            "[docs/rules/IH101.md](https://github.com/import-health/import-health/blob/main/docs/rules/IH101.md)");
    assertThat(ih101.get("helpUri").asText())
        .isEqualTo("https://github.com/import-health/import-health/blob/main/docs/rules/IH101.md");
    assertThat(ih101.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(texts(ih101.at("/properties/tags"))).containsExactly("correctness", "imports");
    assertThat(ih101.at("/properties/precision").asText()).isEqualTo("very-high");
    assertThat(ih101.at("/properties").get("problem.severity").asText()).isEqualTo("error");
  }

  @Test
  void usesTheConfiguredSeverityAsDefaultLevel() throws IOException {
    AnalysisResult result = ReportFixtures.result(root);
    // IH301 defaults to warning but is configured as note; IH201 has no configuration
    Map<String, Severity> configured = Map.of("IH301", Severity.NOTE);
    result = new AnalysisResult(root, result.rules(), configured, result.findings(),
        result.notices(), result.filesAnalysed(), result.timings());

    JsonNode rules = run(parse(sarif(result))).at("/tool/driver/rules");

    assertThat(rules.get(3).at("/defaultConfiguration/level").asText()).isEqualTo("note");
    assertThat(rules.get(3).at("/properties").get("problem.severity").asText())
        .isEqualTo("recommendation");
    assertThat(rules.get(2).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
  }

  @Test
  void pointsEachResultAtItsRule() throws IOException {
    JsonNode run = run(parse(sarif(ReportFixtures.result(root))));
    JsonNode rules = run.at("/tool/driver/rules");
    JsonNode results = run.get("results");

    assertThat(results).hasSize(5);
    for (JsonNode result : results) {
      int index = result.get("ruleIndex").asInt();
      assertThat(rules.get(index).get("id").asText()).isEqualTo(result.get("ruleId").asText());
      assertThat(result.at("/message/text").asText()).endsWith(".");
      assertThat(result.get("locations")).hasSize(1);
    }
    assertThat(texts(results, "level")).containsExactly("error", "error", "warning", "error", "note");
  }

  @Test
  void writesUrisRelativeToTheRepositoryRoot() throws IOException {
    JsonNode results = run(parse(sarif(ReportFixtures.result(root)))).get("results");

    JsonNode app = results.at("/0/locations/0/physicalLocation/artifactLocation");
    assertThat(app.get("uri").asText()).isEqualTo("src/main/java/com/example/App.java");
    assertThat(app.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    JsonNode size = results.at("/3/locations/0/physicalLocation/artifactLocation");
    assertThat(size.get("uri").asText())
        .isEqualTo("src/main/java/com/example/gr%C3%B6%C3%9Fe/Ma%C3%9F%20Tabelle.java");
    assertThat(URI.create(size.get("uri").asText()).getPath()).isEqualTo(ReportFixtures.SIZE);
  }

  @Test
  void definesTheSourceRootWithATrailingSlash() throws IOException {
    JsonNode run = run(parse(sarif(ReportFixtures.result(root))));

    String uri = run.at("/originalUriBaseIds/%SRCROOT%/uri").asText();
    assertThat(uri).startsWith("file:/").endsWith("/");
    assertThat(Path.of(URI.create(uri))).isEqualTo(root.toAbsolutePath().normalize());
  }

  @Test
  void writesOneBasedRegionsWithExclusiveEnd() throws IOException {
    JsonNode region = run(parse(sarif(ReportFixtures.result(root))))
        .at("/results/1/locations/0/physicalLocation/region");

    assertThat(region.get("startLine").asInt()).isEqualTo(4);
    assertThat(region.get("startColumn").asInt()).isEqualTo(8);
    assertThat(region.get("endLine").asInt()).isEqualTo(4);
    assertThat(region.get("endColumn").asInt()).isEqualTo(30);
  }

  @Test
  void fingerprintsTheStartLineAsGithubWould() throws IOException {
    JsonNode results = run(parse(sarif(ReportFixtures.result(root)))).get("results");
    List<String> appHashes = LineHash.compute(Files.readString(root.resolve(ReportFixtures.APP)));
    List<String> sizeHashes =
        LineHash.compute(Files.readString(root.resolve(ReportFixtures.SIZE)));

    assertThat(texts(results, "partialFingerprints", "primaryLocationLineHash"))
        .containsExactly(
            appHashes.get(2), appHashes.get(3), appHashes.get(4),
            sizeHashes.get(2), sizeHashes.get(5));
    assertThat(appHashes.get(2)).matches("[0-9a-f]{1,16}:1");
  }

  @Test
  void leavesOutTheFingerprintWhenTheFileCannotBeRead() throws IOException {
    Files.delete(root.resolve(ReportFixtures.APP));

    JsonNode results = run(parse(sarif(ReportFixtures.result(root)))).get("results");

    assertThat(results.get(0).has("partialFingerprints")).isFalse();
    assertThat(results.get(0).has("locations")).isTrue();
    assertThat(results.get(3).has("partialFingerprints")).isTrue();
  }

  @Test
  void reportsNoticesAsNotificationsNotResults() throws IOException {
    JsonNode run = run(parse(sarif(ReportFixtures.result(root))));

    assertThat(texts(run.get("results"), "ruleId")).doesNotContain("IH901", "IH902");
    JsonNode notifications = run.at("/invocations/0/toolExecutionNotifications");
    assertThat(notifications).hasSize(2);
    JsonNode parse = notifications.get(0);
    assertThat(parse.get("level").asText()).isEqualTo("note");
    assertThat(parse.at("/descriptor/id").asText()).isEqualTo("IH901");
    assertThat(parse.at("/message/text").asText()).isEqualTo("File could not be parsed: ')' expected.");
    assertThat(parse.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("src/main/java/com/example/Broken.java");
    assertThat(parse.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);
    JsonNode unchecked = notifications.get(1);
    assertThat(unchecked.at("/descriptor/id").asText()).isEqualTo("IH902");
    assertThat(unchecked.has("locations")).isFalse();
  }

  @Test
  void writesIdenticalBytesForShuffledInput() throws IOException {
    AnalysisResult result = ReportFixtures.result(root);
    String expected = sarif(result);

    for (long seed = 1; seed <= 5; seed++) {
      assertThat(sarif(ReportFixtures.shuffled(result, seed))).isEqualTo(expected);
    }
    assertThat(expected).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"$schema\": ");
  }

  @Test
  void sortsResultsByFindingOrder() throws IOException {
    AnalysisResult result = ReportFixtures.shuffled(ReportFixtures.result(root), 7);

    JsonNode results = run(parse(sarif(result))).get("results");

    assertThat(texts(results, "message", "text"))
        .containsExactlyElementsOf(
            result.findings().stream().sorted(Finding.ORDER).map(Finding::message).toList());
  }

  @Test
  void givesBytecodeFindingsALogicalLocation() throws IOException {
    Finding member = ReportFixtures.bytecodeFinding();
    Finding type = new Finding("IH105", Severity.ERROR, "Class 'com.example.Runner' is stale.",
        new SymbolLocation("com.example.Runner", Optional.empty()), List.of());
    AnalysisResult result =
        ReportFixtures.withFindings(ReportFixtures.result(root), List.of(member, type));

    JsonNode results = run(parse(sarif(result))).get("results");

    JsonNode typeLocation = results.at("/0/locations/0");
    assertThat(typeLocation.has("physicalLocation")).isFalse();
    assertThat(typeLocation.at("/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("com.example.Runner");
    assertThat(typeLocation.at("/logicalLocations/0/name").asText()).isEqualTo("Runner");
    assertThat(typeLocation.at("/logicalLocations/0/kind").asText()).isEqualTo("type");
    JsonNode memberLocation = results.at("/1/locations/0/logicalLocations/0");
    assertThat(memberLocation.get("fullyQualifiedName").asText()).isEqualTo("com.example.Runner.run");
    assertThat(memberLocation.get("kind").asText()).isEqualTo("member");
    assertThat(results.get(1).has("partialFingerprints")).isFalse();
  }

  @Test
  void writesAbsoluteUrisForFilesOutsideTheRepository(@TempDir Path elsewhere) throws IOException {
    Path outside = elsewhere.resolve("Other.java");
    Files.writeString(outside, "class Other {}\n");
    Finding finding = new Finding("IH101", Severity.ERROR, "Import cannot be resolved.",
        FileRegion.at(outside, 1, 1), List.of());

    JsonNode artifact = run(parse(sarif(
            ReportFixtures.withFindings(ReportFixtures.result(root), List.of(finding)))))
        .at("/results/0/locations/0/physicalLocation/artifactLocation");

    assertThat(artifact.get("uri").asText()).isEqualTo(outside.toUri().toString());
    assertThat(artifact.has("uriBaseId")).isFalse();
  }

  @Test
  void rejectsFindingsOfUnknownRules() {
    Finding finding = new Finding("IH999", Severity.ERROR, "Unknown.",
        FileRegion.at(root.resolve(ReportFixtures.APP), 1, 1), List.of());
    AnalysisResult result =
        ReportFixtures.withFindings(ReportFixtures.result(root), List.of(finding));

    assertThatThrownBy(() -> sarif(result))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IH999");
  }

  @Test
  void deduplicatesRulesAndCapsTags() throws IOException {
    List<String> tags = IntStream.rangeClosed(1, 12).mapToObj(i -> "tag" + i).toList();
    RuleDescriptor tagged = new RuleDescriptor("IH101", "unresolved-import", Severity.ERROR,
        "Import of a type that does not exist", "Fix it.", tags, "very-high");
    AnalysisResult base = ReportFixtures.result(root);
    List<RuleDescriptor> rules = new ArrayList<>(List.of(tagged));
    rules.addAll(base.rules());
    AnalysisResult result = new AnalysisResult(root, rules, base.configuredSeverities(),
        base.findings(), base.notices(), base.filesAnalysed(), base.timings());

    JsonNode driverRules = run(parse(sarif(result))).at("/tool/driver/rules");

    assertThat(driverRules.findValuesAsText("id"))
        .containsExactly("IH101", "IH105", "IH201", "IH301", "IH901", "IH902");
    assertThat(texts(driverRules.at("/0/properties/tags"))).hasSize(10).startsWith("tag1");
  }

  private String sarif(AnalysisResult result) throws IOException {
    StringWriter out = new StringWriter();
    new SarifReporter().write(result, ReportFixtures.context(root), out);
    return out.toString();
  }

  private static JsonNode parse(String json) throws IOException {
    return new ObjectMapper().readTree(json);
  }

  private static JsonNode run(JsonNode log) {
    return log.at("/runs/0");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> texts(JsonNode array, String... path) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      JsonNode v = n;
      for (String p : path) {
        v = v.path(p);
      }
      out.add(v.asText());
    }
    return out;
  }
}
