package dev.importhealth.rules.internal.migrations;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.config.Migration;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Registered types used by their simple name, without a single-type import that names them. */
final class SimpleTypeUses {

  private SimpleTypeUses() {}

  /**
   * A type used by its simple name through the file's package or an on-demand import, where the
   * registry moved that package's type of this name: {@code Emitter} in {@code com.a}, after
   * {@code com.a.Emitter} moved. A single-type import of the name, or a type the file declares,
   * decides instead; so does what the index finds the name to mean, when it finds anything.
   */
  static Optional<MovedPaths.Place> at(String simple, Node node, List<Migration> registry, FileContext context) {
    // cheap test first: this runs for every simple type name of every file
    if (registry.stream().noneMatch(m -> m.kind() == Migration.Kind.TYPE
            && (m.from().equals(simple) || m.from().endsWith("." + simple)))
        || context.unit().getImports().stream().anyMatch(i -> !i.isStatic() && !i.isAsterisk()
            && i.getName().getIdentifier().equals(simple))
        || context.unit().findAll(TypeDeclaration.class).stream().anyMatch(t -> t.getNameAsString().equals(simple))) {
      return Optional.empty();
    }
    List<String> packages = new ArrayList<>();
    packages.add(context.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse(""));
    context.unit().getImports().stream().filter(i -> !i.isStatic() && i.isAsterisk())
        .forEach(i -> packages.add(i.getNameAsString()));
    List<MovedPaths.Place> places = new ArrayList<>();
    for (String pkg : packages) {
      String old = pkg.isEmpty() ? simple : pkg + "." + simple;
      registry.stream().filter(m -> m.kind() == Migration.Kind.TYPE && m.from().equals(old)).findFirst()
          .ifPresent(m -> places.add(new MovedPaths.Place(node, m, old, m.to())));
    }
    if (places.size() != 1 || !mayMean(context, node, places.get(0).oldPath())) {
      return Optional.empty();
    }
    return Optional.of(places.get(0));
  }

  /** Whether the index's answer for the name leaves room for the old type: it or nothing found. */
  private static boolean mayMean(FileContext context, Node node, String oldType) {
    Resolution<?> answer;
    if (node instanceof ClassOrInterfaceType type) {
      if (!MovedPaths.isOutermost(type)) {
        return mayMean(context, type.getParentNode().orElseThrow(), oldType);
      }
      answer = context.semantics().type(type);
    } else if (node instanceof Name name && name.getParentNode().orElse(null) instanceof AnnotationExpr annotation) {
      answer = context.semantics().annotation(annotation);
    } else {
      answer = context.semantics().meaning((NameExpr) node);
    }
    if (answer instanceof Resolution.Found<?> found) {
      if (found.value() instanceof Meaning.PackageName) {
        return true; // no variable or type of that name in scope: Java falls back to reading a package
      }
      String binary = found.value() instanceof TypeSymbol symbol ? symbol.binaryName()
          : found.value() instanceof Meaning.TypeName name ? name.type().binaryName() : null;
      String canonical = binary == null ? null : binary.replace('$', '.');
      return canonical != null && (canonical.equals(oldType) || canonical.startsWith(oldType + "."));
    }
    return answer instanceof Resolution.Missing<?> || answer instanceof Resolution.Broken<?>;
  }

  /** {@code Old} of {@code Old.create()} or {@code Old.CONSTANT}. */
  static boolean isStaticAccessHead(NameExpr name) {
    Node parent = name.getParentNode().orElse(null);
    return parent instanceof MethodCallExpr call && call.getScope().filter(s -> s == name).isPresent()
        || parent instanceof FieldAccessExpr access && access.getScope() == name;
  }
}
