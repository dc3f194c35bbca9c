package dev.importhealth.core.internal.cache;

import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.index.Access;
import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bytes of one {@link TypeSymbol} in a {@link SummaryCodec} summary. A type written in source
 * is stored as its simple name only: its place in the fixed order of written types is its ordinal.
 */
final class SymbolCodec {

  private static final int NAMED = 0;
  private static final int PRIMITIVE = 1;
  private static final int TYPE_VARIABLE = 2;
  private static final int WRITTEN = 3;
  private static final int UNKNOWN = 4;

  private SymbolCodec() {}

  static void writeType(DataOutputStream out, TypeSymbol type) throws IOException {
    out.writeUTF(type.binaryName());
    out.writeUTF(type.packageName());
    out.writeUTF(type.simpleName());
    out.writeUTF(type.outerBinaryName().orElse(""));
    out.writeByte(type.kind().ordinal());
    out.writeBoolean(type.isStatic());
    out.writeBoolean(type.membersKnown());
    out.writeByte(type.access().ordinal());
    out.writeInt(type.supertypes().size());
    for (TypeRef supertype : type.supertypes()) {
      writeRef(out, supertype);
    }
    out.writeInt(type.fields().size());
    for (FieldSymbol field : type.fields()) {
      out.writeUTF(field.name());
      out.writeBoolean(field.isStatic());
      out.writeByte(field.access().ordinal());
      writeRef(out, field.type());
    }
    out.writeInt(type.methods().size());
    for (MethodSymbol method : type.methods()) {
      out.writeUTF(method.name());
      out.writeInt(method.parameterCount());
      out.writeBoolean(method.varargs());
      out.writeBoolean(method.isStatic());
      out.writeUTF(method.parameterList());
      out.writeByte(method.access().ordinal());
      writeRef(out, method.returnType());
    }
    out.writeInt(type.memberTypes().size());
    for (Map.Entry<String, String> member : type.memberTypes().entrySet()) {
      out.writeUTF(member.getKey());
      out.writeUTF(member.getValue());
    }
    SummaryCodec.writeStrings(out, type.typeParameters());
  }

  static TypeSymbol readType(DataInputStream in, TypeOrigin.Source origin, TypeRef.WrittenTypes written,
      int[] ordinal) throws IOException {
    String binaryName = in.readUTF();
    String packageName = in.readUTF();
    String simpleName = in.readUTF();
    String outer = in.readUTF();
    TypeKind kind = TypeKind.values()[in.readByte()];
    boolean isStatic = in.readBoolean();
    boolean membersKnown = in.readBoolean();
    Access access = Access.values()[in.readByte()];
    List<TypeRef> supertypes = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      supertypes.add(readRef(in, written, ordinal));
    }
    List<FieldSymbol> fields = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String name = in.readUTF();
      boolean fieldStatic = in.readBoolean();
      Access fieldAccess = Access.values()[in.readByte()];
      fields.add(new FieldSymbol(name, fieldStatic, readRef(in, written, ordinal), fieldAccess));
    }
    List<MethodSymbol> methods = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String name = in.readUTF();
      int parameters = in.readInt();
      boolean varargs = in.readBoolean();
      boolean methodStatic = in.readBoolean();
      String parameterList = in.readUTF();
      Access methodAccess = Access.values()[in.readByte()];
      methods.add(new MethodSymbol(name, parameters, varargs, methodStatic, readRef(in, written, ordinal),
          parameterList, methodAccess));
    }
    Map<String, String> memberTypes = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      memberTypes.put(in.readUTF(), in.readUTF());
    }
    List<String> typeParameters = List.copyOf(SummaryCodec.readStrings(in));
    return new TypeSymbol(binaryName, packageName, simpleName, outer.isEmpty() ? Optional.empty() : Optional.of(outer),
        kind, isStatic, origin, supertypes, fields, methods, memberTypes, typeParameters, membersKnown, access);
  }

  private static void writeRef(DataOutputStream out, TypeRef ref) throws IOException {
    if (ref instanceof TypeRef.Named named) {
      out.writeByte(NAMED);
      out.writeUTF(named.binaryName());
      out.writeByte(named.arrayDimensions());
    } else if (ref instanceof TypeRef.Primitive primitive) {
      out.writeByte(PRIMITIVE);
      out.writeUTF(primitive.keyword());
      out.writeByte(primitive.arrayDimensions());
    } else if (ref instanceof TypeRef.TypeVariable variable) {
      out.writeByte(TYPE_VARIABLE);
      out.writeUTF(variable.name());
      out.writeByte(variable.arrayDimensions());
    } else if (ref instanceof TypeRef.InSource source) {
      out.writeByte(WRITTEN);
      out.writeUTF(source.node() instanceof ClassOrInterfaceType written ? written.getNameAsString() : "");
    } else if (ref instanceof TypeRef.Deferred deferred) {
      out.writeByte(WRITTEN);
      out.writeUTF(deferred.name());
    } else {
      out.writeByte(UNKNOWN);
    }
  }

  private static TypeRef readRef(DataInputStream in, TypeRef.WrittenTypes written, int[] ordinal) throws IOException {
    int tag = in.readByte();
    return switch (tag) {
      case NAMED -> new TypeRef.Named(in.readUTF(), in.readByte());
      case PRIMITIVE -> new TypeRef.Primitive(in.readUTF(), in.readByte());
      case TYPE_VARIABLE -> new TypeRef.TypeVariable(in.readUTF(), in.readByte());
      case WRITTEN -> new TypeRef.Deferred(written, ordinal[0]++, in.readUTF());
      case UNKNOWN -> TypeRef.UNKNOWN;
      default -> throw new IOException("unknown type tag " + tag);
    };
  }
}
