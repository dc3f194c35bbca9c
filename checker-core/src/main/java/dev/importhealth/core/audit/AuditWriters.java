package dev.importhealth.core.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.importhealth.core.report.internal.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/** Writes an {@link SsotAudit} as text for a terminal or JSON for scripts; HTML is {@link AuditHtml}. */
public final class AuditWriters {

  private AuditWriters() {}

  public static void text(SsotAudit audit, Writer out) throws IOException {
    if (audit.concepts().isEmpty()) {
      out.write("No concepts registered: add an ssot: section to import-health.yaml.\n");
    }
    for (SsotAudit.Concept concept : audit.concepts()) {
      out.write(concept.name() + ": " + percent(concept.canonicalShare()) + " of " + (concept.canonicalTotal()
          + concept.competitorTotal()) + " references go to " + concept.canonical() + "\n");
      concept.description().ifPresent(d -> write(out, "  " + d + "\n"));
      write(out, "  canonical " + concept.canonical() + ": " + byModule(concept.canonicalReferences()) + "\n");
      for (SsotAudit.Implementation competitor : concept.competitors()) {
        write(out, "  competing " + competitor.className() + " (" + competitor.location() + "): "
            + byModule(competitor.references()) + "\n");
      }
    }
    if (!audit.clusters().isEmpty()) {
      out.write("\nLikely duplicates nobody registered:\n");
      for (SsotAudit.Cluster cluster : audit.clusters()) {
        out.write("  " + cluster.stem() + ": " + String.join(", ", cluster.members()) + " (" + cluster.evidence() + ")\n");
      }
    }
    if (!audit.history().isEmpty()) {
      out.write("\nCanonical share by commit:\n");
      for (SsotAudit.HistoryPoint point : audit.history()) {
        StringBuilder line = new StringBuilder("  " + point.commit() + " " + point.date());
        point.canonicalShare().forEach((name, share) -> line.append("  ").append(name).append(' ').append(percent(share)));
        out.write(line + "\n");
      }
    }
    out.flush();
  }

  public static void json(SsotAudit audit, Writer out) throws IOException {
    ObjectNode root = Json.object();
    ArrayNode concepts = root.putArray("concepts");
    for (SsotAudit.Concept concept : audit.concepts()) {
      ObjectNode node = concepts.addObject();
      node.put("name", concept.name());
      node.put("canonical", concept.canonical());
      concept.description().ifPresent(d -> node.put("description", d));
      node.put("canonicalShare", Math.round(concept.canonicalShare() * 10000) / 10000.0);
      counts(node.putObject("canonicalReferences"), concept.canonicalReferences());
      ArrayNode competitors = node.putArray("competitors");
      for (SsotAudit.Implementation competitor : concept.competitors()) {
        ObjectNode c = competitors.addObject();
        c.put("class", competitor.className());
        c.put("location", competitor.location());
        counts(c.putObject("references"), competitor.references());
      }
    }
    ArrayNode clusters = root.putArray("clusters");
    for (SsotAudit.Cluster cluster : audit.clusters()) {
      ObjectNode node = clusters.addObject();
      node.put("stem", cluster.stem());
      cluster.members().forEach(node.putArray("members")::add);
      node.put("evidence", cluster.evidence());
    }
    ArrayNode history = root.putArray("history");
    for (SsotAudit.HistoryPoint point : audit.history()) {
      ObjectNode node = history.addObject();
      node.put("commit", point.commit());
      node.put("date", point.date());
      ObjectNode shares = node.putObject("canonicalShare");
      point.canonicalShare().forEach((name, share) -> shares.put(name, Math.round(share * 10000) / 10000.0));
    }
    Json.write(root, out);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String byModule(Map<String, Integer> references) {
    if (references.isEmpty()) {
      return "no references";
    }
    StringBuilder text = new StringBuilder();
    references.forEach((module, count) -> text.append(text.isEmpty() ? "" : ", ").append(count).append(" in ")
        .append(module));
    return text.toString();
  }

  private static void counts(ObjectNode node, Map<String, Integer> counts) {
    counts.forEach(node::put);
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
