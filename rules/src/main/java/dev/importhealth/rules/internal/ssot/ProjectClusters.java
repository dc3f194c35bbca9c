package dev.importhealth.rules.internal.ssot;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.model.SourceScope;
import dev.importhealth.core.structure.TypeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The clusters of likely duplicates in a project that the {@code ssot:} registry does not cover
 * yet (IH403 and the SSOT audit): top-level concrete classes of the main sources only, since test
 * doubles and fixtures imitate production classes on purpose.
 */
public final class ProjectClusters {

  /** A cluster, its members' names sorted, and where the first of them is declared. */
  public record Located(CandidateClusters.Cluster cluster, List<String> names, FileRegion at) {}

  private ProjectClusters() {}

  public static List<Located> unregistered(ProjectContext context) {
    List<TypeView> classes = new ArrayList<>();
    Map<String, FileRegion> declaredAt = new HashMap<>();
    for (FileContext file : context.files()) {
      if (file.file().scope() != SourceScope.MAIN) {
        continue;
      }
      for (TypeDeclaration<?> type : file.unit().getTypes()) {
        if (type instanceof ClassOrInterfaceDeclaration declaration && !declaration.isInterface()
            && !declaration.isAbstract()) {
          context.structures().declared(type).ifPresent(view -> {
            classes.add(view);
            declaredAt.put(view.binaryName().replace('$', '.'), file.region(type.getName()));
          });
        }
      }
    }
    Competitors registry = Competitors.of(context);
    List<Located> found = new ArrayList<>();
    for (CandidateClusters.Cluster cluster : CandidateClusters.of(classes, context.structures())) {
      if (cluster.members().stream().anyMatch(m -> isRegistered(m.type(), registry, context))) {
        continue; // the registry already says which one to keep: IH401 and IH402 take it from there
      }
      List<String> names = cluster.members().stream().map(m -> m.type().binaryName().replace('$', '.')).sorted().toList();
      found.add(new Located(cluster, names, declaredAt.get(names.get(0))));
    }
    return found;
  }

  /** What the members share, as a phrase: "all implement 'a.B' and share the public methods x, y". */
  public static String evidence(CandidateClusters.Cluster cluster) {
    List<String> evidence = new ArrayList<>();
    if (!cluster.sharedInterfaces().isEmpty()) {
      evidence.add("all implement " + cluster.sharedInterfaces().stream().map(i -> "'" + i.replace('$', '.') + "'")
          .collect(Collectors.joining(", ")));
    }
    if (!cluster.sharedMethods().isEmpty()) {
      evidence.add((evidence.isEmpty() ? "they share the public methods " : "share the public methods ")
          + String.join(", ", cluster.sharedMethods()));
    }
    return evidence.isEmpty() ? "each shares a role interface or most of its public methods with another of them"
        : String.join(" and ", evidence);
  }

  private static boolean isRegistered(TypeView type, Competitors competitors, ProjectContext context) {
    String canonical = type.binaryName().replace('$', '.');
    return competitors.judge(type.binaryName()).isPresent() || context.config().ssot().stream()
        .anyMatch(concept -> concept.canonical().equals(canonical) || concept.allow().contains(canonical));
  }
}
