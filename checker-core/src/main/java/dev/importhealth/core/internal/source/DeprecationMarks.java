package dev.importhealth.core.internal.source;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a file may mark deprecated, read from its text alone: declarations annotated with
 * something named {@code Deprecated} or documented with an {@code @deprecated} tag. A superset of
 * what resolving the annotation confirms, so that a file not parsed in a run can still say which
 * names are worth a closer look.
 */
public final class DeprecationMarks {

  private DeprecationMarks() {}

  public static Set<String> namesIn(List<DeclarationCollector.Declared> declarations) {
    Set<String> names = new TreeSet<>();
    for (DeclarationCollector.Declared declared : declarations) {
      if (!(declared.node() instanceof TypeDeclaration<?> type)) {
        continue;
      }
      addIfMarked(type, type.getNameAsString(), names);
      for (BodyDeclaration<?> member : type.getMembers()) {
        if (member instanceof FieldDeclaration field) {
          field.getVariables().forEach(v -> addIfMarked(field, v.getNameAsString(), names));
        } else if (member.isConstructorDeclaration()) {
          addIfMarked(member, type.getNameAsString(), names);
        } else if (member instanceof NodeWithSimpleName<?> named && !(member instanceof TypeDeclaration<?>)) {
          addIfMarked(member, named.getNameAsString(), names);
        }
      }
      if (type instanceof EnumDeclaration enumeration) {
        for (EnumConstantDeclaration constant : enumeration.getEntries()) {
          addIfMarked(constant, constant.getNameAsString(), names);
        }
      }
    }
    return names;
  }

  /**
   * The named types marked so, as {@code binaryName#type}, and the methods (constructors included),
   * as {@code binaryName#index} into their type's {@code methods()}: what lets a use of an
   * unmarked type or overload pass without parsing the file.
   */
  public static Set<String> markedMethods(List<DeclarationCollector.Declared> declarations) {
    Set<String> keys = new TreeSet<>();
    for (DeclarationCollector.Declared declared : declarations) {
      if (declared.node() instanceof TypeDeclaration<?> type && isMarked(type)) {
        keys.add(declared.symbol().binaryName() + "#type");
      }
      List<dev.importhealth.core.index.MethodSymbol> methods = declared.symbol().methods();
      for (int i = 0; i < methods.size(); i++) {
        if (declared.members().get(methods.get(i)) instanceof BodyDeclaration<?> body && isMarked(body)) {
          keys.add(declared.symbol().binaryName() + "#" + i);
        }
      }
    }
    return keys;
  }

  private static boolean isMarked(BodyDeclaration<?> declaration) {
    return declaration.getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().equals("Deprecated"))
        || declaration.getComment().orElse(null) instanceof JavadocComment comment
        && comment.getContent().contains("@deprecated");
  }

  private static void addIfMarked(BodyDeclaration<?> declaration, String name, Set<String> names) {
    if (isMarked(declaration)) {
      names.add(name);
    }
  }
}
