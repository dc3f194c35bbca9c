package dev.importhealth.rules.internal.migrations;

import com.github.javaparser.Range;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.config.Migration;
import dev.importhealth.core.config.RuleSetting;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The places of one file that use an old path of the {@code migrations:} registry (IH201): imports,
 * fully qualified names, static imports, and members used on a receiver whose type is known. The
 * IH1xx rules leave these places to IH201, which says where the path went.
 */
public final class MovedPaths {

  /** IH201's id: while it is on, it owns the places below. */
  public static final String RULE_ID = "IH201";

  /**
   * Kept on the parsed file itself: JavaParser nodes compare structurally, so no map could key
   * them safely, and the answer is gone with the run's trees. A file is checked by one thread at a
   * time, and IH203 asks only after every file rule is done.
   */
  private static final DataKey<List<Place>> FOUND = new DataKey<>() {};

  /** One use of an old path: the node, the registry entry, and the old and new path as written. */
  public record Place(Node node, Migration migration, String oldPath, String newPath) {}

  private MovedPaths() {}

  /**
   * The file's uses of old paths. IH201 asks for the files it reports on and IH203 for every file
   * of the project: the answer is kept per parsed file, so a whole-project check walks each once.
   */
  public static List<Place> find(FileContext context) {
    List<Migration> registry = context.config().migrations();
    if (registry.isEmpty()) {
      return List.of();
    }
    if (context.unit().containsData(FOUND)) {
      return context.unit().getData(FOUND);
    }
    List<Place> places = new ArrayList<>();
    for (ImportDeclaration imp : context.unit().getImports()) {
      placeAt(imp, registry, context).ifPresent(places::add);
    }
    context.unit().getTypes().forEach(declaration -> declaration.walk(Node.TreeTraversal.PREORDER,
        node -> placeAt(node, registry, context).ifPresent(places::add)));
    List<Place> found = List.copyOf(places);
    context.unit().setData(FOUND, found);
    return found;
  }

  /** The use of an old path that {@code node} itself is, if any. */
  private static Optional<Place> placeAt(Node node, List<Migration> registry, FileContext context) {
    if (node instanceof ImportDeclaration imp) {
      return inImport(imp, registry);
    }
    if (node instanceof ClassOrInterfaceType type && type.getScope().isEmpty()) {
      return SimpleTypeUses.at(type.getNameAsString(), node, registry, context);
    }
    if (node instanceof NameExpr name && SimpleTypeUses.isStaticAccessHead(name)) {
      return SimpleTypeUses.at(name.getNameAsString(), node, registry, context);
    }
    if (node instanceof AnnotationExpr annotation) {
      Name name = annotation.getName();
      return name.getQualifier().isEmpty() ? SimpleTypeUses.at(name.getIdentifier(), name, registry, context)
          : qualifiedName(name.asString(), name, registry);
    }
    if (node instanceof ClassOrInterfaceType type && isOutermost(type)) {
      return qualifiedName(type.asString().replaceAll("<.*", ""), node, registry);
    }
    if (node instanceof FieldAccessExpr access && isMaximal(access) && leftmostIsPackage(access, context)) {
      return qualifiedName(access.toString(), node, registry);
    }
    if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
      return MemberUses.at(call.getScope().get(), call.getNameAsString(), call.getName(), registry, context);
    }
    if (node instanceof FieldAccessExpr access && isMaximal(access)) {
      return MemberUses.at(access.getScope(), access.getNameAsString(), access, registry, context);
    }
    if (node instanceof MethodReferenceExpr reference) {
      return MemberUses.inReference(reference, registry, context);
    }
    return Optional.empty();
  }

  /**
   * Whether IH201 reports at {@code node} (or around it), so an IH1xx rule should stay silent
   * there. Only the node and its ancestors can be such a place: the file is not walked again for
   * every unresolved reference.
   */
  public static boolean covers(FileContext context, Node node) {
    RuleSetting setting = context.config().rules().get(RULE_ID);
    List<Migration> registry = context.config().migrations();
    if (registry.isEmpty() || (setting != null && setting.off()) || node.getRange().isEmpty()) {
      return false;
    }
    // a finding on Old.Inner is IH201's when its head Old is a moved type's simple name
    Node start = node;
    while (start instanceof ClassOrInterfaceType type && type.getScope().isPresent()) {
      start = type.getScope().get();
    }
    Range range = start.getRange().orElse(node.getRange().get());
    for (Node n = start; n != null; n = n.getParentNode().orElse(null)) {
      Optional<Place> place = placeAt(n, registry, context);
      if (place.isPresent() && place.get().node().getRange().filter(r -> r.contains(range)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The name an import will have once IH201 moved it; its own name when nothing moved. */
  static String newImportName(ImportDeclaration imp, List<Migration> registry) {
    return inImport(imp, registry).map(place -> place.migration().kind() == Migration.Kind.MEMBER ? place.newPath()
        : place.newPath() + imp.getNameAsString().substring(place.oldPath().length()))
        .orElse(imp.getNameAsString());
  }

  private static Optional<Place> inImport(ImportDeclaration imp, List<Migration> registry) {
    String name = imp.getNameAsString();
    if (imp.isStatic() && !imp.isAsterisk()) {
      int dot = name.lastIndexOf('.');
      String type = name.substring(0, dot);
      String member = name.substring(dot + 1);
      for (Migration migration : registry) {
        if (migration.coversMember(type, member)) {
          String to = migration.to();
          return Optional.of(new Place(imp.getName(), migration, name,
              Migration.owner(to) + "." + Migration.member(to)));
        }
      }
      return moved(type, registry).map(m -> new Place(imp.getName(), m, type,
          m.movedName(type).orElseThrow()));
    }
    return moved(name, registry).map(m -> new Place(imp.getName(), m, name, m.movedName(name).orElseThrow()));
  }

  /** A written qualified name starting with a package: the longest registered prefix of it. */
  private static Optional<Place> qualifiedName(String written, Node node, List<Migration> registry) {
    if (!written.contains(".") || Character.isUpperCase(written.charAt(0))) {
      return Optional.empty(); // a simple name or Outer.Inner: its import is the place
    }
    for (String prefix = written; prefix.contains("."); prefix = prefix.substring(0, prefix.lastIndexOf('.'))) {
      String candidate = prefix;
      Optional<Migration> migration = moved(candidate, registry);
      if (migration.isPresent()) {
        return Optional.of(new Place(node, migration.get(), candidate, migration.get().movedName(candidate).orElseThrow()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Migration> moved(String qualifiedName, List<Migration> registry) {
    return registry.stream().filter(m -> m.movedName(qualifiedName).isPresent()).findFirst();
  }

  static boolean isOutermost(ClassOrInterfaceType type) {
    Node parent = type.getParentNode().orElse(null);
    return !(parent instanceof ClassOrInterfaceType outer && outer.getScope().filter(s -> s == type).isPresent());
  }

  private static boolean isMaximal(FieldAccessExpr access) {
    return !(access.getParentNode().orElse(null) instanceof FieldAccessExpr parent && parent.getScope() == access);
  }

  /** {@code com.a.Old.X}: the head is no variable or type in scope, so Java reads it as a package. */
  private static boolean leftmostIsPackage(FieldAccessExpr access, FileContext context) {
    Expression head = access;
    while (head instanceof FieldAccessExpr f) {
      head = f.getScope();
    }
    if (!(head instanceof NameExpr name)) {
      return false;
    }
    // unknown when an on-demand import of an unknown package might declare a type of that name;
    // a registered path spelled out in full is then still the likeliest reading by far
    Resolution<Meaning> meaning = context.semantics().meaning(name);
    return meaning instanceof Resolution.Found<Meaning> found ? found.value() instanceof Meaning.PackageName
        : !(meaning instanceof Resolution.Broken<Meaning>);
  }
}
