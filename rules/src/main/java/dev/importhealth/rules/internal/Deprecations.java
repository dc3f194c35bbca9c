package dev.importhealth.rules.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
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
import dev.importhealth.core.structure.Structures;
import dev.importhealth.rules.internal.migrations.MovedPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What IH202 says about a deprecated declaration of the project's sources: its name, the
 * replacement its Javadoc {@code @deprecated} tag names, and whether a use site silences the
 * warning as javac does (JLS 9.6.4.6).
 */
public final class Deprecations {

  /** An inline {@code {@link ref label}}, {@code {@linkplain ...}} or {@code {@code ...}} tag. */
  private static final Pattern INLINE = Pattern.compile("\\{@(link|linkplain|code)\\s+([^{}]*)}");
  /** A Javadoc reference: {@code Type}, {@code a.b.Type#member}, {@code #member(int, String...)}. */
  private static final Pattern REFERENCE =
      Pattern.compile("^([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)?(#[A-Za-z_$][\\w$]*)?(\\([^)]*\\))?");
  private static final String QUALIFIED_CODE = "[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+(\\([^)]*\\))?";
  private static final Pattern CUE = Pattern.compile(
      "(?i)\\b(use|using|replaced (by|with)|superseded by|in favou?r of|migrate to|switch to)\\s+((a|an|the)\\s+)?$");
  private static final Pattern INSTEAD = Pattern.compile("(?i)^\\s*(instead\\b|should be used\\b)");
  private static final Pattern MORE = Pattern.compile("(?i)^\\s*(,\\s*(or|and)?|or|and|/)\\s*\\{@");
  private static final Pattern PLAIN = Pattern.compile(
      "(?i)\\buse\\s+((?:a|an|the)\\s+)?([A-Za-z_$][\\w$]*(?:[.#][A-Za-z_$][\\w$]*)*(?:\\([^)]*\\))?)\\s+instead\\b");

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

  private static String typeName(TypeDeclaration<?> type) {
    StringBuilder name = new StringBuilder(type.getNameAsString());
    Node node = type.getParentNode().orElse(null);
    for (; node instanceof TypeDeclaration<?> outer; node = outer.getParentNode().orElse(null)) {
      name.insert(0, outer.getNameAsString() + ".");
    }
    String pkg = type.findCompilationUnit().flatMap(CompilationUnit::getPackageDeclaration)
        .map(p -> p.getNameAsString() + ".").orElse("");
    return pkg + name;
  }

  /**
   * The one replacement the {@code @deprecated} text names after "use", "replaced by", "superseded
   * by", "in favor of" (or before "instead"), qualified where the declaring file's scope says what
   * it is; empty when it names none, or several.
   */
  public static Optional<String> replacement(String comment, Node declaration, Structures structures) {
    String text = comment.replaceAll("\\s+", " ");
    Matcher inline = INLINE.matcher(text);
    while (inline.find()) {
      String before = text.substring(0, inline.start());
      before = before.substring(before.lastIndexOf(". ") + 1);
      String after = text.substring(inline.end());
      if (!CUE.matcher(before).find() && !INSTEAD.matcher(after).find()) {
        continue;
      }
      if (MORE.matcher(after).find() && !INSTEAD.matcher(after).find()) {
        return Optional.empty(); // "use a, b or c": a choice, not a replacement
      }
      String content = inline.group(2).trim();
      Matcher reference = REFERENCE.matcher(content);
      boolean code = inline.group(1).equals("code");
      if (!reference.find() || reference.end() == 0
          || (code && (reference.end() != content.length() || !looksLikeName(content)))) {
        return Optional.empty();
      }
      // {@link Strings#equals(CharSequence, CharSequence) Strings.CS.equals(CharSequence, CharSequence)}:
      // a label that is the same type's qualified code says what to write
      String label = content.substring(reference.end()).trim();
      String written = label.matches(QUALIFIED_CODE) && reference.group().matches("[\\w$]+[#.(].*")
          && label.split("[.(]")[0].equals(reference.group().split("[#.(]")[0]) ? label : reference.group();
      return Optional.of(qualified(written, declaration, structures));
    }
    Matcher plain = PLAIN.matcher(text);
    if (plain.find() && looksLikeName(plain.group(2))) {
      return Optional.of(qualified(plain.group(2), declaration, structures));
    }
    return Optional.empty();
  }

  private static boolean looksLikeName(String text) {
    return text.matches(".*[.#(].*") || Character.isUpperCase(text.charAt(0));
  }

  /** {@code Type#m(..)} with Type qualified: an enclosing or member type, an import, the package, java.lang. */
  private static String qualified(String reference, Node declaration, Structures structures) {
    Matcher head = Pattern.compile("^[A-Za-z_$][\\w$]*").matcher(reference);
    if (!head.find()) {
      TypeDeclaration<?> owner = declaration instanceof TypeDeclaration<?> t ? t
          : declaration.findAncestor(TypeDeclaration.class).orElseThrow();
      return typeName(owner) + reference; // #member
    }
    String rest = reference.substring(head.end());
    return resolveSimple(head.group(), declaration, structures).map(q -> q + rest).orElse(reference);
  }

  private static Optional<String> resolveSimple(String simple, Node declaration, Structures structures) {
    for (Node n = declaration; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type) {
        if (type.getNameAsString().equals(simple)) {
          return Optional.of(typeName(type));
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
          if (member instanceof TypeDeclaration<?> nested && nested.getNameAsString().equals(simple)) {
            return Optional.of(typeName(nested));
          }
        }
      }
    }
    CompilationUnit unit = declaration.findCompilationUnit().orElseThrow();
    for (ImportDeclaration imp : unit.getImports()) {
      if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(simple)) {
        return Optional.of(imp.getNameAsString());
      }
    }
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
    if (!Character.isUpperCase(simple.charAt(0))) {
      return Optional.empty(); // a package: the name is qualified already
    }
    List<String> found = new ArrayList<>();
    if (structures.type(pkg + simple).isPresent()) {
      return Optional.of(pkg + simple);
    }
    if (structures.type("java.lang." + simple).isPresent()) {
      return Optional.of("java.lang." + simple);
    }
    for (ImportDeclaration imp : unit.getImports()) {
      if (!imp.isStatic() && imp.isAsterisk() && structures.type(imp.getNameAsString() + "." + simple).isPresent()) {
        found.add(imp.getNameAsString() + "." + simple);
      }
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
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

  /** The first sentence of the tag as plain text, when it is short enough to quote. */
  public static Optional<String> reason(String comment) {
    String text = INLINE.matcher(comment).replaceAll(m -> Matcher.quoteReplacement(label(m.group(2).trim())))
        .replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").trim();
    int end = text.indexOf(". ");
    text = (end >= 0 ? text.substring(0, end) : text).replaceAll("[.\\s]+$", "");
    if (text.isEmpty() || text.length() > 100) {
      return Optional.empty();
    }
    boolean lower = text.length() > 1 && Character.isLowerCase(text.charAt(1));
    return Optional.of(lower ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text);
  }

  private static String label(String content) {
    Matcher reference = REFERENCE.matcher(content);
    if (reference.find() && reference.end() > 0 && reference.end() < content.length()) {
      return content.substring(reference.end()).trim(); // {@link Foo#bar() the label}
    }
    String target = reference.end() > 0 ? reference.group() : content;
    return target.startsWith("#") ? target.substring(1) : target.replace('#', '.');
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
