package dev.importhealth.core.internal.classpath;

import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a class file (JVMS §4) into a {@link TypeSymbol}: kind, supertypes, fields, methods,
 * member types, enclosing type and type parameters. Stateless and thread-safe. Every read is
 * bounds-checked, so a truncated or corrupt file throws {@link ClassFileFormatException} rather
 * than looping or allocating without limit. Synthetic fields and methods, bridge methods and
 * {@code <clinit>} are left out, and so are the members project code can never see (see
 * {@link #accessible}). Constructor parameter counts exclude the parameters the compiler
 * adds (the outer instance of an inner class; an enum constant's name and ordinal).
 */
public final class ClassFileReader {

  /**
   * Whether project code may see a field, method or member type with these access flags. It is
   * never nested in a compiled class, so private members are out of its reach; nor can it join a
   * JDK package, so the JDK's package-private ones are too. Such members are not inherited either
   * (JLS 8.2), and keeping them would let them hide what a name really means in a subclass: an
   * inner class extending HashMap that names its outer class's Node, say.
   */
  private static boolean accessible(int access, TypeOrigin origin) {
    if ((access & ClassBytes.ACC_PRIVATE) != 0) {
      return false;
    }
    return (access & (ClassBytes.ACC_PUBLIC | ClassBytes.ACC_PROTECTED)) != 0
        || !(origin instanceof TypeOrigin.Jdk);
  }

  /** Parses {@code bytes}; the result has the given origin. */
  public TypeSymbol read(byte[] bytes, TypeOrigin origin) {
    try {
      return new Parse(bytes).typeSymbol(origin);
    } catch (ClassFileFormatException e) {
      throw e;
    } catch (RuntimeException e) { // defensive: no other exception should escape
      throw new ClassFileFormatException("malformed class file: " + e, e);
    }
  }

  /** One parse: a cursor over the bytes, reading from the magic number to the end. */
  private static final class Parse extends ClassBytes {

    Parse(byte[] bytes) {
      super(bytes);
    }

    TypeSymbol typeSymbol(TypeOrigin origin) {
      Header header = header();
      int access = header.access();
      String thisName = header.thisName();
      String superName = header.superName();
      TypeKind kind = header.kind();

      List<TypeRef> supertypes = new ArrayList<>();
      if (superName != null && !kind.isInterfaceLike()) {
        supertypes.add(TypeRef.Named.of(binary(superName)));
      }
      for (int i = u2(); i > 0; i--) {
        supertypes.add(TypeRef.Named.of(binary(className(u2()))));
      }

      List<FieldSymbol> fields = new ArrayList<>();
      for (int i = u2(); i > 0; i--) {
        Member m = member();
        if ((m.access & ACC_SYNTHETIC) == 0 && accessible(m.access, origin)) {
          fields.add(new FieldSymbol(m.name, (m.access & ACC_STATIC) != 0, fieldType(m)));
        }
      }
      List<Member> rawMethods = new ArrayList<>();
      for (int i = u2(); i > 0; i--) {
        rawMethods.add(member());
      }

      // Class attributes.
      String signature = null;
      String outer = null;
      String enclosing = null;
      String simpleName = null;
      boolean isStatic = false;
      Map<String, String> memberTypes = new LinkedHashMap<>();
      for (int i = u2(); i > 0; i--) {
        String name = utf8(u2());
        int end = attributeEnd();
        switch (name) {
          case "Signature" -> signature = utf8(u2());
          case "EnclosingMethod" -> enclosing = className(u2());
          case "InnerClasses" -> {
            int count = u2();
            if (end - position() != 8L * count) {
              throw error("InnerClasses attribute length does not match its " + count + " entries");
            }
            for (int j = 0; j < count; j++) {
              String inner = className(u2());
              int outerIndex = u2();
              int innerNameIndex = u2();
              int innerAccess = u2();
              String outerName = outerIndex == 0 ? null : className(outerIndex);
              String innerName = innerNameIndex == 0 ? null : utf8(innerNameIndex);
              if (inner.equals(thisName)) {
                outer = outerName;
                simpleName = innerName == null ? "" : innerName; // "" for an anonymous class
                isStatic = (innerAccess & ACC_STATIC) != 0;
              } else if (thisName.equals(outerName) && innerName != null && accessible(innerAccess, origin)) {
                memberTypes.putIfAbsent(innerName, binary(inner));
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
      List<MethodSymbol> methods = new ArrayList<>();
      for (Member m : rawMethods) {
        if ((m.access & (ACC_SYNTHETIC | ACC_BRIDGE)) != 0 || m.name.equals("<clinit>")) {
          continue;
        }
        if (!m.name.equals(MethodSymbol.CONSTRUCTOR) && !accessible(m.access, origin)) {
          continue; // constructors are not inherited, so they are kept as declared
        }
        SignatureParser.MethodShape shape = methodDescriptor(m);
        int parameters = shape.parameters().size();
        if (m.name.equals(MethodSymbol.CONSTRUCTOR)) {
          parameters = Math.max(0, parameters - implicitParameters);
        }
        methods.add(new MethodSymbol(m.name, parameters, (m.access & ACC_VARARGS) != 0,
            (m.access & ACC_STATIC) != 0, returnType(m, shape.returnType())));
      }

      int slash = thisName.lastIndexOf('/');
      String packageName = slash < 0 ? "" : binary(thisName.substring(0, slash));
      if (simpleName == null) {
        simpleName = thisName.substring(slash + 1);
      }
      if (outer == null) {
        outer = enclosing; // a local or anonymous class: the class around it
      }
      return new TypeSymbol(binary(thisName), packageName, simpleName,
          Optional.ofNullable(outer).map(ClassBytes::binary), kind, isStatic, origin, supertypes, fields,
          methods, memberTypes, typeParameters(signature), true);
    }

    /** A field or method as stored; its Signature attribute, if any, is kept. */
    private record Member(int access, String name, String descriptor, String signature) {}

    private Member member() {
      int access = u2();
      String name = utf8(u2());
      String descriptor = utf8(u2());
      String signature = null;
      for (int i = u2(); i > 0; i--) {
        String attribute = utf8(u2());
        int end = attributeEnd();
        if (attribute.equals("Signature")) {
          signature = utf8(u2());
        }
        seek(end);
      }
      return new Member(access, name, descriptor, signature);
    }

    private SignatureParser.MethodShape methodDescriptor(Member method) {
      try {
        return SignatureParser.method(method.descriptor);
      } catch (ClassFileFormatException e) {
        throw error("method " + method.name + ": " + e.getMessage());
      }
    }

    /** The declared type: from the generic signature if there is one, else the descriptor. */
    private TypeRef fieldType(Member field) {
      TypeRef erased;
      try {
        erased = SignatureParser.fieldType(field.descriptor);
      } catch (ClassFileFormatException e) {
        throw error("field " + field.name + ": " + e.getMessage());
      }
      if (field.signature != null) {
        try {
          return SignatureParser.fieldType(field.signature);
        } catch (ClassFileFormatException e) {
          return erased; // signatures are not verified by the JVM: fall back to the descriptor
        }
      }
      return erased;
    }

    private static TypeRef returnType(Member method, TypeRef erased) {
      if (method.signature != null) {
        try {
          return SignatureParser.method(method.signature).returnType();
        } catch (ClassFileFormatException e) {
          return erased;
        }
      }
      return erased;
    }

    private static List<String> typeParameters(String classSignature) {
      if (classSignature == null) {
        return List.of();
      }
      try {
        return SignatureParser.classTypeParameters(classSignature);
      } catch (ClassFileFormatException e) {
        return List.of();
      }
    }
  }
}
