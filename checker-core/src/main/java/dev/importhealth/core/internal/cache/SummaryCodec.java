package dev.importhealth.core.internal.cache;

import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.index.Access;
import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bytes of one file's {@link FileSummary}. Types written in source are stored as ordinals in
 * one fixed order (each type's supertypes, then its fields, then its methods): decoding turns
 * ordinal k into a {@link TypeRef.Deferred} of k, and parsing the file again finds the same k-th
 * written type in the same order. Where a symbol came from (file, module, scope) is not stored:
 * the run that reads the entry knows it.
 */
public final class SummaryCodec {

  private static final int NAMED = 0;
  private static final int PRIMITIVE = 1;
  private static final int TYPE_VARIABLE = 2;
  private static final int WRITTEN = 3;
  private static final int UNKNOWN = 4;

  private SummaryCodec() {}

  public static byte[] encode(FileSummary summary) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(summary.packageName());
      out.writeBoolean(summary.problem().isPresent());
      if (summary.problem().isPresent()) {
        out.writeUTF(summary.problem().get());
        out.writeInt(summary.problemLine());
        out.writeInt(summary.problemColumn());
      }
      out.writeLong(summary.checksum());
      writeStrings(out, summary.deprecatedNames());
      out.writeUTF(summary.shape());
      out.writeUTF(summary.namespace());
      writeStrings(out, summary.resolved());
      out.writeUTF(summary.apiShape());
      out.writeUTF(summary.baseHash());
      out.writeUTF(summary.baseShape());
      out.writeInt(summary.types().size());
      for (TypeSymbol type : summary.types()) {
        writeType(out, type);
      }
      // last, so that decoding can leave them for later
      writeStrings(out, summary.names().get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** @throws IOException when the bytes are not a summary this version wrote */
  public static FileSummary decode(byte[] payload, TypeOrigin.Source origin, TypeRef.WrittenTypes written)
      throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
    String packageName = in.readUTF();
    Optional<String> problem = in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    int line = problem.isPresent() ? in.readInt() : 0;
    int column = problem.isPresent() ? in.readInt() : 0;
    long checksum = in.readLong();
    Set<String> deprecatedNames = readStrings(in);
    String shape = in.readUTF();
    String namespace = in.readUTF();
    List<String> resolved = readList(in);
    String apiShape = in.readUTF();
    String baseHash = in.readUTF();
    String baseShape = in.readUTF();
    int count = in.readInt();
    List<TypeSymbol> types = new ArrayList<>(count);
    int[] ordinal = {0};
    for (int i = 0; i < count; i++) {
      types.add(readType(in, origin, written, ordinal));
    }
    // the store's checksum covers these bytes too; they are read only if a changed-files check asks
    int namesAt = payload.length - in.available();
    FileSummary.Names names = FileSummary.Names.decodedWhenAsked(() -> {
      try {
        return readStrings(new DataInputStream(new ByteArrayInputStream(payload, namesAt, payload.length - namesAt)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return new FileSummary(packageName, problem, line, column, checksum, types, names, deprecatedNames, shape,
        resolved, namespace, apiShape, baseHash, baseShape);
  }

  private static void writeType(DataOutputStream out, TypeSymbol type) throws IOException {
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
    writeStrings(out, type.typeParameters());
  }

  private static TypeSymbol readType(DataInputStream in, TypeOrigin.Source origin, TypeRef.WrittenTypes written,
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
    List<String> typeParameters = List.copyOf(readStrings(in));
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

  private static void writeStrings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String string : strings) {
      out.writeUTF(string);
    }
  }

  private static List<String> readList(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("bad string count " + count);
    }
    List<String> strings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      strings.add(in.readUTF());
    }
    return strings;
  }

  private static Set<String> readStrings(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("bad string count " + count);
    }
    Set<String> strings = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      strings.add(in.readUTF());
    }
    return strings;
  }
}
