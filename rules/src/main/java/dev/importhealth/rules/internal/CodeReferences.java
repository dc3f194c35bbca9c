package dev.importhealth.rules.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.FileSemantics;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.core.semantics.Resolution;
import java.util.function.BiConsumer;

/**
 * The places in code that name a type or a variable, each resolved once. IH102, IH103 and
 * IH105 share this walk and each reports the kind of missing thing it owns, so a broken name is
 * reported exactly once, by exactly one rule.
 */
public final class CodeReferences {

  private CodeReferences() {}

  /** Every written type: outermost class types, annotations, and expression names. */
  public static void forEachType(CompilationUnit unit, FileSemantics semantics, BiConsumer<Node, Resolution<?>> sink) {
    // imports and the package declaration are names, not code: the import rules own them
    unit.getTypes().forEach(declaration -> declaration.walk(Node.TreeTraversal.PREORDER, node -> {
      if (node instanceof ClassOrInterfaceType type && isOutermost(type)) {
        MethodReferenceExpr reference = referenceQualifiedBy(type);
        if (reference != null) {
          sink.accept(type, asReceiver(semantics.referenceQualifier(reference), semantics));
        } else {
          sink.accept(type, semantics.type(type));
        }
      } else if (node instanceof AnnotationExpr annotation) {
        sink.accept(annotation.getName(), semantics.annotation(annotation));
      }
    }));
    forEachName(unit, semantics, sink);
  }

  /**
   * Every maximal expression name ({@code a}, {@code a.b.c}), resolved the way its position
   * demands: a name Java reads as a package is an error where a value or receiver is needed.
   */
  public static void forEachName(CompilationUnit unit, FileSemantics semantics, BiConsumer<Node, Resolution<?>> sink) {
    unit.getTypes().forEach(declaration -> declaration.walk(Expression.class, expression -> {
      if (!(expression instanceof NameExpr || expression instanceof FieldAccessExpr) || !isMaximalName(expression)) {
        return;
      }
      if (!isSwitchLabel(expression)) {
        sink.accept(expression, nameResolution(expression, semantics));
      } else if (expression instanceof NameExpr label) {
        // enum constants in case labels are names of the switched enum, not of the scope;
        // labels of other switches (constant expressions) are not checked
        Resolution<Meaning> constant = semantics.enumCaseLabel(label);
        if (!(constant instanceof Resolution.Unknown<Meaning>)) {
          sink.accept(expression, constant);
        }
      }
    }));
  }

  private static Resolution<?> nameResolution(Expression name, FileSemantics semantics) {
    Resolution<Meaning> meaning = semantics.meaning(name);
    if (!isReceiver(name)
        && meaning instanceof Resolution.Found<Meaning> found && found.value() instanceof Meaning.PackageName pkg) {
      if (name instanceof NameExpr) {
        return Resolution.missing(MissingKind.MEMBER,
            "no variable or field named '" + pkg.name() + "' is in scope", java.util.List.of());
      }
      // A qualified name used as a value, Q.f, needs Q to be a variable or a type, never a
      // package (JLS 6.5.6.2): explain Q as a receiver, so `address.city` with no `address` in
      // scope is reported rather than read as a class `city` in an unknown package `address`.
      String qualifier = pkg.name().substring(0, pkg.name().lastIndexOf('.'));
      return asReceiver(Resolution.found(new Meaning.PackageName(qualifier)), semantics);
    }
    return asReceiver(meaning, semantics);
  }

  /** A name Java reads as a package cannot be a receiver or value: explain what is missing. */
  private static Resolution<?> asReceiver(Resolution<Meaning> meaning, FileSemantics semantics) {
    if (!(meaning instanceof Resolution.Found<Meaning> found) || !(found.value() instanceof Meaning.PackageName pkg)) {
      return meaning;
    }
    if (Character.isUpperCase(pkg.name().charAt(0))) {
      // an upper-case head that is neither a variable nor a type: javac's "cannot find symbol"
      return semantics.packageNameAsValue(pkg.name().split("\\.")[0]);
    }
    Resolution<TypeSymbol> explained = semantics.packageNameAsValue(pkg.name());
    return explained.isFound() ? Resolution.broken() : explained;
  }

  /** The method reference whose qualifier is this bare (non-generic) type, if any. */
  private static MethodReferenceExpr referenceQualifiedBy(ClassOrInterfaceType type) {
    if (type.getTypeArguments().isPresent()
        || !(type.getParentNode().orElse(null) instanceof com.github.javaparser.ast.expr.TypeExpr typeExpr)) {
      return null;
    }
    return typeExpr.getParentNode().orElse(null) instanceof MethodReferenceExpr reference
        && reference.getScope() == typeExpr ? reference : null;
  }

  private static boolean isOutermost(ClassOrInterfaceType type) {
    Node parent = type.getParentNode().orElse(null);
    if (parent instanceof ClassOrInterfaceType outer && outer.getScope().filter(s -> s == type).isPresent()) {
      return false;
    }
    // `outer.new Inner()` names Inner relative to outer's type, which needs inference
    return !(parent instanceof ObjectCreationExpr creation && creation.getScope().isPresent());
  }

  private static boolean isMaximalName(Expression expression) {
    Node parent = expression.getParentNode().orElse(null);
    return !(parent instanceof FieldAccessExpr access && access.getScope() == expression);
  }

  private static boolean isReceiver(Expression expression) {
    Node parent = expression.getParentNode().orElse(null);
    return (parent instanceof MethodCallExpr call && call.getScope().filter(s -> s == expression).isPresent())
        || (parent instanceof MethodReferenceExpr reference && reference.getScope() == expression);
  }

  private static boolean isSwitchLabel(Expression expression) {
    return expression.getParentNode().orElse(null) instanceof SwitchEntry entry
        && entry.getLabels().stream().anyMatch(label -> label == expression);
  }
}
