package dev.importhealth.core.internal.classpath;

import dev.importhealth.core.index.TypeKind;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * A bounds-checked cursor over class-file bytes, and the constant pool (JVMS §4.4) once read:
 * every read that would run past the end throws {@link ClassFileFormatException} with the byte
 * position, and every constant pool reference is checked for its index and tag.
 */
abstract class ClassBytes {
  static final int ACC_PUBLIC = 0x0001;
  static final int ACC_PRIVATE = 0x0002;
  static final int ACC_PROTECTED = 0x0004;
  static final int ACC_STATIC = 0x0008;
  static final int ACC_FINAL = 0x0010;
  static final int ACC_BRIDGE = 0x0040;
  static final int ACC_VARARGS = 0x0080;
  static final int ACC_INTERFACE = 0x0200;
  static final int ACC_ABSTRACT = 0x0400;
  static final int ACC_SYNTHETIC = 0x1000;
  static final int ACC_ANNOTATION = 0x2000;
  static final int ACC_ENUM = 0x4000;
  static final int ACC_MODULE = 0x8000;

  private final byte[] bytes;
  private int pos;
  private int[] cpTags = new int[1];
  private int[] cpOffsets = new int[1]; // where each entry's data starts (after the tag)
  private String[] utf8Cache = new String[1];

  ClassBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  int position() {
    return pos;
  }

  boolean atEnd() {
    return pos == bytes.length;
  }

  /** Reads the constant pool count and entries, remembering where each entry is. */
  void readConstantPool() {
    int count = u2();
    cpTags = new int[Math.max(count, 1)];
    cpOffsets = new int[cpTags.length];
    utf8Cache = new String[cpTags.length];
    for (int i = 1; i < count; i++) {
      int tag = u1();
      cpTags[i] = tag;
      cpOffsets[i] = pos;
      switch (tag) {
        case 1 -> skip(u2()); // Utf8
        case 7, 8, 16, 19, 20 -> skip(2); // Class, String, MethodType, Module, Package
        case 15 -> skip(3); // MethodHandle
        // Integer, Float, Field/Method/InterfaceMethod refs, NameAndType, Dynamic, InvokeDynamic
        case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(4);
        case 5, 6 -> { // Long, Double: take two slots
          skip(8);
          if (++i >= count) {
            throw error("8-byte constant at the end of the constant pool");
          }
        }
        default -> throw error("unknown constant pool tag " + tag + " at entry " + i);
      }
    }
  }

  String utf8(int index) {
    checkEntry(index, 1, "Utf8");
    String s = utf8Cache[index];
    if (s == null) {
      int offset = cpOffsets[index];
      int length = ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
      try {
        s = new DataInputStream(new ByteArrayInputStream(bytes, offset, length + 2)).readUTF();
      } catch (IOException e) {
        throw error("bad modified UTF-8 in constant pool entry " + index);
      }
      utf8Cache[index] = s;
    }
    return s;
  }

  /** A Class entry's name in internal form ({@code java/util/Map$Entry}). */
  String className(int index) {
    checkEntry(index, 7, "Class");
    int offset = cpOffsets[index];
    String name = utf8(((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF));
    if (name.isEmpty() || name.startsWith("[")) {
      throw error("'" + name + "' is not a class name (constant pool entry " + index + ")");
    }
    return name;
  }

  /** An Integer entry: also how {@code byte}, {@code char}, {@code short} and {@code boolean} constants are stored. */
  int intConstant(int index) {
    checkEntry(index, 3, "Integer");
    return int4(cpOffsets[index]);
  }

  float floatConstant(int index) {
    checkEntry(index, 4, "Float");
    return Float.intBitsToFloat(int4(cpOffsets[index]));
  }

  long longConstant(int index) {
    checkEntry(index, 5, "Long");
    return long8(cpOffsets[index]);
  }

  double doubleConstant(int index) {
    checkEntry(index, 6, "Double");
    return Double.longBitsToDouble(long8(cpOffsets[index]));
  }

  private long long8(int offset) {
    return ((long) int4(offset) << 32) | (int4(offset + 4) & 0xFFFFFFFFL);
  }

  void checkEntry(int index, int tag, String what) {
    if (index <= 0 || index >= cpTags.length || cpTags[index] != tag) {
      throw error("constant pool entry " + index + " is not a " + what + " entry");
    }
  }

  /** Reads an attribute's u4 length and returns where the attribute ends. */
  int attributeEnd() {
    long length = u4() & 0xFFFFFFFFL;
    if (length > bytes.length - pos) {
      throw error("attribute length " + length + " runs past the end of the file");
    }
    return pos + (int) length;
  }

  void seek(int end) {
    if (pos > end) {
      throw error("attribute content runs past its declared length");
    }
    pos = end;
  }

  void skip(int n) {
    need(n);
    pos += n;
  }

  int u1() {
    need(1);
    return bytes[pos++] & 0xFF;
  }

  int u2() {
    need(2);
    int value = ((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF);
    pos += 2;
    return value;
  }

  int u4() {
    need(4);
    int value = int4(pos);
    pos += 4;
    return value;
  }

  private int int4(int offset) {
    return ((bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16)
        | ((bytes[offset + 2] & 0xFF) << 8) | (bytes[offset + 3] & 0xFF);
  }

  void need(int n) {
    if (n > bytes.length - pos) {
      throw error("truncated: needs " + n + " more bytes");
    }
  }

  ClassFileFormatException error(String problem) {
    return new ClassFileFormatException(
        "malformed class file at byte " + pos + " of " + bytes.length + ": " + problem);
  }

  /** The kind of type that a class file's access flags and superclass declare. */
  /** A class file's fixed start: its access flags, its own and its superclass's internal names, its kind. */
  record Header(int access, String thisName, String superName, TypeKind kind) {}

  /**
   * Reads from the magic number up to the interfaces: version (any is accepted), constant pool,
   * access flags, this class and superclass ({@code null} for {@code java.lang.Object}).
   */
  Header header() {
    if (u4() != 0xCAFEBABE) {
      throw error("not a class file (bad magic number)");
    }
    skip(4);
    readConstantPool();
    int access = u2();
    if ((access & ACC_MODULE) != 0) {
      throw error("a module-info class file declares no type");
    }
    String thisName = className(u2());
    int superIndex = u2();
    String superName = superIndex == 0 ? null : className(superIndex);
    return new Header(access, thisName, superName, kind(access, superName));
  }

  static TypeKind kind(int access, String superName) {
    if ((access & ACC_ANNOTATION) != 0) {
      return TypeKind.ANNOTATION;
    } else if ((access & ACC_INTERFACE) != 0) {
      return TypeKind.INTERFACE;
    } else if ((access & ACC_ENUM) != 0) {
      return TypeKind.ENUM;
    } else if ("java/lang/Record".equals(superName)) {
      return TypeKind.RECORD;
    }
    return TypeKind.CLASS;
  }

  /**
   * The leading constructor parameters that the compiler adds and source code does not pass: an
   * inner class's outer instance, an enum constant's name and ordinal.
   */
  static int implicitConstructorParameters(TypeKind kind, boolean nested, boolean isStatic) {
    return kind == TypeKind.ENUM ? 2 : kind == TypeKind.CLASS && nested && !isStatic ? 1 : 0;
  }

  static String binary(String internalName) {
    return internalName.replace('/', '.');
  }
}
