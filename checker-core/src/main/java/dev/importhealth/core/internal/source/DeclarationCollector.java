package dev.importhealth.core.internal.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import dev.importhealth.core.index.Access;
import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.model.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the type declarations of one compilation unit into {@link TypeSymbol}s: top-level,
 * member, local and anonymous types, with the members every type has implicitly. Local and
 * anonymous types get synthetic binary names: code can never name them, but the resolver needs
 * their members when it checks code inside them.
 */
public final class DeclarationCollector {

  private DeclarationCollector() {}

  /**
   * A type declaration node and its symbol.
   *
   * @param members each member symbol ({@link MethodSymbol}, {@link FieldSymbol}) of the type that
   *     a declaration in source writes, to that declaration (a method, constructor, annotation
   *     element, field variable or enum constant), by identity; implicit members are absent
   */
  public record Declared(Node node, TypeSymbol symbol, Map<Object, Node> members) {}

  /** The types declared in {@code unit}, in source order. */
  public static List<Declared> collect(CompilationUnit unit, SourceFile file) {
    String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    boolean lombok = usesLombok(unit);
    TypeOrigin origin = new TypeOrigin.Source(file.path(), file.module(), file.scope());
    // JavaParser nodes compare structurally (two identical nested declarations are "equal"),
    // so every map keyed by nodes is an identity map
    Map<Node, String> binaryNames = new IdentityHashMap<>();
    List<Node> declarations = typeDeclaringNodes(unit);
    for (Node declaration : declarations) {
      binaryNames.put(declaration, binaryName(declaration, packageName, binaryNames));
    }
    List<Declared> symbols = new ArrayList<>();
    for (Node node : declarations) {
      Members members = new Members();
      TypeSymbol symbol = symbolOf(node, binaryNames.get(node), packageName, origin, lombok, binaryNames, members);
      symbols.add(new Declared(node, symbol, Collections.unmodifiableMap(members.nodes)));
    }
    return symbols;
  }

  /** Named type declarations, then anonymous class bodies, in source order. */
  private static List<Node> typeDeclaringNodes(CompilationUnit unit) {
    List<Node> nodes = new ArrayList<>();
    unit.walk(Node.TreeTraversal.PREORDER, node -> {
      if (node instanceof TypeDeclaration<?>
          || (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent())
          || (node instanceof EnumConstantDeclaration constant && !constant.getClassBody().isEmpty())) {
        nodes.add(node);
      }
    });
    return nodes;
  }

  private static String binaryName(Node node, String packageName, Map<Node, String> known) {
    Node parent = node.getParentNode().orElse(null);
    if (node instanceof TypeDeclaration<?> type) {
      if (parent instanceof CompilationUnit) {
        return packageName.isEmpty() ? type.getNameAsString() : packageName + "." + type.getNameAsString();
      }
      if (parent instanceof TypeDeclaration<?> && known.containsKey(parent)) {
        return known.get(parent) + "$" + type.getNameAsString();
      }
      return enclosingBinaryName(node, packageName, known) + "$local$" + type.getNameAsString() + "$" + line(node);
    }
    return enclosingBinaryName(node, packageName, known) + "$anonymous$" + line(node);
  }

  private static String enclosingBinaryName(Node node, String packageName, Map<Node, String> known) {
    for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      String name = known.get(n);
      if (name != null) {
        return name;
      }
    }
    return packageName.isEmpty() ? "<unit>" : packageName + ".<unit>";
  }

  private static String line(Node node) {
    return node.getBegin().map(p -> p.line + "_" + p.column).orElse("0");
  }

  private static TypeSymbol symbolOf(
      Node node, String binaryName, String packageName, TypeOrigin origin, boolean lombok,
      Map<Node, String> binaryNames, Members members) {
    List<TypeRef> supertypes = new ArrayList<>();
    List<String> typeParameters = new ArrayList<>();
    TypeKind kind;
    boolean isStatic;
    String simpleName;
    Optional<String> outer = Optional.empty();
    Access access = Access.INHERITED_EVERYWHERE;
    if (node instanceof TypeDeclaration<?> type) {
      simpleName = type.getNameAsString();
      kind = kindOf(type);
      Node parent = type.getParentNode().orElse(null);
      if (parent instanceof TypeDeclaration<?> enclosing && binaryNames.containsKey(parent)) {
        outer = Optional.of(binaryNames.get(parent));
        isStatic = type.isStatic() || kind != TypeKind.CLASS || kindOf(enclosing).isInterfaceLike();
        access = access(type, kindOf(enclosing).isInterfaceLike());
      } else {
        isStatic = parent instanceof CompilationUnit;
      }
      addSupertypes(type, kind, supertypes, typeParameters);
      members.addBody(type.getMembers(), kind.isInterfaceLike(), binaryNames);
      if (type instanceof EnumDeclaration enumDeclaration) {
        for (EnumConstantDeclaration constant : enumDeclaration.getEntries()) {
          members.add(new FieldSymbol(constant.getNameAsString(), true, TypeRef.Named.of(binaryName)), constant);
        }
      }
      addImplicitMembers(type, kind, binaryName, members);
    } else {
      simpleName = "";
      kind = TypeKind.CLASS;
      isStatic = false;
      if (node instanceof ObjectCreationExpr creation) {
        supertypes.add(new TypeRef.InSource(creation.getType()));
        members.addBody(creation.getAnonymousClassBody().orElseThrow(), false, binaryNames);
      } else {
        EnumConstantDeclaration constant = (EnumConstantDeclaration) node;
        String enumName = binaryNames.get(constant.getParentNode().orElseThrow());
        supertypes.add(TypeRef.Named.of(enumName));
        members.addBody(constant.getClassBody(), false, binaryNames);
      }
    }
    return new TypeSymbol(
        binaryName, packageName, simpleName, outer, kind, isStatic, origin, supertypes,
        members.fields, members.methods, members.memberTypes, typeParameters, !lombok, access);
  }

  private static TypeKind kindOf(TypeDeclaration<?> type) {
    if (type instanceof EnumDeclaration) {
      return TypeKind.ENUM;
    }
    if (type instanceof RecordDeclaration) {
      return TypeKind.RECORD;
    }
    if (type instanceof AnnotationDeclaration) {
      return TypeKind.ANNOTATION;
    }
    return ((ClassOrInterfaceDeclaration) type).isInterface() ? TypeKind.INTERFACE : TypeKind.CLASS;
  }

  private static void addSupertypes(
      TypeDeclaration<?> type, TypeKind kind, List<TypeRef> supertypes, List<String> typeParameters) {
    NodeList<ClassOrInterfaceType> extended = new NodeList<>();
    NodeList<ClassOrInterfaceType> implemented = new NodeList<>();
    NodeList<TypeParameter> parameters = new NodeList<>();
    if (type instanceof ClassOrInterfaceDeclaration c) {
      extended = c.getExtendedTypes();
      implemented = c.getImplementedTypes();
      parameters = c.getTypeParameters();
    } else if (type instanceof EnumDeclaration e) {
      implemented = e.getImplementedTypes();
    } else if (type instanceof RecordDeclaration r) {
      implemented = r.getImplementedTypes();
      parameters = r.getTypeParameters();
    }
    switch (kind) {
      case ENUM -> supertypes.add(TypeRef.Named.of("java.lang.Enum"));
      case RECORD -> supertypes.add(TypeRef.Named.of("java.lang.Record"));
      case ANNOTATION -> supertypes.add(TypeRef.Named.of("java.lang.annotation.Annotation"));
      case CLASS -> {
        if (extended.isEmpty()) {
          supertypes.add(TypeRef.Named.of("java.lang.Object"));
        }
      }
      case INTERFACE -> { }
    }
    extended.forEach(t -> supertypes.add(new TypeRef.InSource(t)));
    implemented.forEach(t -> supertypes.add(new TypeRef.InSource(t)));
    parameters.forEach(p -> typeParameters.add(p.getNameAsString()));
  }

  private static void addImplicitMembers(TypeDeclaration<?> type, TypeKind kind, String binaryName, Members members) {
    boolean hasConstructor = type.getMembers().stream().anyMatch(BodyDeclaration::isConstructorDeclaration);
    if (kind == TypeKind.ENUM) {
      members.methods.add(new MethodSymbol("values", 0, false, true, new TypeRef.Named(binaryName, 1)));
      members.methods.add(new MethodSymbol("valueOf", 1, false, true, TypeRef.Named.of(binaryName)));
    }
    if (type instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        members.methods.add(new MethodSymbol(component.getNameAsString(), 0, false, false,
            new TypeRef.InSource(component.getType())));
        members.fields.add(new FieldSymbol(component.getNameAsString(), false,
            new TypeRef.InSource(component.getType()), Access.PRIVATE));
      }
      members.methods.add(new MethodSymbol(MethodSymbol.CONSTRUCTOR, record.getParameters().size(),
          record.getParameters().stream().anyMatch(Parameter::isVarArgs), false, TypeRef.UNKNOWN));
    } else if (!hasConstructor && (kind == TypeKind.CLASS || kind == TypeKind.ENUM)) {
      members.methods.add(new MethodSymbol(MethodSymbol.CONSTRUCTOR, 0, false, false, TypeRef.UNKNOWN));
    }
  }

  /** Interface members are public unless declared private; class members as their modifiers say. */
  private static Access access(NodeWithModifiers<?> member, boolean inInterface) {
    if (member.hasModifier(Modifier.Keyword.PRIVATE)) {
      return Access.PRIVATE;
    }
    if (inInterface || member.hasModifier(Modifier.Keyword.PUBLIC) || member.hasModifier(Modifier.Keyword.PROTECTED)) {
      return Access.INHERITED_EVERYWHERE;
    }
    return Access.PACKAGE;
  }

  private static String parameterList(List<Parameter> parameters) {
    return String.join(", ", parameters.stream()
        .map(p -> p.getType().asString() + (p.isVarArgs() ? "..." : ""))
        .toList());
  }

  /** Lombok rewrites classes during compilation; their members cannot be known from source. */
  private static boolean usesLombok(CompilationUnit unit) {
    if (unit.getImports().stream().anyMatch(i -> i.getNameAsString().startsWith("lombok"))) {
      return true;
    }
    return unit.findFirst(AnnotationExpr.class, a -> a.getNameAsString().startsWith("lombok.")).isPresent();
  }

  private static final class Members {
    final List<FieldSymbol> fields = new ArrayList<>();
    final List<MethodSymbol> methods = new ArrayList<>();
    final Map<String, String> memberTypes = new LinkedHashMap<>();
    final Map<Object, Node> nodes = new IdentityHashMap<>();

    void add(FieldSymbol field, Node declaration) {
      fields.add(field);
      nodes.put(field, declaration);
    }

    void add(MethodSymbol method, Node declaration) {
      methods.add(method);
      nodes.put(method, declaration);
    }

    void addBody(List<? extends BodyDeclaration<?>> body, boolean inInterface, Map<Node, String> binaryNames) {
      for (BodyDeclaration<?> member : body) {
        if (member instanceof FieldDeclaration field) {
          boolean isStatic = inInterface || field.isStatic();
          for (VariableDeclarator variable : field.getVariables()) {
            add(new FieldSymbol(variable.getNameAsString(), isStatic, new TypeRef.InSource(variable.getType()),
                access(field, inInterface)), variable);
          }
        } else if (member instanceof MethodDeclaration method) {
          add(new MethodSymbol(method.getNameAsString(), method.getParameters().size(),
              method.getParameters().stream().anyMatch(Parameter::isVarArgs),
              method.hasModifier(Modifier.Keyword.STATIC), new TypeRef.InSource(method.getType()),
              parameterList(method.getParameters()), access(method, inInterface)), method);
        } else if (member instanceof ConstructorDeclaration constructor) {
          add(new MethodSymbol(MethodSymbol.CONSTRUCTOR, constructor.getParameters().size(),
              constructor.getParameters().stream().anyMatch(Parameter::isVarArgs), false, TypeRef.UNKNOWN),
              constructor);
        } else if (member instanceof AnnotationMemberDeclaration annotationMember) {
          add(new MethodSymbol(annotationMember.getNameAsString(), 0, false, false,
              new TypeRef.InSource(annotationMember.getType())), annotationMember);
        } else if (member instanceof TypeDeclaration<?> nested && binaryNames.containsKey(nested)) {
          memberTypes.put(nested.getNameAsString(), binaryNames.get(nested));
        }
      }
    }
  }
}
