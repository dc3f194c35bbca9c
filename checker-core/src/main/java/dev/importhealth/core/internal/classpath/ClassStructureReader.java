package dev.importhealth.core.internal.classpath;

import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.structure.AnnotationUse;
import dev.importhealth.core.structure.FieldView;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.ParameterView;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.core.structure.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a class file (JVMS §4) into a {@link TypeView}, as reflection would show the class:
 * every declared field, method and constructor, private ones included, with the annotations
 * that are visible at run time. Synthetic members, bridge methods and {@code <clinit>} are left
 * out, and so are the constructor parameters the compiler adds (see
 * {@link ClassBytes#implicitConstructorParameters}). Stateless and thread-safe; a truncated or
 * corrupt file throws {@link ClassFileFormatException}.
 */
public final class ClassStructureReader {

  /** Parses {@code bytes}; the result has the given origin. */
  public TypeView read(byte[] bytes, TypeOrigin origin) {
    try {
      return new Parse(bytes).typeView(origin);
    } catch (ClassFileFormatException e) {
      throw e;
    } catch (RuntimeException e) { // defensive: no other exception should escape
      throw new ClassFileFormatException("malformed class file: " + e, e);
    }
  }

  private static Visibility visibility(int access) {
    if ((access & ClassBytes.ACC_PUBLIC) != 0) {
      return Visibility.PUBLIC;
    } else if ((access & ClassBytes.ACC_PROTECTED) != 0) {
      return Visibility.PROTECTED;
    } else if ((access & ClassBytes.ACC_PRIVATE) != 0) {
      return Visibility.PRIVATE;
    }
    return Visibility.PACKAGE;
  }

  /** One parse: a cursor over the bytes, reading from the magic number to the end. */
  private static final class Parse extends AnnotationBytes {

    Parse(byte[] bytes) {
      super(bytes);
    }

    TypeView typeView(TypeOrigin origin) {
      Header header = header();
      int access = header.access();
      String thisName = header.thisName();
      String superName = header.superName();
      TypeKind kind = header.kind();
      List<TypeRef> interfaces = new ArrayList<>();
      for (int i = u2(); i > 0; i--) {
        interfaces.add(TypeRef.Named.of(binary(className(u2()))));
      }
      List<FieldView> fields = new ArrayList<>();
      for (int i = u2(); i > 0; i--) {
        Member field = member();
        if ((field.access() & ACC_SYNTHETIC) == 0) {
          fields.add(field(field));
        }
      }
      List<Member> rawMethods = new ArrayList<>();
      for (int i = u2(); i > 0; i--) {
        rawMethods.add(member());
      }

      List<AnnotationUse> annotations = List.of();
      int modifiers = access; // a member class's own modifiers are in its InnerClasses entry
      boolean isStatic = false;
      String outer = null;
      String enclosing = null;
      for (int i = u2(); i > 0; i--) {
        String name = utf8(u2());
        int end = attributeEnd();
        switch (name) {
          case "RuntimeVisibleAnnotations" -> annotations = annotations();
          case "EnclosingMethod" -> enclosing = className(u2());
          case "InnerClasses" -> {
            int count = u2();
            if (end - position() != 8L * count) {
              throw error("InnerClasses attribute length does not match its " + count + " entries");
            }
            for (int j = 0; j < count; j++) {
              String inner = className(u2());
              int outerIndex = u2();
              skip(2); // inner name
              int innerAccess = u2();
              if (inner.equals(thisName)) {
                modifiers = innerAccess;
                isStatic = (innerAccess & ACC_STATIC) != 0;
                outer = outerIndex == 0 ? null : className(outerIndex);
              }
            }
          }
          default -> { } // not needed
        }
        seek(end);
      }
      if (!atEnd()) {
        throw error("unexpected data after the class attributes");
      }

      int implicitParameters = implicitConstructorParameters(kind, outer != null, isStatic);
      List<MethodView> methods = new ArrayList<>();
      for (Member m : rawMethods) {
        if ((m.access() & (ACC_SYNTHETIC | ACC_BRIDGE)) == 0 && !m.name().equals("<clinit>")) {
          methods.add(method(m, kind,
              m.name().equals(MethodSymbol.CONSTRUCTOR) ? implicitParameters : 0));
        }
      }
      Optional<TypeRef> superclass = superName == null || kind.isInterfaceLike()
          ? Optional.empty()
          : Optional.of(TypeRef.Named.of(binary(superName)));
      Optional<String> outerName = Optional.ofNullable(outer != null ? outer : enclosing)
          .map(ClassBytes::binary); // a local or anonymous class: the class around it
      return new TypeView(binary(thisName), kind, visibility(modifiers),
          (modifiers & ACC_ABSTRACT) != 0 || kind.isInterfaceLike(), isStatic, outerName,
          superclass, interfaces, annotations, methods, fields, true, origin, Optional.empty());
    }

    /** A field or method as stored, with the attributes the view needs (null when absent). */
    private record Member(
        int access, String name, String descriptor, String signature, List<AnnotationUse> annotations,
        List<List<AnnotationUse>> parameterAnnotations, List<String> parameterNames) {}

    private Member member() {
      int access = u2();
      String name = utf8(u2());
      String descriptor = utf8(u2());
      String signature = null;
      List<AnnotationUse> annotations = List.of();
      List<List<AnnotationUse>> parameterAnnotations = null;
      List<String> parameterNames = null;
      for (int i = u2(); i > 0; i--) {
        String attribute = utf8(u2());
        int end = attributeEnd();
        switch (attribute) {
          case "Signature" -> signature = utf8(u2());
          case "RuntimeVisibleAnnotations" -> annotations = annotations();
          case "RuntimeVisibleParameterAnnotations" -> parameterAnnotations = parameterAnnotations();
          case "MethodParameters" -> parameterNames = parameterNames();
          default -> { } // not needed
        }
        seek(end);
      }
      return new Member(access, name, descriptor, signature, annotations, parameterAnnotations,
          parameterNames);
    }

    /** A MethodParameters attribute's names; null for a parameter it leaves unnamed. */
    private List<String> parameterNames() {
      List<String> names = new ArrayList<>();
      for (int i = u1(); i > 0; i--) {
        int nameIndex = u2();
        skip(2); // access flags
        names.add(nameIndex == 0 ? null : utf8(nameIndex));
      }
      return names;
    }

    private FieldView field(Member field) {
      TypeRef type = descriptor(field, () -> SignatureParser.fieldType(field.descriptor()));
      String erasedText = descriptor(field, () -> SignatureText.fieldType(field.descriptor()));
      String typeText = erasedText;
      if (field.signature() != null) {
        try {
          typeText = SignatureText.fieldType(field.signature());
        } catch (ClassFileFormatException e) {
          // signatures are not verified by the JVM: keep the descriptor's
        }
      }
      int access = field.access();
      return new FieldView(field.name(), visibility(access), (access & ACC_STATIC) != 0,
          (access & ACC_FINAL) != 0, (access & ACC_ENUM) != 0, type, typeText, field.annotations(),
          Optional.empty());
    }

    private MethodView method(Member m, TypeKind kind, int implicitParameters) {
      SignatureParser.MethodShape erased = descriptor(m, () -> SignatureParser.method(m.descriptor()));
      SignatureText.MethodText text = descriptor(m, () -> SignatureText.method(m.descriptor()));
      SignatureText.MethodText generic = genericText(m);
      List<TypeRef> types = erased.parameters();
      int count = types.size();
      boolean varargs = (m.access() & ACC_VARARGS) != 0;
      List<ParameterView> parameters = new ArrayList<>();
      int first = Math.min(implicitParameters, count);
      for (int i = first; i < count; i++) {
        String typeText = fromEnd(generic == null ? null : generic.parameters(), i, count)
            .orElse(text.parameters().get(i));
        boolean isVarargs = varargs && i == count - 1;
        if (isVarargs && typeText.endsWith("[]")) {
          typeText = typeText.substring(0, typeText.length() - 2) + "...";
        }
        String name = fromEnd(m.parameterNames(), i, count).orElse("arg" + (i - first));
        List<AnnotationUse> annotations =
            fromEnd(m.parameterAnnotations(), i, count).orElse(List.of());
        parameters.add(new ParameterView(name, types.get(i), typeText, isVarargs, annotations,
            Optional.empty()));
      }
      int access = m.access();
      boolean isStatic = (access & ACC_STATIC) != 0;
      boolean isAbstract = (access & ACC_ABSTRACT) != 0;
      boolean isDefault =
          kind == TypeKind.INTERFACE && (access & (ACC_PUBLIC | ACC_STATIC | ACC_ABSTRACT)) == ACC_PUBLIC;
      return new MethodView(m.name(), visibility(access), isStatic, isAbstract, isDefault,
          erased.returnType(), generic == null ? text.returnType() : generic.returnType(), parameters,
          m.annotations(), Optional.empty());
    }

    /** The method's generic signature as text; null when it has none or it is malformed. */
    private static SignatureText.MethodText genericText(Member m) {
      if (m.signature() == null) {
        return null;
      }
      try {
        return SignatureText.method(m.signature());
      } catch (ClassFileFormatException e) {
        return null; // signatures are not verified by the JVM: keep the descriptor's
      }
    }

    /**
     * The entry for descriptor parameter {@code index} of {@code count} in a per-parameter list
     * that javac may shorten at the front: the generic signature, the parameter annotations and
     * the parameter names of inner-class and enum constructors can leave the implicit parameters
     * out. Empty when the list is absent or has no entry (or a null one) for that parameter.
     */
    private static <T> Optional<T> fromEnd(List<T> perParameter, int index, int count) {
      if (perParameter == null || perParameter.size() > count) {
        return Optional.empty();
      }
      int at = index - (count - perParameter.size());
      return at < 0 ? Optional.empty() : Optional.ofNullable(perParameter.get(at));
    }

    /** Reads a member's descriptor, reporting a malformed one at the current position. */
    private <T> T descriptor(Member member, Supplier<T> read) {
      try {
        return read.get();
      } catch (ClassFileFormatException e) {
        throw error(member.name() + ": " + e.getMessage());
      }
    }
  }
}
