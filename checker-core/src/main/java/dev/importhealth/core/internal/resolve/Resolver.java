package dev.importhealth.core.internal.resolve;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.symbols.SymbolTable;
import dev.importhealth.core.semantics.FileSemantics;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.core.semantics.NameSimilarity;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.semantics.UnknownReason;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The resolver of one run: shared by all files and threads (its caches are thread-safe). Rules
 * see it through {@link FileSemantics}.
 */
public final class Resolver implements FileSemantics {

  private final TypeScopes scopes;
  private final Expressions expressions;

  public Resolver(SymbolTable table) {
    this.scopes = new TypeScopes(table);
    this.expressions = new Expressions(scopes);
  }

  @Override
  public Resolution<TypeSymbol> importedType(ImportDeclaration declaration) {
    return scopes.importedType(declaration);
  }

  @Override
  public Resolution<TypeSymbol> staticImportMember(ImportDeclaration declaration) {
    Resolution<TypeSymbol> holder = scopes.importedType(declaration);
    if (!declaration.isStatic() || declaration.isAsterisk() || !(holder instanceof Resolution.Found<TypeSymbol> found)) {
      return holder;
    }
    TypeSymbol type = found.value();
    String member = declaration.getName().getIdentifier();
    Resolution<Void> named = scopes.memberNamed(type, member);
    if (!(named instanceof Resolution.Missing<Void>)) {
      return named.isFound() ? holder : named.cast();
    }
    Hierarchy hierarchy = scopes.hierarchy();
    Set<String> candidates = new LinkedHashSet<>(hierarchy.memberNames(type, true));
    candidates.addAll(hierarchy.memberNames(type, false));
    candidates.addAll(type.memberTypes().keySet());
    return Resolution.missing(MissingKind.MEMBER,
        "type '" + TypeScopes.display(type) + "' has no static member '" + member + "'",
        NameSimilarity.rank(member, candidates));
  }

  @Override
  public Resolution<TypeSymbol> type(ClassOrInterfaceType type) {
    return scopes.resolveTypeNode(type);
  }

  @Override
  public Resolution<TypeSymbol> annotation(AnnotationExpr annotation) {
    List<String> parts = Arrays.asList(annotation.getNameAsString().split("\\."));
    return scopes.resolveQualifiable(parts, annotation);
  }

  @Override
  public Resolution<List<MethodSymbol>> annotationElement(AnnotationExpr annotation, String name) {
    Resolution<TypeSymbol> type = annotation(annotation);
    if (!(type instanceof Resolution.Found<TypeSymbol> found)) {
      return type instanceof Resolution.Unknown<TypeSymbol> ? type.cast() : Resolution.broken();
    }
    TypeSymbol annotationType = found.value();
    if (annotationType.kind() != TypeKind.ANNOTATION) {
      return Resolution.broken(); // not an annotation type: a different error
    }
    if (!annotationType.membersKnown()) {
      return Resolution.unknown(UnknownReason.GENERATED_MEMBERS, name);
    }
    // elements are the type's own methods; those of Annotation and Object are not elements
    List<MethodSymbol> elements = annotationType.methods().stream().filter(m -> m.name().equals(name)).toList();
    return elements.isEmpty()
        ? Resolution.missing(MissingKind.MEMBER,
            "annotation type '" + TypeScopes.display(annotationType) + "' has no element '" + name + "'",
            scopes.suggestions().methods(annotationType, name))
        : Resolution.found(elements);
  }

  @Override
  public Resolution<Meaning> meaning(Expression name) {
    return expressions.meaning(name);
  }

  @Override
  public Resolution<Meaning> enumCaseLabel(NameExpr label) {
    return expressions.enumCaseLabel(label);
  }

  @Override
  public Resolution<Meaning> referenceQualifier(MethodReferenceExpr reference) {
    return expressions.referenceQualifier(reference);
  }

  @Override
  public Resolution<List<MethodSymbol>> methodCall(MethodCallExpr call) {
    return expressions.methods().call(call);
  }

  @Override
  public Resolution<List<MethodSymbol>> methodReference(MethodReferenceExpr reference) {
    return expressions.methods().reference(reference);
  }

  @Override
  public Resolution<TypeSymbol> packageNameAsValue(String name) {
    List<String> parts = Arrays.asList(name.split("\\."));
    if (parts.size() == 1) {
      return Resolution.missing(MissingKind.TYPE, "no variable or type named '" + name + "' is in scope",
          scopes.suggestions().movedType(name));
    }
    return scopes.resolveCanonical(parts);
  }
}
