package dev.importhealth.rules;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.api.ProjectRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.model.SourceScope;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.ssot.CandidateClusters;
import dev.importhealth.rules.internal.ssot.Competitors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Classes that look like competing implementations of one role, found without any registry:
 * top-level concrete classes of the main sources whose names share a stem once words like
 * Unified, Legacy, Default or Impl are removed, none extending another, that share a role
 * interface or most of their public methods. One note per cluster, naming every member.
 */
@CheckerRule(
    id = "IH403",
    name = "duplicate-candidates",
    severity = Severity.NOTE,
    summary = "Classes that look like competing implementations of one role",
    help = "If they are, keep one: register it as canonical in the `ssot:` section of import-health.yaml so that "
        + "IH401 and IH402 list the others and their users; if they are not, switch IH403 off for the project.",
    tags = {"ssot"})
public final class DuplicateCandidates implements ProjectRule {

  @Override
  public void check(ProjectContext context) {
    List<TypeView> classes = new ArrayList<>();
    Map<String, FileRegion> declaredAt = new HashMap<>();
    for (FileContext file : context.files()) {
      if (file.file().scope() != SourceScope.MAIN) {
        continue; // test doubles and fixtures imitate production classes on purpose
      }
      for (TypeDeclaration<?> type : file.unit().getTypes()) {
        if (type instanceof ClassOrInterfaceDeclaration declaration && !declaration.isInterface()
            && !declaration.isAbstract()) {
          context.structures().declared(type).ifPresent(view -> {
            classes.add(view);
            declaredAt.put(view.binaryName(), file.region(type.getName()));
          });
        }
      }
    }
    Optional<Competitors> registry = context.files().stream().findFirst().map(Competitors::of);
    for (CandidateClusters.Cluster cluster : CandidateClusters.of(classes, context.structures())) {
      if (registry.isPresent() && cluster.members().stream().anyMatch(m -> isRegistered(m.type(), registry.get(), context))) {
        continue; // the registry already says which one to keep: IH401 and IH402 take it from there
      }
      List<String> names = cluster.members().stream().map(m -> m.type().binaryName().replace('$', '.')).sorted().toList();
      FileRegion first = cluster.members().stream().map(m -> m.type().binaryName()).sorted(Comparator.naturalOrder())
          .map(declaredAt::get).findFirst().orElseThrow();
      context.report(first, message(cluster, names), Severity.NOTE);
    }
  }

  private static String message(CandidateClusters.Cluster cluster, List<String> names) {
    String members = names.size() == 2 ? "'" + names.get(0) + "' and '" + names.get(1) + "'"
        : names.subList(0, names.size() - 1).stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
            + " and '" + names.get(names.size() - 1) + "'";
    List<String> evidence = new ArrayList<>();
    if (!cluster.sharedInterfaces().isEmpty()) {
      evidence.add("all implement " + cluster.sharedInterfaces().stream().map(i -> "'" + i.replace('$', '.') + "'")
          .collect(Collectors.joining(", ")));
    }
    if (!cluster.sharedMethods().isEmpty()) {
      evidence.add((evidence.isEmpty() ? "they share the public methods " : "share the public methods ")
          + String.join(", ", cluster.sharedMethods()));
    }
    if (evidence.isEmpty()) {
      evidence.add("each shares a role interface or most of its public methods with another of them");
    }
    return members + " look like competing implementations of one role ('" + cluster.stem() + "': "
        + String.join(" and ", evidence) + "). If one of them is the one to keep, register it: ssot: [{name: " + kebab(cluster.stem())
        + ", canonical: <the one to keep>, pattern: '.*" + cluster.stem() + ".*'}].";
  }

  private static boolean isRegistered(TypeView type, Competitors competitors, ProjectContext context) {
    String canonical = type.binaryName().replace('$', '.');
    return competitors.judge(type.binaryName()).isPresent() || context.config().ssot().stream()
        .anyMatch(concept -> concept.canonical().equals(canonical) || concept.allow().contains(canonical));
  }

  private static String kebab(String stem) {
    return stem.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
