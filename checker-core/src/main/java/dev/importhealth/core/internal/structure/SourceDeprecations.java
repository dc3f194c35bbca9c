package dev.importhealth.core.internal.structure;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.javadoc.JavadocBlockTag;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.source.DeclarationCollector;
import dev.importhealth.core.semantics.FileSemantics;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.structure.Deprecation;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deprecated declarations of the project's sources: named types and their methods,
 * constructors, annotation elements, fields and enum constants marked {@code @Deprecated} (the
 * annotation resolved, so a type of the project's own named {@code Deprecated} does not count) or
 * with a Javadoc {@code @deprecated} tag, which javac reads as the same mark.
 */
final class SourceDeprecations {

  private SourceDeprecations() {}

  /** Keyed by declaration node, identity; a field's key is each of its variable declarators. */
  static Map<Node, Deprecation> collect(List<DeclarationCollector.Declared> declarations, FileSemantics semantics) {
    Map<Node, Deprecation> found = new IdentityHashMap<>();
    for (DeclarationCollector.Declared declared : declarations) {
      if (!(declared.node() instanceof TypeDeclaration<?> type) || isLocal(declared.symbol())) {
        continue;
      }
      of(type, semantics).ifPresent(d -> found.put(type, d));
      for (BodyDeclaration<?> member : type.getMembers()) {
        if (member instanceof FieldDeclaration field) {
          of(field, semantics).ifPresent(d -> field.getVariables().forEach(v -> found.put(v, d)));
        } else if (member instanceof CallableDeclaration<?> || member instanceof AnnotationMemberDeclaration) {
          of(member, semantics).ifPresent(d -> found.put(member, d));
        }
      }
      if (type instanceof EnumDeclaration enumeration) {
        for (EnumConstantDeclaration constant : enumeration.getEntries()) {
          of(constant, semantics).ifPresent(d -> found.put(constant, d));
        }
      }
    }
    return found;
  }

  /** The name a use writes (a constructor's is its type's). */
  static String simpleName(Node declaration) {
    return ((NodeWithSimpleName<?>) declaration).getNameAsString();
  }

  private static boolean isLocal(TypeSymbol symbol) {
    return symbol.binaryName().contains("$local$") || symbol.binaryName().contains("$anonymous$");
  }

  private static Optional<Deprecation> of(BodyDeclaration<?> declaration, FileSemantics semantics) {
    Optional<String> tag = javadocTag(declaration);
    boolean annotated = false;
    boolean forRemoval = false;
    for (AnnotationExpr annotation : declaration.getAnnotations()) {
      String name = annotation.getNameAsString();
      if ((name.equals("Deprecated") || name.equals("java.lang.Deprecated"))
          && semantics.annotation(annotation) instanceof Resolution.Found<TypeSymbol> type
          && type.value().binaryName().equals("java.lang.Deprecated")) {
        annotated = true;
        forRemoval = annotation instanceof NormalAnnotationExpr normal && normal.getPairs().stream()
            .anyMatch(p -> p.getNameAsString().equals("forRemoval")
                && p.getValue() instanceof BooleanLiteralExpr literal && literal.getValue());
      }
    }
    if (!annotated && tag.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Deprecation(forRemoval, tag.filter(text -> !text.isBlank())));
  }

  /**
   * The text of the {@code @deprecated} block tag of the declaration's own doc comment: one that
   * ends before the declaration begins (a comment after its annotations is no doc comment to javac).
   * Present but empty for a bare tag.
   */
  private static Optional<String> javadocTag(BodyDeclaration<?> declaration) {
    if (!(declaration.getComment().orElse(null) instanceof JavadocComment comment)
        || !comment.getContent().contains("@deprecated")
        || (comment.getEnd().isPresent() && declaration.getBegin().isPresent()
            && !comment.getEnd().get().isBefore(declaration.getBegin().get()))) {
      return Optional.empty();
    }
    return comment.parse().getBlockTags().stream()
        .filter(tag -> tag.getType() == JavadocBlockTag.Type.DEPRECATED)
        .map(tag -> tag.getContent().toText().trim())
        .findFirst();
  }
}
