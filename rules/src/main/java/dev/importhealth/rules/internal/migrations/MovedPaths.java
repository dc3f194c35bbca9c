package dev.importhealth.rules.internal.migrations;

import com.github.javaparser.Range;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.config.Migration;
import dev.importhealth.core.config.RuleSetting;
import dev.importhealth.core.index.TypeSymbol;
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

  /** One use of an old path: the node, the registry entry, and the old and new path as written. */
  public record Place(Node node, Migration migration, String oldPath, String newPath) {}

  private MovedPaths() {}

  public static List<Place> find(FileContext context) {
    List<Migration> registry = context.config().migrations();
    List<Place> places = new ArrayList<>();
    if (registry.isEmpty()) {
      return places;
    }
    for (ImportDeclaration imp : context.unit().getImports()) {
      placeAt(imp, registry, context).ifPresent(places::add);
    }
    context.unit().getTypes().forEach(declaration -> declaration.walk(Node.TreeTraversal.PREORDER,
        node -> placeAt(node, registry, context).ifPresent(places::add)));
    return places;
  }

  /** The use of an old path that {@code node} itself is, if any. */
  private static Optional<Place> placeAt(Node node, List<Migration> registry, FileContext context) {
    if (node instanceof ImportDeclaration imp) {
      return inImport(imp, registry);
    }
    if (node instanceof ClassOrInterfaceType type && type.getScope().isEmpty()) {
      return simpleName(type.getNameAsString(), node, registry, context);
    }
    if (node instanceof NameExpr name && isStaticAccessHead(name)) {
      return simpleName(name.getNameAsString(), node, registry, context);
    }
    if (node instanceof ClassOrInterfaceType type && isOutermost(type)) {
      return qualifiedName(type.asString().replaceAll("<.*", ""), node, registry);
    }
    if (node instanceof FieldAccessExpr access && isMaximal(access) && leftmostIsPackage(access, context)) {
      return qualifiedName(access.toString(), node, registry);
    }
    if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
      return member(call.getScope().get(), call.getNameAsString(), call.getName(), registry, context);
    }
    if (node instanceof FieldAccessExpr access && isMaximal(access)) {
      return member(access.getScope(), access.getNameAsString(), access, registry, context);
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

  /**
   * A type used by its simple name through the file's package or an on-demand import, where the
   * registry moved that package's type of this name: {@code Emitter} in {@code com.a}, after
   * {@code com.a.Emitter} moved. A single-type import of the name, or a type the file declares,
   * decides instead; so does what the index finds the name to mean, when it finds anything.
   */
  private static Optional<Place> simpleName(String simple, Node node, List<Migration> registry, FileContext context) {
    if (registry.stream().noneMatch(m -> m.kind() == Migration.Kind.TYPE)
        || context.unit().getImports().stream().anyMatch(i -> !i.isStatic() && !i.isAsterisk()
            && i.getName().getIdentifier().equals(simple))
        || context.unit().findAll(TypeDeclaration.class).stream().anyMatch(t -> t.getNameAsString().equals(simple))) {
      return Optional.empty();
    }
    List<String> packages = new ArrayList<>();
    packages.add(context.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse(""));
    context.unit().getImports().stream().filter(i -> !i.isStatic() && i.isAsterisk())
        .forEach(i -> packages.add(i.getNameAsString()));
    List<Place> places = new ArrayList<>();
    for (String pkg : packages) {
      String old = pkg.isEmpty() ? simple : pkg + "." + simple;
      registry.stream().filter(m -> m.kind() == Migration.Kind.TYPE && m.from().equals(old)).findFirst()
          .ifPresent(m -> places.add(new Place(node, m, old, m.to())));
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
      if (!isOutermost(type)) {
        return mayMean(context, type.getParentNode().orElseThrow(), oldType);
      }
      answer = context.semantics().type(type);
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
  private static boolean isStaticAccessHead(NameExpr name) {
    Node parent = name.getParentNode().orElse(null);
    return parent instanceof MethodCallExpr call && call.getScope().filter(s -> s == name).isPresent()
        || parent instanceof FieldAccessExpr access && access.getScope() == name;
  }

  /** A member used on a receiver whose type the index resolves, when the registry names it. */
  private static Optional<Place> member(Expression scope, String member, Node node, List<Migration> registry,
      FileContext context) {
    if (registry.stream().noneMatch(m -> m.kind() == Migration.Kind.MEMBER)
        || !(scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
      return Optional.empty();
    }
    Resolution<Meaning> meaning = context.semantics().meaning(scope);
    if (!(meaning instanceof Resolution.Found<Meaning> found)) {
      return Optional.empty();
    }
    String type;
    if (found.value() instanceof Meaning.TypeName name) {
      type = name.type().binaryName().replace('$', '.');
    } else if (found.value() instanceof Meaning.Value value && value.type().isPresent()
        && !value.type().get().isArray()) {
      type = value.type().get().type().binaryName().replace('$', '.');
    } else {
      return Optional.empty();
    }
    for (Migration migration : registry) {
      if (migration.coversMember(type, member)) {
        return Optional.of(new Place(node, migration, migration.from(), migration.to()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Migration> moved(String qualifiedName, List<Migration> registry) {
    return registry.stream().filter(m -> m.movedName(qualifiedName).isPresent()).findFirst();
  }

  private static boolean isOutermost(ClassOrInterfaceType type) {
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
