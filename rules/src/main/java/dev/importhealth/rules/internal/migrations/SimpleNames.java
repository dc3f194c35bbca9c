package dev.importhealth.rules.internal.migrations;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.TextEdit;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a simple name means across one file, for renames that must touch every use of a type or
 * statically imported method and nothing else.
 */
final class SimpleNames {

  private SimpleNames() {}

  /**
   * Whether {@code simple} can name {@code canonical} in this file: nothing the file declares,
   * imports or already uses by that name means anything else than it or {@code replaced}, the
   * old type whose uses are moving to it (uses that find no type at all are the old type's too).
   */
  static boolean isFree(FileContext context, String simple, String canonical, String replaced) {
    if (declaresType(context, simple)) {
      return false;
    }
    for (ImportDeclaration imp : context.unit().getImports()) {
      if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(simple)
          && !imp.getNameAsString().equals(canonical)) {
        return false;
      }
    }
    for (ClassOrInterfaceType type : context.unit().findAll(ClassOrInterfaceType.class)) {
      if (type.getScope().isEmpty() && type.getNameAsString().equals(simple)
          && !denotes(context, type, canonical) && !denotes(context, type, replaced)) {
        return false;
      }
    }
    for (NameExpr name : context.unit().findAll(NameExpr.class)) {
      if (name.getNameAsString().equals(simple) && !meansOneOf(context.semantics().meaning(name), canonical, replaced)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every use, by simple name, of the type a single-type import of {@code simple} brings in; empty
   * when the file declares a type or type variable of that name, which a use might mean instead.
   */
  static Optional<List<Node>> usesOfImported(FileContext context, String simple) {
    if (declaresType(context, simple)) {
      return Optional.empty();
    }
    List<Node> uses = new ArrayList<>();
    for (ClassOrInterfaceType type : context.unit().findAll(ClassOrInterfaceType.class)) {
      if (type.getScope().isEmpty() && type.getNameAsString().equals(simple)) {
        uses.add(type.getName());
      }
    }
    for (NameExpr name : context.unit().findAll(NameExpr.class)) {
      if (name.getNameAsString().equals(simple)) {
        if (context.semantics().meaning(name) instanceof Resolution.Found<Meaning> found
            && !(found.value() instanceof Meaning.TypeName)) {
          continue; // a variable of that name
        }
        uses.add(name.getName());
      }
    }
    for (AnnotationExpr annotation : context.unit().findAll(AnnotationExpr.class)) {
      if (annotation.getName().getQualifier().isEmpty() && annotation.getName().getIdentifier().equals(simple)) {
        uses.add(annotation.getName());
      }
    }
    return Optional.of(uses);
  }

  /**
   * Renames of the calls without receiver that a static import of {@code oldMember} serves;
   * empty when another method of either name may be in scope (declared, inherited or imported).
   */
  static Optional<List<TextEdit>> staticallyImportedCalls(FileContext context, String oldMember, String newMember) {
    boolean inherits = context.unit().findAll(TypeDeclaration.class).stream().anyMatch(SimpleNames::hasSupertypes)
        || context.unit().findAll(ObjectCreationExpr.class).stream().anyMatch(c -> c.getAnonymousClassBody().isPresent());
    boolean declared = context.unit().findAll(BodyDeclaration.class).stream().anyMatch(member ->
        member instanceof MethodDeclaration m && (m.getNameAsString().equals(oldMember) || m.getNameAsString().equals(newMember))
        || member instanceof FieldDeclaration f && f.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(oldMember)));
    long importsOfEither = context.unit().getImports().stream().filter(ImportDeclaration::isStatic)
        .filter(i -> i.isAsterisk() || i.getName().getIdentifier().equals(oldMember) || i.getName().getIdentifier().equals(newMember))
        .count();
    if (inherits || declared || importsOfEither > 1) {
      return Optional.empty();
    }
    List<TextEdit> edits = new ArrayList<>();
    for (MethodCallExpr call : context.unit().findAll(MethodCallExpr.class)) {
      if (call.getScope().isEmpty() && call.getNameAsString().equals(oldMember)) {
        edits.add(new TextEdit(context.region(call.getName()), newMember));
      }
    }
    return Optional.of(edits);
  }

  private static boolean hasSupertypes(TypeDeclaration<?> type) {
    return type instanceof NodeWithExtends<?> e && !e.getExtendedTypes().isEmpty()
        || type instanceof NodeWithImplements<?> i && !i.getImplementedTypes().isEmpty()
        || type.isEnumDeclaration() || type.isRecordDeclaration();
  }

  private static boolean declaresType(FileContext context, String simple) {
    return context.unit().findAll(TypeDeclaration.class).stream().anyMatch(t -> t.getNameAsString().equals(simple))
        || context.unit().findAll(TypeParameter.class).stream().anyMatch(t -> t.getNameAsString().equals(simple));
  }

  private static boolean denotes(FileContext context, ClassOrInterfaceType type, String canonical) {
    if (type.getParentNode().orElse(null) instanceof ClassOrInterfaceType) {
      return false; // the head of Outer.Inner: what it denotes is not asked on its own
    }
    Resolution<TypeSymbol> answer = context.semantics().type(type);
    return answer instanceof Resolution.Found<TypeSymbol> found ? canonical(found.value()).equals(canonical)
        : answer instanceof Resolution.Missing<TypeSymbol> || answer instanceof Resolution.Broken<TypeSymbol>;
  }

  /** A name that means one of the two types, or nothing (Java then reads it as a package). */
  private static boolean meansOneOf(Resolution<Meaning> meaning, String canonical, String replaced) {
    if (!(meaning instanceof Resolution.Found<Meaning> found)) {
      return meaning instanceof Resolution.Missing<Meaning> || meaning instanceof Resolution.Broken<Meaning>;
    }
    return found.value() instanceof Meaning.PackageName
        || found.value() instanceof Meaning.TypeName typeName
            && (canonical(typeName.type()).equals(canonical) || canonical(typeName.type()).equals(replaced));
  }

  private static String canonical(TypeSymbol type) {
    return type.binaryName().replace('$', '.');
  }
}
