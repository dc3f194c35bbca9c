package dev.importhealth.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class AuditWritersTest {

  private static final SsotAudit AUDIT = new SsotAudit(
      List.of(new SsotAudit.Concept("websocket-manager", "com.netra.ws.UnifiedWebSocketManager",
          Optional.of("One manager owns all socket state <really>."),
          Map.of("app", 6, "chat", 3),
          List.of(
              new SsotAudit.Implementation("com.netra.ws.LegacyWebSocketManager", "ws/src/main/java/Legacy.java:5",
                  Map.of("app", 2)),
              new SsotAudit.Implementation("com.netra.chat.ChatWebSocketManagerImpl", "chat/src/main/java/Chat.java:9",
                  Map.of("chat", 1))))),
      List.of(new SsotAudit.Cluster("EventBuffer", List.of("com.a.EventBuffer", "com.b.NewEventBuffer"),
          "they share the public methods flush, open, push")),
      List.of(new SsotAudit.HistoryPoint("abc1234", "2026-11-01", Map.of("websocket-manager", 0.5)),
          new SsotAudit.HistoryPoint("def5678", "2026-11-20", Map.of("websocket-manager", 0.75))));

  @Test
  void theShareCountsEveryReferenceOnce() {
    SsotAudit.Concept concept = AUDIT.concepts().get(0);

    assertThat(concept.canonicalTotal()).isEqualTo(9);
    assertThat(concept.competitorTotal()).isEqualTo(3);
    assertThat(concept.canonicalShare()).isEqualTo(0.75);
  }

  @Test
  void textSaysWhereEachConceptStands() throws Exception {
    StringWriter out = new StringWriter();

    AuditWriters.text(AUDIT, out);

    assertThat(out.toString()).isEqualTo("""
        websocket-manager: 75% of 12 references go to com.netra.ws.UnifiedWebSocketManager
          One manager owns all socket state <really>.
          canonical com.netra.ws.UnifiedWebSocketManager: 6 in app, 3 in chat
          competing com.netra.ws.LegacyWebSocketManager (ws/src/main/java/Legacy.java:5): 2 in app
          competing com.netra.chat.ChatWebSocketManagerImpl (chat/src/main/java/Chat.java:9): 1 in chat

        Likely duplicates nobody registered:
          EventBuffer: com.a.EventBuffer, com.b.NewEventBuffer (they share the public methods flush, open, push)

        Canonical share by commit:
          abc1234 2026-11-01  websocket-manager 50%
          def5678 2026-11-20  websocket-manager 75%
        """);
  }

  @Test
  void jsonHoldsTheSameFigures() throws Exception {
    StringWriter out = new StringWriter();

    AuditWriters.json(AUDIT, out);

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.at("/concepts/0/canonicalShare").asDouble()).isEqualTo(0.75);
    assertThat(json.at("/concepts/0/canonicalReferences/chat").asInt()).isEqualTo(3);
    assertThat(json.at("/concepts/0/competitors/1/class").asText()).isEqualTo("com.netra.chat.ChatWebSocketManagerImpl");
    assertThat(json.at("/clusters/0/members/1").asText()).isEqualTo("com.b.NewEventBuffer");
    assertThat(json.at("/history/1/canonicalShare/websocket-manager").asDouble()).isEqualTo(0.75);
  }

  @Test
  void htmlIsOneWellFormedSelfContainedPageWithItsCharts() throws Exception {
    StringWriter out = new StringWriter();

    AuditHtml.write(AUDIT, "netra <platform>", out);

    String html = out.toString();
    Document page = parse(html);
    assertThat(page.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(html).doesNotContain("<script", "src=", "href=", "@import", "url(");
    assertThat(html.replaceAll("xmlns=\"http://www.w3.org/[^\"]*\"", "")).doesNotContain("http");
    assertThat(text(page, "title")).isEqualTo("SSOT audit: netra <platform>");
    assertThat(page.getDocumentElement().getTextContent()).contains("75% of 12 references go to the canonical",
        "One manager owns all socket state <really>.", "com.b.NewEventBuffer", "def5678");
    NodeList bars = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    assertThat(bars.getLength()).as("the canonical class and both competitors").isEqualTo(3);
    assertThat(((Element) bars.item(0)).getAttribute("width")).isEqualTo("450.0");
    assertThat(((Element) bars.item(1)).getAttribute("width")).isEqualTo("100.0");
    NodeList lines = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
    assertThat(lines.getLength()).isEqualTo(1);
    assertThat(((Element) lines.item(0)).getAttribute("points")).isEqualTo("30.0,75.0 590.0,42.5");
  }

  @Test
  void anEmptyAuditSaysWhatToConfigure() throws Exception {
    StringWriter text = new StringWriter();
    StringWriter html = new StringWriter();
    SsotAudit empty = new SsotAudit(List.of(), List.of(), List.of());

    AuditWriters.text(empty, text);
    AuditHtml.write(empty, "p", html);

    assertThat(text.toString()).contains("add an ssot: section to import-health.yaml");
    assertThat(parse(html.toString()).getDocumentElement().getTextContent()).contains("No concepts registered", "None found.");
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  private static String text(Document page, String tag) {
    return page.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", tag).item(0).getTextContent();
  }
}
