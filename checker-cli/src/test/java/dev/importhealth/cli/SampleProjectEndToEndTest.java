package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.importhealth.core.engine.AnalysisNotices;
import dev.importhealth.core.engine.Suppressions;
import dev.importhealth.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-health check testdata/sample-multimodule}, in process: the findings are exactly
 * the ones marked in the sample's sources (both ways) and listed in its EXPECTED.md, in every
 * output format.
 */
class SampleProjectEndToEndTest {

  private static final Path SAMPLE = TestDirs.testdata("sample-multimodule");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void findsExactlyTheMarkedFindings() throws IOException {
    Cli.Run run = Cli.run("check", SAMPLE.toString(), "--format", "json");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.FINDINGS.code());
    Map<String, List<String>> expected = FindingMarkers.read(SAMPLE);
    assertThat(expected).as("markers in %s", SAMPLE).hasSizeGreaterThanOrEqualTo(20);
    assertMatchesMarkers(findingsByLine(JSON.readTree(run.out())), expected);
  }

  @Test
  void findingsAreTheRowsOfExpectedMd() throws IOException {
    Set<String> listed = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| ((?:main|test)/\\S+\\.java) \\| (\\d+) \\| (IH\\d{3}) \\|")
        .matcher(Files.readString(SAMPLE.resolve("EXPECTED.md"), StandardCharsets.UTF_8));
    while (row.find()) {
      listed.add("app/src/" + row.group(1) + ":" + row.group(2) + " " + row.group(3));
    }

    Cli.Run run = Cli.run("check", SAMPLE.toString(), "--format", "json");
    Set<String> found = new TreeSet<>();
    for (JsonNode finding : JSON.readTree(run.out()).get("findings")) {
      found.add(samplePath(finding.get("file").asText()) + ":" + finding.get("startLine").asInt()
          + " " + finding.get("ruleId").asText());
    }
    assertThat(found).as("findings (file:line rule) against the table in EXPECTED.md").isEqualTo(listed);
  }

  @Test
  void jsonReportHasTheFindingsSuggestionsAndSummary() throws IOException {
    Cli.Run run = Cli.run("check", SAMPLE.toString(), "--format", "json");
    JsonNode report = JSON.readTree(run.out());

    int markers = FindingMarkers.read(SAMPLE).values().stream().mapToInt(List::size).sum();
    assertThat(report.get("tool").asText()).isEqualTo("import-health");
    assertThat(report.get("findings")).hasSize(markers);
    assertThat(report.get("summary").get("errors").asInt()).isEqualTo(markers);
    int byRule = 0;
    for (JsonNode count : report.get("summary").get("byRule")) {
      byRule += count.asInt();
    }
    assertThat(byRule).isEqualTo(markers);
    assertThat(report.get("summary").get("byRule").fieldNames()).toIterable()
        .containsExactly("IH101", "IH102", "IH103", "IH104", "IH105", "IH301", "IH304");

    JsonNode moved = null;
    for (JsonNode finding : report.get("findings")) {
      if (finding.get("message").asText().contains("'com.netra.websocket.UserWebSocketEmitter'")) {
        moved = finding;
      }
    }
    assertThat(moved).as("the finding on the moved emitter").isNotNull();
    assertThat(moved.get("ruleId").asText()).isEqualTo("IH101");
    assertThat(moved.get("ruleName").asText()).isEqualTo("unresolved-import");
    assertThat(moved.get("suggestions").get(0).asText()).isEqualTo("com.netra.websocket.unified.UserWebSocketEmitter");

    assertThat(report.get("notices").findValuesAsText("ruleId")).containsExactly("IH902");
    assertThat(report.get("notices").get(0).get("message").asText()).contains("org.junit", "org.slf4j");
  }

  @Test
  void textReportIsCompilerStyle() {
    Cli.Run run = Cli.run("check", SAMPLE.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.FINDINGS.code());
    int markers = FindingMarkers.read(SAMPLE).values().stream().mapToInt(List::size).sum();
    Pattern line = Pattern.compile("^(\\S+\\.java):(\\d+):(\\d+): error: .+ \\[IH\\d{3}\\]$");
    List<String> findingLines = run.out().lines().filter(l -> line.matcher(l).matches()).toList();
    assertThat(findingLines).hasSize(markers);
    for (String finding : findingLines) {
      Matcher m = line.matcher(finding);
      assertThat(m.matches()).isTrue();
      // relative to the working directory when the file is under it (PackagedJarIT checks that), else absolute
      assertThat(Path.of("").toAbsolutePath().resolve(m.group(1))).as("path of %s", finding).exists();
    }
    assertThat(run.out()).contains(markers + " errors in ").contains("IH105 x");
    assertThat(run.out()).containsPattern("(?m)^note: .*\\[IH902\\]$");
    assertThat(run.out()).doesNotContain("\u001b[");
  }

  @Test
  void pathsLimitWhatIsReportedButTheIndexCoversTheWholeProject() throws IOException {
    Path tests = SAMPLE.resolve("app/src/test");
    Cli.Run run = Cli.run("check", tests.toString(), "--format", "json");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.FINDINGS.code());
    Map<String, List<String>> expected = new TreeMap<>(FindingMarkers.read(SAMPLE));
    expected.keySet().removeIf(key -> !key.startsWith("app/src/test/"));
    assertThat(expected).isNotEmpty();
    assertMatchesMarkers(findingsByLine(JSON.readTree(run.out())), expected);
  }

  @Test
  void failOnNeverExitsZeroAndStillReports() {
    Cli.Run run = Cli.run("check", SAMPLE.toString(), "--fail-on", "never");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.CLEAN.code());
    assertThat(run.out()).contains("[IH101]", "[IH105]");
  }

  @Test
  void sarifIsValidForGithubAndByteIdenticalAcrossRuns(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("first.sarif");
    Path second = dir.resolve("second.sarif");
    Cli.Run run = Cli.run("check", SAMPLE.toString(), "--format", "sarif", "--output", first.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.FINDINGS.code());
    assertThat(run.out()).as("stdout with --output").isEmpty();
    Cli.run("check", SAMPLE.toString(), "--format", "sarif", "--output", second.toString(), "--threads", "1");

    assertThat(Files.readAllBytes(second)).as("SARIF of a second run").isEqualTo(Files.readAllBytes(first));
    JsonNode sarif = JSON.readTree(first.toFile());
    JsonNode results = sarif.get("runs").get(0).get("results");
    int markers = FindingMarkers.read(SAMPLE).values().stream().mapToInt(List::size).sum();
    assertThat(results).hasSize(markers);
    assertThat(sarif.get("runs").get(0).get("tool").get("driver").get("rules").findValuesAsText("id"))
        .as("every rule and notice, in catalogue order")
        .containsExactlyElementsOf(catalogueIds());
    for (JsonNode result : results) {
      JsonNode location = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
      assertThat(location.get("uri").asText()).startsWith("testdata/sample-multimodule/app/src/");
      assertThat(location.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(result.get("partialFingerprints").get("primaryLocationLineHash").asText()).isNotBlank();
    }
    SarifValidation.validate(first, dir);
  }

  /** Messages by {@code path:line}, the path relative to the sample. */
  private static Map<String, List<String>> findingsByLine(JsonNode report) {
    Map<String, List<String>> actual = new TreeMap<>();
    for (JsonNode finding : report.get("findings")) {
      String key = samplePath(finding.get("file").asText()) + ":" + finding.get("startLine").asInt();
      actual.computeIfAbsent(key, k -> new ArrayList<>())
          .add("[" + finding.get("ruleId").asText() + "] " + finding.get("message").asText());
    }
    return actual;
  }

  /** A report path (relative to the repository root) as a path relative to the sample. */
  private static String samplePath(String reportPath) {
    String marker = "testdata/sample-multimodule/";
    int at = reportPath.indexOf(marker);
    assertThat(at).as("report path %s lies in the sample", reportPath).isGreaterThanOrEqualTo(0);
    return reportPath.substring(at + marker.length());
  }

  /** Every marker has its own finding on its line, and every finding has a marker. */
  private static void assertMatchesMarkers(Map<String, List<String>> actual, Map<String, List<String>> expected) {
    List<String> problems = new ArrayList<>();
    Set<String> lines = new TreeSet<>(expected.keySet());
    lines.addAll(actual.keySet());
    for (String line : lines) {
      List<String> messages = new ArrayList<>(actual.getOrDefault(line, List.of()));
      for (String marker : expected.getOrDefault(line, List.of())) {
        String match = messages.stream().filter(m -> m.contains(marker)).findFirst().orElse(null);
        if (match != null) {
          messages.remove(match);
        } else {
          problems.add("no finding for marker at " + line + ": " + marker
              + (messages.isEmpty() ? "" : "\n    found there instead: " + messages));
        }
      }
      messages.forEach(m -> problems.add("finding without a marker at " + line + ": " + m));
    }
    assertThat(problems).as("differences between the findings and the FINDING markers").isEmpty();
  }

  private static List<String> catalogueIds() {
    List<String> ids = new ArrayList<>();
    BuiltInRules.all().forEach(rule -> ids.add(rule.descriptor().id()));
    Suppressions.descriptors().forEach(rule -> ids.add(rule.id()));
    AnalysisNotices.descriptors().forEach(notice -> ids.add(notice.id()));
    return ids;
  }
}
