package dev.importhealth.rules.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.javadoc.JavadocBlockTag;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.config.RuleSetting;
import dev.importhealth.rules.internal.migrations.MovedPaths;
import java.util.List;
import java.util.stream.Stream;

/**
 * What IH202 says about a deprecated declaration of the project's sources: its name, the
 * replacement its Javadoc {@code @deprecated} tag names, and whether a use site silences the
 * warning as javac does (JLS 9.6.4.6).
 */
public final class Deprecations {

  private Deprecations() {}

  /** {@code com.a.Api}, {@code com.a.Api#run(int)}, {@code com.a.Api#Api(int)}, {@code com.a.Color#RED}. */
  public static String name(Node declaration, boolean withParameters) {
    if (declaration instanceof TypeDeclaration<?> type) {
      return typeName(type);
    }
    TypeDeclaration<?> owner = declaration.findAncestor(TypeDeclaration.class).orElseThrow();
    String member;
    if (declaration instanceof CallableDeclaration<?> callable) {
      member = (callable instanceof ConstructorDeclaration ? owner.getNameAsString() : callable.getNameAsString())
          + (withParameters ? "(" + String.join(", ", callable.getParameters().stream()
              .map(p -> p.getType().asString() + (p.isVarArgs() ? "..." : "")).toList()) + ")" : "");
    } else if (declaration instanceof VariableDeclarator variable) {
      member = variable.getNameAsString();
    } else if (declaration instanceof EnumConstantDeclaration constant) {
      member = constant.getNameAsString();
    } else {
      member = ((com.github.javaparser.ast.nodeTypes.NodeWithSimpleName<?>) declaration).getNameAsString();
    }
    return typeName(owner) + "#" + member;
  }

  static String typeName(TypeDeclaration<?> type) {
    StringBuilder name = new StringBuilder(type.getNameAsString());
    Node node = type.getParentNode().orElse(null);
    for (; node instanceof TypeDeclaration<?> outer; node = outer.getParentNode().orElse(null)) {
      name.insert(0, outer.getNameAsString() + ".");
    }
    String pkg = type.findCompilationUnit().flatMap(CompilationUnit::getPackageDeclaration)
        .map(p -> p.getNameAsString() + ".").orElse("");
    return pkg + name;
  }

  /** Whether IH201 owns the path: the {@code migrations:} registry says where it (or its type) went. */
  public static boolean movedByRegistry(FileContext context, String name) {
    RuleSetting movedPath = context.config().rules().get(MovedPaths.RULE_ID);
    if (context.config().migrations().isEmpty() || (movedPath != null && movedPath.off())) {
      return false;
    }
    int hash = name.indexOf('#');
    String type = hash < 0 ? name : name.substring(0, hash);
    String member = hash < 0 ? null : name.substring(hash + 1).replaceAll("\\(.*", "");
    return context.config().migrations().stream()
        .anyMatch(m -> m.movedName(type).isPresent() || (member != null && m.coversMember(type, member)));
  }


  /**
   * Whether javac would say nothing at {@code use}: it is inside a declaration that is itself
   * deprecated (not for a use of something deprecated for removal, JLS 9.6.4.6), or that
   * {@code @SuppressWarnings} the warning ("deprecation", "removal"; also "all", which other
   * compilers honour). A value that is not a literal may be either, so it silences too.
   */
  public static boolean silenced(Node use, boolean forRemoval) {
    for (Node n = use; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithAnnotations<?> annotated) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
          String name = annotation.getNameAsString();
          if (!forRemoval && (name.equals("Deprecated") || name.equals("java.lang.Deprecated"))) {
            return true;
          }
          if ((name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings"))
              && suppresses(annotation, forRemoval ? "removal" : "deprecation")) {
            return true;
          }
        }
      }
      if (!forRemoval && n instanceof BodyDeclaration<?> declaration
          && declaration.getComment().orElse(null) instanceof JavadocComment doc
          && doc.getContent().contains("@deprecated") && doc.parse().getBlockTags().stream()
              .anyMatch(tag -> tag.getType() == JavadocBlockTag.Type.DEPRECATED)) {
        return true;
      }
    }
    return false;
  }

  private static boolean suppresses(AnnotationExpr annotation, String warning) {
    Expression value = annotation instanceof SingleMemberAnnotationExpr single ? single.getMemberValue()
        : annotation instanceof NormalAnnotationExpr normal ? normal.getPairs().stream()
            .filter(p -> p.getNameAsString().equals("value")).map(p -> p.getValue()).findFirst().orElse(null)
        : null;
    if (value == null) {
      return false;
    }
    List<Expression> values = value instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value);
    return values.stream().anyMatch(v -> !(v instanceof StringLiteralExpr literal)
        || literal.getValue().equals(warning) || literal.getValue().equals("all"));
  }

  /** The simple names a place writes that may name something deprecated; resolving is needed only when one does. */
  public static Stream<String> writtenNames(Node node) {
    if (node instanceof ClassOrInterfaceType type) {
      return Stream.iterate(type, t -> t != null, t -> t.getScope().orElse(null)).map(t -> t.getNameAsString());
    }
    if (node instanceof ExplicitConstructorInvocationStmt) {
      return node.findAncestor(ClassOrInterfaceDeclaration.class).stream()
          .flatMap(c -> c.getExtendedTypes().stream()).map(t -> t.getNameAsString());
    }
    return node instanceof AnnotationExpr a ? Stream.of(a.getName().getIdentifier())
        : node instanceof NameExpr n ? Stream.of(n.getNameAsString())
        : node instanceof FieldAccessExpr f ? Stream.of(f.getNameAsString())
        : node instanceof MethodCallExpr c ? Stream.of(c.getNameAsString())
        : node instanceof MethodReferenceExpr r ? Stream.of(r.getIdentifier())
        : node instanceof ObjectCreationExpr o ? Stream.of(o.getType().getNameAsString())
        : Stream.empty();
  }

  /** An enum constant in a {@code case} label: javac does not warn about it. */
  public static boolean isCaseLabel(Node node) {
    return node.getParentNode().orElse(null) instanceof SwitchEntry entry
        && entry.getLabels().stream().anyMatch(label -> label == node);
  }
}
