package dev.importhealth.core.semantics;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeSymbol;
import java.util.List;

/**
 * What the names of one compilation unit refer to, answered by Java's scoping rules against the
 * whole project index. Answers are memoised, so rules may ask freely.
 */
public interface FileSemantics {

  /**
   * The type an import names (for a static import, the type holding the member; for an
   * on-demand import of a package, {@code Found} holds {@code null}).
   */
  Resolution<TypeSymbol> importedType(ImportDeclaration declaration);

  /** For a static import, whether the type has the named member; otherwise the type's answer. */
  Resolution<TypeSymbol> staticImportMember(ImportDeclaration declaration);

  /** A type written in code; only call it on the outermost type of a qualified chain. */
  Resolution<TypeSymbol> type(ClassOrInterfaceType type);

  Resolution<TypeSymbol> annotation(AnnotationExpr annotation);

  /**
   * The element {@code name} of the annotation's type ({@code @A(name = v)}, or {@code value} for
   * {@code @A(v)}): the annotation type's own methods of that name (JLS 9.6.1, 9.7.1).
   */
  Resolution<List<MethodSymbol>> annotationElement(AnnotationExpr annotation, String name);

  /** What a name (a {@link NameExpr} or a {@link FieldAccessExpr} chain) denotes. */
  Resolution<Meaning> meaning(Expression name);

  /**
   * A simple name in a {@code case} label: on a switch over a known enum, that enum's constant
   * (JLS 14.11.1); Unknown when the selector's type is not known to be an enum.
   */
  Resolution<Meaning> enumCaseLabel(NameExpr label);

  /**
   * What the qualifier of a method reference denotes. {@code list::add} and {@code Type::m} look
   * alike to a parser; Java reads the qualifier as a variable first, then a type.
   */
  Resolution<Meaning> referenceQualifier(MethodReferenceExpr reference);

  /** The methods a call may select: Missing when no method of that name or arity exists. */
  Resolution<List<MethodSymbol>> methodCall(MethodCallExpr call);

  /**
   * Explains a name Java reads as a package where a value or type is needed (for example the
   * {@code Foo} of {@code Foo.bar()} when nothing named {@code Foo} is in scope).
   */
  Resolution<TypeSymbol> packageNameAsValue(String name);

  /** The methods a method reference may select (any arity; {@code ::new} means constructors). */
  Resolution<List<MethodSymbol>> methodReference(MethodReferenceExpr reference);
}
