package dev.importhealth.core.internal.structure;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.FileSemantics;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.structure.AnnotationUse;
import dev.importhealth.core.structure.AnnotationValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Annotations written in source, with their element values evaluated as the compiler would
 * store them. Only what is certain is evaluated: literals, class literals, enum constants, nested
 * annotations and arrays of these; any other expression is {@link AnnotationValue.Unknown}.
 */
final class SourceAnnotations {

  private final FileSemantics semantics;
  private final SourceTypeRefs types;

  SourceAnnotations(FileSemantics semantics, SourceTypeRefs types) {
    this.semantics = semantics;
    this.types = types;
  }

  /** The annotations whose type can be named; an annotation of a missing type is left out. */
  List<AnnotationUse> of(NodeWithAnnotations<?> annotated) {
    List<AnnotationUse> out = new ArrayList<>();
    for (AnnotationExpr annotation : annotated.getAnnotations()) {
      read(annotation).ifPresent(out::add);
    }
    return out;
  }

  Optional<AnnotationUse> read(AnnotationExpr annotation) {
    return typeName(annotation).map(type -> new AnnotationUse(type, values(annotation), Optional.of(annotation)));
  }

  private Optional<String> typeName(AnnotationExpr annotation) {
    Resolution<TypeSymbol> resolved = semantics.annotation(annotation);
    if (resolved instanceof Resolution.Found<TypeSymbol> found) {
      return Optional.of(found.value().binaryName());
    }
    if (resolved instanceof Resolution.Unknown<TypeSymbol>) {
      return WrittenNames.canonicalName(annotation, annotation.getNameAsString()).map(WrittenNames::binaryName);
    }
    return Optional.empty();
  }

  private Map<String, AnnotationValue> values(AnnotationExpr annotation) {
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      values.put("value", value(single.getMemberValue()));
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      normal.getPairs().forEach(pair -> values.put(pair.getNameAsString(), value(pair.getValue())));
    }
    return values;
  }

  private AnnotationValue value(Expression expression) {
    if (expression instanceof EnclosedExpr enclosed) {
      return value(enclosed.getInner());
    }
    if (expression instanceof StringLiteralExpr string) {
      return new AnnotationValue.Constant(string.asString());
    }
    if (expression instanceof TextBlockLiteralExpr block) {
      return new AnnotationValue.Constant(block.asString());
    }
    if (expression instanceof BooleanLiteralExpr bool) {
      return new AnnotationValue.Constant(bool.getValue());
    }
    if (expression instanceof IntegerLiteralExpr number) {
      return new AnnotationValue.Constant(number.asNumber());
    }
    if (expression instanceof LongLiteralExpr number) {
      return new AnnotationValue.Constant(number.asNumber());
    }
    if (expression instanceof DoubleLiteralExpr number) {
      return new AnnotationValue.Constant(number.asDouble());
    }
    if (expression instanceof CharLiteralExpr character) {
      return new AnnotationValue.Constant(character.asChar());
    }
    if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      return concatenation(binary);
    }
    if (expression instanceof ClassExpr literal) {
      TypeRef type = types.resolve(literal.getType());
      return classLiteral(type);
    }
    if (expression instanceof AnnotationExpr nested) {
      return read(nested).<AnnotationValue>map(AnnotationValue.Nested::new)
          .orElse(new AnnotationValue.Unknown("annotation of an unknown type"));
    }
    if (expression instanceof ArrayInitializerExpr array) {
      return new AnnotationValue.Array(array.getValues().stream().map(this::value).toList());
    }
    if (expression instanceof NameExpr || expression instanceof FieldAccessExpr) {
      return enumConstant(expression);
    }
    return new AnnotationValue.Unknown("not a literal: " + expression);
  }

  private AnnotationValue concatenation(BinaryExpr binary) {
    AnnotationValue left = value(binary.getLeft());
    AnnotationValue right = value(binary.getRight());
    if (left instanceof AnnotationValue.Constant l && right instanceof AnnotationValue.Constant r
        && (l.value() instanceof String || r.value() instanceof String)) {
      return new AnnotationValue.Constant(String.valueOf(l.value()) + r.value());
    }
    return new AnnotationValue.Unknown("not a literal: " + binary);
  }

  private static AnnotationValue classLiteral(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      return new AnnotationValue.ClassLiteral(named.binaryName() + "[]".repeat(named.arrayDimensions()));
    }
    if (type instanceof TypeRef.Primitive primitive) {
      return new AnnotationValue.ClassLiteral(primitive.keyword() + "[]".repeat(primitive.arrayDimensions()));
    }
    return new AnnotationValue.Unknown("class literal of an unknown type");
  }

  /**
   * {@code Mode.EXCLUDE}, or {@code EXCLUDE} statically imported: an enum constant. A constant
   * variable ({@code static final String NAME = "x"}) is not evaluated.
   */
  private AnnotationValue enumConstant(Expression name) {
    Optional<String> constantHolder;
    String constant;
    if (name instanceof FieldAccessExpr access) {
      constant = access.getNameAsString();
      constantHolder = holder(semantics.meaning(access.getScope()),
          () -> WrittenNames.canonicalName(access, access.getScope().toString()));
    } else {
      constant = name.toString();
      Optional<ImportDeclaration> imported = staticImport(name, constant);
      constantHolder = imported.flatMap(imp -> holder(typeMeaning(semantics.importedType(imp)),
          () -> imp.getName().getQualifier().map(Object::toString)));
    }
    return constantHolder.<AnnotationValue>map(h -> new AnnotationValue.EnumConstant(h, constant))
        .orElse(new AnnotationValue.Unknown("constant " + name));
  }

  /**
   * The binary name of an enum the index resolves; when it cannot resolve it (no classpath), what
   * the file's imports name, by naming convention.
   */
  private static Optional<String> holder(Resolution<Meaning> meaning, Supplier<Optional<String>> written) {
    if (meaning instanceof Resolution.Found<Meaning> found) {
      return found.value() instanceof Meaning.TypeName typeName && typeName.type().kind() == TypeKind.ENUM
          ? Optional.of(typeName.type().binaryName())
          : Optional.empty();
    }
    return meaning instanceof Resolution.Unknown<Meaning> ? written.get().map(WrittenNames::binaryName) : Optional.empty();
  }

  private static Resolution<Meaning> typeMeaning(Resolution<TypeSymbol> type) {
    return type instanceof Resolution.Found<TypeSymbol> found
        ? Resolution.found(new Meaning.TypeName(found.value()))
        : type.cast();
  }

  private static Optional<ImportDeclaration> staticImport(Expression site, String member) {
    return site.findCompilationUnit().flatMap(unit -> unit.getImports().stream()
        .filter(imp -> imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(member))
        .findFirst());
  }
}
