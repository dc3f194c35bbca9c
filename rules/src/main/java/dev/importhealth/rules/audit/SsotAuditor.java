package dev.importhealth.rules.audit;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.audit.SsotAudit;
import dev.importhealth.core.config.SsotConcept;
import dev.importhealth.rules.internal.ssot.Competitors;
import dev.importhealth.rules.internal.ssot.ProjectClusters;
import dev.importhealth.rules.internal.ssot.TypeUses;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes where each registered consolidation stands, with the same judgement as IH401 (which
 * classes compete), IH402 (which places use a class, from another file) and IH403 (which clusters
 * nobody registered): the numbers the {@code ssot report} command draws.
 */
public final class SsotAuditor {

  private SsotAuditor() {}

  public static SsotAudit audit(ProjectContext context) {
    List<SsotConcept> registry = context.config().ssot();
    Map<String, Map<String, Integer>> canonicalUses = new LinkedHashMap<>();
    Map<String, Map<String, String>> competitorsByConcept = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> competitorUses = new TreeMap<>();
    registry.forEach(concept -> {
      canonicalUses.put(concept.name(), new TreeMap<>());
      competitorsByConcept.put(concept.name(), new TreeMap<>());
    });
    Competitors competitors = Competitors.of(context);
    for (FileContext file : context.files()) {
      String module = moduleName(context, file);
      declaredCompetitors(context, file, competitors, competitorsByConcept);
      TypeUses.forEach(file, (node, type) -> {
        String name = type.binaryName().replace('$', '.');
        for (SsotConcept concept : registry) {
          if (concept.canonical().equals(name)) {
            canonicalUses.get(concept.name()).merge(module, 1, Integer::sum);
          }
        }
        competitors.judge(type.binaryName())
            .ifPresent(verdict -> competitorUses.computeIfAbsent(name, n -> new TreeMap<>()).merge(module, 1, Integer::sum));
      });
    }
    List<SsotAudit.Concept> concepts = new ArrayList<>();
    for (SsotConcept concept : registry) {
      List<SsotAudit.Implementation> implementations = new ArrayList<>();
      competitorsByConcept.get(concept.name()).forEach((name, location) -> implementations.add(
          new SsotAudit.Implementation(name, location, competitorUses.getOrDefault(name, Map.of()))));
      concepts.add(new SsotAudit.Concept(concept.name(), concept.canonical(), concept.description(),
          canonicalUses.get(concept.name()), implementations));
    }
    List<SsotAudit.Cluster> clusters = ProjectClusters.unregistered(context).stream()
        .map(found -> new SsotAudit.Cluster(found.cluster().stem(), found.names(), ProjectClusters.evidence(found.cluster())))
        .toList();
    return new SsotAudit(concepts, clusters, List.of());
  }

  /** The competitors the file declares, by concept, with where they are declared. */
  private static void declaredCompetitors(ProjectContext context, FileContext file, Competitors judge,
      Map<String, Map<String, String>> byConcept) {
    for (TypeDeclaration<?> type : file.unit().findAll(TypeDeclaration.class)) {
      context.structures().declared(type).ifPresent(view -> judge.judge(view.binaryName()).ifPresent(verdict -> {
        Path relative = context.project().root().relativize(file.file().path());
        byConcept.get(verdict.concept().name()).put(view.binaryName().replace('$', '.'),
            relative.toString().replace('\\', '/') + ":" + file.region(type.getName()).startLine());
      }));
    }
  }

  /** The module's name; a single-module project's is its directory's. */
  private static String moduleName(ProjectContext context, FileContext file) {
    String module = file.file().module();
    if (!module.equals(".")) {
      return module;
    }
    Path name = context.project().root().getFileName();
    return name == null ? "." : name.toString();
  }
}
