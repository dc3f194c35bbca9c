package dev.importhealth.core.internal.structure;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
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
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.FileSemantics;
import dev.importhealth.core.structure.FieldView;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.ParameterView;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.core.structure.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link TypeView} of a type declared in source: what {@code Class.getDeclaredX()}
 * would return once it is compiled, including the members the compiler adds that frameworks
 * look at (the default constructor).
 */
final class SourceTypeViews {

  private final SourceTypeRefs types;
  private final SourceAnnotations annotations;

  SourceTypeViews(FileSemantics semantics) {
    this.types = new SourceTypeRefs(semantics);
    this.annotations = new SourceAnnotations(semantics, types);
  }

  SourceTypeRefs types() {
    return types;
  }

  TypeView view(TypeDeclaration<?> declaration, TypeSymbol symbol) {
    boolean inInterface = declaration.getParentNode().filter(SourceTypeViews::isInterfaceLike).isPresent();
    List<MethodView> methods = new ArrayList<>();
    List<FieldView> fields = new ArrayList<>();
    for (Node member : declaration.getMembers()) {
      if (member instanceof MethodDeclaration method) {
        methods.add(method(method, isInterfaceLike(declaration)));
      } else if (member instanceof ConstructorDeclaration constructor) {
        methods.add(method(constructor, false));
      } else if (member instanceof FieldDeclaration field) {
        field.getVariables().forEach(v -> fields.add(field(field, v, isInterfaceLike(declaration))));
      }
    }
    if (declaration instanceof EnumDeclaration enumeration) {
      for (EnumConstantDeclaration constant : enumeration.getEntries()) {
        fields.add(new FieldView(constant.getNameAsString(), Visibility.PUBLIC, true, true, true,
            TypeRef.Named.of(symbol.binaryName()), declaration.getNameAsString(), annotations.of(constant),
            Optional.of(constant)));
      }
    }
    if (declaration instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && c.getConstructors().isEmpty()) {
      // JLS 8.8.9: the default constructor has the class's access
      methods.add(new MethodView(MethodSymbol.CONSTRUCTOR, visibility(declaration, inInterface), false, false, false,
          new TypeRef.Primitive("void", 0), "void", List.of(), List.of(), Optional.empty()));
    }
    return new TypeView(symbol.binaryName(), symbol.kind(), visibility(declaration, inInterface),
        isAbstract(declaration), symbol.isStatic(), symbol.outerBinaryName(), superclass(declaration),
        interfaces(declaration), annotations.of(declaration), methods, fields, symbol.membersKnown(),
        symbol.origin(), Optional.of(declaration));
  }

  /** The superclass and interfaces, resolved; cheaper than a whole view. */
  List<TypeRef> supertypes(TypeDeclaration<?> declaration) {
    List<TypeRef> supertypes = new ArrayList<>();
    superclass(declaration).ifPresent(supertypes::add);
    supertypes.addAll(interfaces(declaration));
    return supertypes;
  }

  private Optional<TypeRef> superclass(TypeDeclaration<?> declaration) {
    if (declaration instanceof ClassOrInterfaceDeclaration c && !c.isInterface()) {
      return Optional.of(c.getExtendedTypes().isEmpty() ? TypeRef.Named.of("java.lang.Object")
          : resolve(c.getExtendedTypes().get(0)));
    }
    if (declaration instanceof EnumDeclaration) {
      return Optional.of(TypeRef.Named.of("java.lang.Enum"));
    }
    if (declaration instanceof RecordDeclaration) {
      return Optional.of(TypeRef.Named.of("java.lang.Record"));
    }
    return Optional.empty();
  }

  private List<TypeRef> interfaces(TypeDeclaration<?> declaration) {
    NodeList<ClassOrInterfaceType> written = new NodeList<>();
    if (declaration instanceof ClassOrInterfaceDeclaration c) {
      written = c.isInterface() ? c.getExtendedTypes() : c.getImplementedTypes();
    } else if (declaration instanceof EnumDeclaration e) {
      written = e.getImplementedTypes();
    } else if (declaration instanceof RecordDeclaration r) {
      written = r.getImplementedTypes();
    }
    return written.stream().map(this::resolve).toList();
  }

  private TypeRef resolve(ClassOrInterfaceType type) {
    return types.binaryName(type).<TypeRef>map(TypeRef.Named::of).orElse(TypeRef.UNKNOWN);
  }

  private MethodView method(CallableDeclaration<?> callable, boolean inInterface) {
    boolean isStatic = callable.isStatic();
    boolean hasBody = callable instanceof MethodDeclaration m ? m.getBody().isPresent() : true;
    boolean isDefault = callable instanceof MethodDeclaration m && m.isDefault();
    boolean isAbstract = callable.isAbstract() || (inInterface && !hasBody && !isStatic);
    TypeRef returnType = callable instanceof MethodDeclaration m ? types.resolve(m.getType())
        : new TypeRef.Primitive("void", 0);
    String returnText = callable instanceof MethodDeclaration m ? m.getType().asString() : "void";
    String name = callable instanceof ConstructorDeclaration ? MethodSymbol.CONSTRUCTOR : callable.getNameAsString();
    List<ParameterView> parameters = callable.getParameters().stream().map(this::parameter).toList();
    return new MethodView(name, memberVisibility(callable, inInterface), isStatic, isAbstract, isDefault, returnType,
        returnText, parameters, annotations.of(callable), Optional.of(callable));
  }

  private ParameterView parameter(Parameter parameter) {
    String text = parameter.getType().asString() + (parameter.isVarArgs() ? "..." : "");
    TypeRef type = types.resolve(parameter.getType());
    if (parameter.isVarArgs()) {
      type = withOneMoreDimension(type);
    }
    return new ParameterView(parameter.getNameAsString(), type, text, parameter.isVarArgs(), annotations.of(parameter),
        Optional.of(parameter));
  }

  private static TypeRef withOneMoreDimension(TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      return new TypeRef.Named(n.binaryName(), n.arrayDimensions() + 1);
    }
    if (type instanceof TypeRef.Primitive p) {
      return new TypeRef.Primitive(p.keyword(), p.arrayDimensions() + 1);
    }
    if (type instanceof TypeRef.TypeVariable v) {
      return new TypeRef.TypeVariable(v.name(), v.arrayDimensions() + 1);
    }
    return type;
  }

  private FieldView field(FieldDeclaration field, VariableDeclarator variable, boolean inInterface) {
    boolean isStatic = inInterface || field.isStatic();
    return new FieldView(variable.getNameAsString(), memberVisibility(field, inInterface), isStatic,
        inInterface || field.isFinal(), false, types.resolve(variable.getType()), variable.getType().asString(),
        annotations.of(field), Optional.of(variable));
  }

  private static boolean isInterfaceLike(Node node) {
    return (node instanceof ClassOrInterfaceDeclaration c && c.isInterface()) || node instanceof AnnotationDeclaration;
  }

  private static boolean isAbstract(TypeDeclaration<?> declaration) {
    return isInterfaceLike(declaration)
        || (declaration instanceof ClassOrInterfaceDeclaration c && c.isAbstract());
  }

  /** Members of interfaces are public unless private (JLS 9.4, 9.3, 9.5). */
  private static Visibility memberVisibility(NodeWithModifiers<?> member, boolean inInterface) {
    if (inInterface && !member.hasModifier(Modifier.Keyword.PRIVATE)) {
      return Visibility.PUBLIC;
    }
    return visibility(member);
  }

  private static Visibility visibility(TypeDeclaration<?> declaration, boolean inInterface) {
    return memberVisibility(declaration, inInterface);
  }

  private static Visibility visibility(NodeWithModifiers<?> member) {
    if (member.hasModifier(Modifier.Keyword.PUBLIC)) {
      return Visibility.PUBLIC;
    }
    if (member.hasModifier(Modifier.Keyword.PROTECTED)) {
      return Visibility.PROTECTED;
    }
    return member.hasModifier(Modifier.Keyword.PRIVATE) ? Visibility.PRIVATE : Visibility.PACKAGE;
  }
}
