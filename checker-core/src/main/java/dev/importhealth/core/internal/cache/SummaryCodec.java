package dev.importhealth.core.internal.cache;

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
import java.util.LinkedHashSet;
import java.util.List;
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
      writeStrings(out, summary.markedMethods());
      out.writeInt(summary.types().size());
      for (TypeSymbol type : summary.types()) {
        SymbolCodec.writeType(out, type);
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
    Set<String> markedMethods = readStrings(in);
    int count = in.readInt();
    List<TypeSymbol> types = new ArrayList<>(count);
    int[] ordinal = {0};
    for (int i = 0; i < count; i++) {
      types.add(SymbolCodec.readType(in, origin, written, ordinal));
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
        resolved, namespace, apiShape, baseHash, baseShape, markedMethods);
  }

  static void writeStrings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
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

  static Set<String> readStrings(DataInputStream in) throws IOException {
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
