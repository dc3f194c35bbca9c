package dev.importhealth.core.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One self-contained HTML page: inline CSS and SVG charts, no scripts, no external assets, no
 * network; well-formed XML as well, so that any XML tool can read it; printable.
 */
public final class AuditHtml {

  private static final String[] COMPETITOR_COLOURS = {"#d9822b", "#c23030", "#8f398f", "#6b4a3a", "#a67908"};
  private static final String CANONICAL_COLOUR = "#0f9960";
  private static final int BAR_WIDTH = 600;

  private AuditHtml() {}

  public static void write(SsotAudit audit, String projectName, Writer out) throws IOException {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<title>SSOT audit: ").append(escape(projectName)).append("</title>\n")
        .append("<style>body{font-family:sans-serif;margin:2em;max-width:60em;color:#182026}")
        .append("table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccd;padding:.2em .6em;")
        .append("text-align:left}th{background:#f0f3f5}.num{text-align:right}.legend span{margin-right:1.2em}")
        .append("@media print{body{margin:0}section{page-break-inside:avoid}}</style>\n</head>\n<body>\n")
        .append("<h1>SSOT audit: ").append(escape(projectName)).append("</h1>\n");
    if (audit.concepts().isEmpty()) {
      html.append("<p>No concepts registered: add an <code>ssot:</code> section to import-health.yaml.</p>\n");
    }
    for (SsotAudit.Concept concept : audit.concepts()) {
      concept(html, concept);
    }
    if (!audit.history().isEmpty()) {
      history(html, audit.history());
    }
    html.append("<section>\n<h2>Likely duplicates nobody registered</h2>\n");
    if (audit.clusters().isEmpty()) {
      html.append("<p>None found.</p>\n");
    } else {
      html.append("<table>\n<tr><th>role</th><th>classes</th><th>why</th></tr>\n");
      for (SsotAudit.Cluster cluster : audit.clusters()) {
        html.append("<tr><td>").append(escape(cluster.stem())).append("</td><td>")
            .append(escape(String.join(", ", cluster.members()))).append("</td><td>").append(escape(cluster.evidence()))
            .append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("</section>\n</body>\n</html>\n");
    out.write(html.toString());
    out.flush();
  }

  private static void concept(StringBuilder html, SsotAudit.Concept concept) {
    int total = concept.canonicalTotal() + concept.competitorTotal();
    html.append("<section>\n<h2>").append(escape(concept.name())).append("</h2>\n");
    concept.description().ifPresent(d -> html.append("<p>").append(escape(d)).append("</p>\n"));
    html.append("<p><strong>").append(AuditWriters.percent(concept.canonicalShare())).append("</strong> of ")
        .append(total).append(" references go to the canonical <code>").append(escape(concept.canonical()))
        .append("</code>.</p>\n");
    // one stacked bar: the canonical class, then each competitor, as shares of all references
    html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(BAR_WIDTH).append("\" height=\"24\" role=\"img\">")
        .append("<title>").append(escape(concept.name())).append(": references by class</title>");
    double x = 0;
    x = segment(html, x, total == 0 ? 1 : (double) concept.canonicalTotal() / total, CANONICAL_COLOUR,
        concept.canonical() + ": " + concept.canonicalTotal());
    for (int i = 0; i < concept.competitors().size(); i++) {
      SsotAudit.Implementation competitor = concept.competitors().get(i);
      x = segment(html, x, total == 0 ? 0 : (double) competitor.total() / total,
          COMPETITOR_COLOURS[i % COMPETITOR_COLOURS.length], competitor.className() + ": " + competitor.total());
    }
    html.append("</svg>\n<p class=\"legend\"><span style=\"color:").append(CANONICAL_COLOUR).append("\">&#9632; canonical</span>");
    for (int i = 0; i < concept.competitors().size(); i++) {
      html.append("<span style=\"color:").append(COMPETITOR_COLOURS[i % COMPETITOR_COLOURS.length]).append("\">&#9632; ")
          .append(escape(simpleName(concept.competitors().get(i).className()))).append("</span>");
    }
    html.append("</p>\n");
    TreeSet<String> modules = new TreeSet<>(concept.canonicalReferences().keySet());
    concept.competitors().forEach(c -> modules.addAll(c.references().keySet()));
    html.append("<table>\n<tr><th>class</th><th>declared at</th>");
    modules.forEach(m -> html.append("<th class=\"num\">").append(escape(m)).append("</th>"));
    html.append("<th class=\"num\">total</th></tr>\n");
    row(html, concept.canonical() + " (canonical)", "", concept.canonicalReferences(), modules);
    for (SsotAudit.Implementation competitor : concept.competitors()) {
      row(html, competitor.className(), competitor.location(), competitor.references(), modules);
    }
    html.append("</table>\n</section>\n");
  }

  private static double segment(StringBuilder html, double x, double share, String colour, String label) {
    double width = share * BAR_WIDTH;
    if (width > 0) {
      html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"24\" fill=\"%s\">",
          x, width, colour)).append("<title>").append(escape(label)).append("</title></rect>");
    }
    return x + width;
  }

  private static void row(StringBuilder html, String name, String location, Map<String, Integer> references,
      TreeSet<String> modules) {
    html.append("<tr><td><code>").append(escape(name)).append("</code></td><td>").append(escape(location)).append("</td>");
    modules.forEach(m -> html.append("<td class=\"num\">").append(references.getOrDefault(m, 0)).append("</td>"));
    html.append("<td class=\"num\">").append(references.values().stream().mapToInt(Integer::intValue).sum())
        .append("</td></tr>\n");
  }

  /** A line per concept: its canonical share at each commit, oldest first. */
  private static void history(StringBuilder html, List<SsotAudit.HistoryPoint> points) {
    int width = 600;
    int height = 160;
    html.append("<section>\n<h2>Canonical share over the last ").append(points.size()).append(" commits</h2>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\"><title>canonical share by commit</title>")
        .append("<line x1=\"30\" y1=\"10\" x2=\"30\" y2=\"140\" stroke=\"#888\"/>")
        .append("<line x1=\"30\" y1=\"140\" x2=\"590\" y2=\"140\" stroke=\"#888\"/>")
        .append("<text x=\"0\" y=\"14\" font-size=\"10\">100%</text><text x=\"8\" y=\"140\" font-size=\"10\">0%</text>");
    TreeSet<String> names = new TreeSet<>();
    points.forEach(p -> names.addAll(p.canonicalShare().keySet()));
    int colour = 0;
    for (String name : names) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < points.size(); i++) {
        Double share = points.get(i).canonicalShare().get(name);
        if (share != null) {
          double x = 30 + (points.size() == 1 ? 280 : 560.0 * i / (points.size() - 1));
          double y = 140 - 130 * share;
          line.append(line.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
      }
      html.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
          .append(colour == 0 ? CANONICAL_COLOUR : COMPETITOR_COLOURS[(colour - 1) % COMPETITOR_COLOURS.length])
          .append("\" points=\"").append(line).append("\"><title>").append(escape(name)).append("</title></polyline>");
      colour++;
    }
    html.append("</svg>\n<table>\n<tr><th>commit</th><th>date</th>");
    names.forEach(n -> html.append("<th class=\"num\">").append(escape(n)).append("</th>"));
    html.append("</tr>\n");
    for (SsotAudit.HistoryPoint point : points) {
      html.append("<tr><td><code>").append(escape(point.commit())).append("</code></td><td>").append(escape(point.date()))
          .append("</td>");
      names.forEach(n -> html.append("<td class=\"num\">").append(point.canonicalShare().containsKey(n)
          ? AuditWriters.percent(point.canonicalShare().get(n)) : "").append("</td>"));
      html.append("</tr>\n");
    }
    html.append("</table>\n</section>\n");
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
