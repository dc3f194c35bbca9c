package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code import-health ssot report} on {@code testdata/ssot-sample}, run in place: its figures agree
 * with what {@code check} reports (every IH402 finding is one reference to a competitor), in all
 * three formats.
 */
class SsotReportEndToEndTest {

  private static final Path SAMPLE = TestDirs.testdata("ssot-sample");

  @TempDir
  Path dir;

  @Test
  void textSaysWhereTheConsolidationStands() {
    Cli.Run run = Cli.run("ssot", "report", SAMPLE.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).isEqualTo("""
        websocket-manager: 38% of 8 references go to com.netra.websocket.UnifiedWebSocketManager
          One manager owns all socket state.
          canonical com.netra.websocket.UnifiedWebSocketManager: 3 in ssot-sample
          competing com.netra.chat.ChatWebSocketManagerImpl (src/main/java/com/netra/chat/ChatWebSocketManagerImpl.java:4): 2 in ssot-sample
          competing com.netra.websocket.LegacyWebSocketManager (src/main/java/com/netra/websocket/LegacyWebSocketManager.java:4): 1 in ssot-sample
          competing com.netra.websocket.SimpleSocketManager (src/main/java/com/netra/websocket/SimpleSocketManager.java:4): 2 in ssot-sample
        """);
  }

  @Test
  void jsonCountsAgreeWithTheFindingsOfCheck() throws Exception {
    Path report = dir.resolve("ssot.json");
    Path findings = dir.resolve("check.json");

    Cli.Run run = Cli.run("ssot", "report", SAMPLE.toString(), "--format", "json", "-o", report.toString());
    Cli.run("check", SAMPLE.toString(), "--format", "json", "-o", findings.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    JsonNode concept = new ObjectMapper().readTree(report.toFile()).at("/concepts/0");
    Map<String, Integer> fromReport = new TreeMap<>();
    concept.get("competitors").forEach(c -> fromReport.put(c.get("class").asText(), c.at("/references/ssot-sample").asInt()));
    Map<String, Integer> fromCheck = new TreeMap<>();
    Map<String, Integer> competitorsFromCheck = new TreeMap<>();
    for (JsonNode finding : new ObjectMapper().readTree(findings.toFile()).get("findings")) {
      String message = finding.get("message").asText();
      String named = message.substring(1, message.indexOf('\'', 1));
      if (finding.get("ruleId").asText().equals("IH402")) {
        fromCheck.merge(named, 1, Integer::sum);
      } else if (finding.get("ruleId").asText().equals("IH401")) {
        competitorsFromCheck.put(named, 0);
      }
    }
    competitorsFromCheck.putAll(fromCheck);
    assertThat(fromReport).isEqualTo(competitorsFromCheck);
    assertThat(concept.get("canonicalShare").asDouble()).isEqualTo(0.375);
  }

  @Test
  void htmlIsOneWellFormedPageWithoutExternalAssets() throws Exception {
    Path report = dir.resolve("ssot.html");

    Cli.Run run = Cli.run("ssot", "report", SAMPLE.toString(), "--format", "html", "-o", report.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    String html = Files.readString(report);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document page = factory.newDocumentBuilder().parse(report.toFile());
    assertThat(page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength()).isEqualTo(4);
    assertThat(page.getDocumentElement().getTextContent())
        .contains("38% of 8 references go to the canonical", "com.netra.websocket.SimpleSocketManager");
    assertThat(html).doesNotContain("<script", "src=", "href=");
  }

  @Test
  void historyShowsTheShareMovingAsUsersMigrate() throws Exception {
    ScratchRepository repository = new ScratchRepository(dir);
    repository.git("init", "-q");
    repository.write("import-health.yaml", """
        ssot:
          - name: store
            canonical: com.acme.UnifiedStore
            interface: com.acme.Store
        """);
    repository.write("src/com/acme/Store.java", "package com.acme;\npublic interface Store { void put(String s); }\n");
    repository.write("src/com/acme/UnifiedStore.java",
        "package com.acme;\npublic class UnifiedStore implements Store { public void put(String s) {} }\n");
    repository.write("src/com/acme/LegacyStore.java",
        "package com.acme;\npublic class LegacyStore implements Store { public void put(String s) {} }\n");
    for (String user : new String[] {"A", "B", "C", "D"}) {
      repository.write("src/com/acme/" + user + ".java",
          "package com.acme;\nclass " + user + " { Store store = new LegacyStore(); }\n");
    }
    String first = repository.commit("four users of the legacy store");
    repository.write("src/com/acme/A.java", "package com.acme;\nclass A { Store store = new UnifiedStore(); }\n");
    repository.write("src/com/acme/B.java", "package com.acme;\nclass B { Store store = new UnifiedStore(); }\n");
    String second = repository.commit("two migrated");
    Path report = dir.resolve("ssot.json");

    Cli.Run run = Cli.run("ssot", "report", dir.toString(), "--history", "5", "--format", "json", "-o", report.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    JsonNode history = new ObjectMapper().readTree(report.toFile()).get("history");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("commit").asText()).isEqualTo(repository.git("rev-parse", "--short", first).trim());
    assertThat(history.get(0).at("/canonicalShare/store").asDouble()).isEqualTo(0.0);
    assertThat(history.get(1).get("commit").asText()).isEqualTo(repository.git("rev-parse", "--short", second).trim());
    assertThat(history.get(1).at("/canonicalShare/store").asDouble()).isEqualTo(0.5);
    assertThat(repository.git("status", "--porcelain").trim()).as("the repository is left as it was")
        .isEqualTo("?? ssot.json");
  }
}
