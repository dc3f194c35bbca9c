package dev.importhealth.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.structure.Deprecation;
import dev.importhealth.rules.internal.DeprecationNotes;
import dev.importhealth.rules.internal.Deprecations;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A use, in another compilation unit, of a type, method, constructor, field or enum constant that
 * the project's own sources mark deprecated, where javac would warn: not inside deprecated code
 * (unless the use is of something deprecated for removal), not under a matching
 * {@code @SuppressWarnings}, and not in an import.
 */
@CheckerRule(
    id = "IH202",
    name = "deprecated-api",
    severity = Severity.WARNING,
    summary = "Use of a project type or member marked @Deprecated",
    help = "Use the replacement the message names (from the declaration's Javadoc @deprecated tag), or "
        + "remove the use; an error means the declaration is deprecated for removal.",
    tags = {"migrations"})
public final class DeprecatedApi implements FileRule {

  @Override
  public void check(FileContext context) {
    Set<String> names = context.structures().deprecatedNames();
    if (!names.isEmpty()) {
      context.unit().getTypes().forEach(type -> type.walk(Node.TreeTraversal.PREORDER, node -> {
        // only a place that writes the name of something deprecated is worth resolving
        if (Deprecations.writtenNames(node).anyMatch(names::contains)) {
          checkNode(node, context);
        }
      }));
    }
  }

  private static void checkNode(Node node, FileContext context) {
    var semantics = context.semantics();
    var structures = context.structures();
    if (node instanceof ClassOrInterfaceType type && isOutermost(type)) {
      Resolution<?> resolved = type.getParentNode().orElse(null) instanceof TypeExpr t
          && t.getParentNode().orElse(null) instanceof MethodReferenceExpr reference
          && type.getTypeArguments().isEmpty()
          ? semantics.referenceQualifier(reference) : semantics.type(type);
      Node declaration = declarationOf(resolved, context);
      // Outer.Inner names Outer too: walk the written qualifiers up the declaring types
      for (Node written = type; declaration != null; declaration = declaration.getParentNode().orElse(null)) {
        report(context, written, List.of(declaration));
        if (!(written instanceof ClassOrInterfaceType t && t.getScope().isPresent())
            || !(declaration.getParentNode().orElse(null) instanceof TypeDeclaration<?> outer)
            || !outer.getNameAsString().equals(t.getScope().get().getNameAsString())) {
          break;
        }
        written = t.getScope().get();
      }
    } else if (node instanceof AnnotationExpr annotation) {
      report(context, annotation, declarations(declarationOf(semantics.annotation(annotation), context)));
    } else if ((node instanceof NameExpr || node instanceof FieldAccessExpr) && !Deprecations.isCaseLabel(node)) {
      Resolution<Meaning> meaning = semantics.meaning((Expression) node);
      Node declaration = declarationOf(meaning, context);
      if (declaration == null && meaning.valueOrNull() instanceof Meaning.Value value && value.field().isPresent()) {
        declaration = structures.declaration(value.field().get()).orElse(null);
      }
      report(context, node, declarations(declaration));
    } else if (node instanceof MethodCallExpr call) {
      methods(semantics.methodCall(call), context).ifPresent(m -> report(context, call.getName(), m));
    } else if (node instanceof MethodReferenceExpr reference && !reference.getIdentifier().equals("new")) {
      methods(semantics.methodReference(reference), context).ifPresent(m -> report(context, reference, m));
    } else if (node instanceof ObjectCreationExpr creation && creation.getScope().isEmpty()) {
      constructors(semantics.type(creation.getType()), creation.getArguments().size(), context)
          .ifPresent(m -> report(context, creation, m));
    } else if (node instanceof ExplicitConstructorInvocationStmt call && !call.isThis()
        && call.getExpression().isEmpty()) {
      call.findAncestor(ClassOrInterfaceDeclaration.class).filter(c -> c.getExtendedTypes().size() == 1)
          .flatMap(c -> constructors(semantics.type(c.getExtendedTypes().get(0)), call.getArguments().size(), context))
          .ifPresent(m -> report(context, call, m));
    }
  }

  /** The source declaration of a type a resolution found, a type name included. */
  private static Node declarationOf(Resolution<?> resolution, FileContext context) {
    Object value = resolution.valueOrNull();
    TypeSymbol type = value instanceof TypeSymbol t ? t : value instanceof Meaning.TypeName n ? n.type() : null;
    // a type its file does not mark (nor the types around it) cannot be deprecated: no need of its declaration
    return type == null || !context.structures().mayBeDeprecated(type) ? null
        : context.structures().declaration(type).orElse(null);
  }

  private static List<Node> declarations(Node declaration) {
    return declaration == null ? List.of() : List.of(declaration);
  }

  /** The declarations of the methods a call may select; empty unless every one is known. */
  private static Optional<List<Node>> methods(Resolution<List<MethodSymbol>> selected, FileContext context) {
    if (!(selected instanceof Resolution.Found<List<MethodSymbol>> found) || found.value().isEmpty()
        || !found.value().stream().allMatch(context.structures()::mayBeDeprecated)) {
      // every method the use may mean must be deprecated; one that cannot be settles it unparsed
      return Optional.empty();
    }
    List<Optional<Node>> nodes = found.value().stream().map(m -> context.structures().declaration(m)).toList();
    return nodes.stream().allMatch(Optional::isPresent) ? Optional.of(nodes.stream().map(Optional::get).toList())
        : Optional.empty();
  }

  /** The constructors a creation with that many arguments may select, when the type's are all known. */
  private static Optional<List<Node>> constructors(Resolution<TypeSymbol> type, int arguments, FileContext context) {
    if (!(type instanceof Resolution.Found<TypeSymbol> found) || !found.value().membersKnown()) {
      return Optional.empty();
    }
    return methods(Resolution.found(found.value().methods().stream()
        .filter(m -> m.name().equals(MethodSymbol.CONSTRUCTOR) && m.acceptsArguments(arguments)).toList()), context);
  }

  /** Reports when every declaration the use may mean is deprecated and declared in another file. */
  private static void report(FileContext context, Node use, List<Node> declarations) {
    if (declarations.isEmpty()) {
      return;
    }
    List<Deprecation> marks = declarations.stream()
        .map(d -> context.structures().deprecation(d)
            .filter(x -> d.findCompilationUnit().orElse(null) != context.unit()))
        .flatMap(Optional::stream).toList();
    boolean forRemoval = marks.stream().allMatch(Deprecation::forRemoval);
    if (marks.size() != declarations.size() || Deprecations.silenced(use, forRemoval)) {
      return;
    }
    Node first = declarations.get(0);
    // overloads the call may select are named without parameters; overrides of one method with them
    boolean oneShape =
        declarations.stream().map(d -> Deprecations.name(d, true).replaceAll(".*#", "")).distinct().count() == 1;
    String name = Deprecations.name(first, oneShape);
    if (Deprecations.movedByRegistry(context, name)) {
      return; // IH201 says where it went
    }
    List<Optional<String>> replacements = java.util.stream.IntStream.range(0, marks.size()).mapToObj(i -> marks.get(i)
        .comment().flatMap(c -> DeprecationNotes.replacement(c, declarations.get(i), context.structures()))).toList();
    Optional<String> replacement =
        replacements.stream().distinct().count() == 1 ? replacements.get(0) : Optional.empty();
    Optional<String> reason = replacement.isPresent() || marks.size() > 1 ? Optional.empty()
        : marks.get(0).comment().flatMap(DeprecationNotes::reason);
    String message = "'" + name + "' is deprecated" + (forRemoval ? " for removal" : "")
        + replacement.map(r -> "; use '" + r + "' instead").orElse("")
        + reason.map(r -> " (" + r + ")").orElse("") + ".";
    context.report(use, message, replacement.stream().toList(), forRemoval ? Severity.ERROR : Severity.WARNING);
  }

  private static boolean isOutermost(ClassOrInterfaceType type) {
    Node parent = type.getParentNode().orElse(null);
    return !(parent instanceof ClassOrInterfaceType outer && outer.getScope().filter(s -> s == type).isPresent())
        && !(parent instanceof ObjectCreationExpr creation && creation.getScope().isPresent());
  }
}
