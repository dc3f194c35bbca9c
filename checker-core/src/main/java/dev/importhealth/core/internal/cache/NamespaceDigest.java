package dev.importhealth.core.internal.cache;

import dev.importhealth.core.index.ClassLibrary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.TreeSet;

/**
 * A digest of everything that decides what a written type name means in a file whose own text
 * did not change: every source file's shape (package, imports, named types and their supertypes as
 * written), the classes the classpath and the build output offer outside the JDK, the JDK itself,
 * and the index's policy for unknown names. Edits inside method bodies leave it as it is, so a
 * supertype resolved in an earlier run still stands; any new, removed or re-parented type, or a
 * changed import anywhere, changes it, and then every file's supertypes are resolved afresh.
 */
public final class NamespaceDigest {

  private NamespaceDigest() {}

  /** @param shapes each source file's {@link FileSummary#shape()}, in the run's file order */
  public static String of(List<String> shapes, ClassLibrary library, Object policy) {
    MessageDigest digest = Digests.sha256();
    update(digest, System.getProperty("java.home") + " " + Runtime.version());
    update(digest, canonical(policy));
    shapes.forEach(shape -> update(digest, shape));
    for (String packageName : new TreeSet<>(library.packages())) {
      if (!library.isJdkPackage(packageName)) {
        update(digest, packageName);
        new TreeSet<>(library.classesIn(packageName)).forEach(name -> update(digest, name));
      }
    }
    return Digests.hex(digest.digest());
  }

  /** A record's components in order, each collection sorted: the same text in every run (sets iterate at random). */
  private static String canonical(Object value) {
    if (value instanceof java.util.Collection<?> collection) {
      return collection.stream().map(NamespaceDigest::canonical).sorted().toList().toString();
    }
    if (value instanceof Record record) {
      StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('(');
      for (var component : record.getClass().getRecordComponents()) {
        try {
          text.append(component.getName()).append('=').append(canonical(component.getAccessor().invoke(record))).append(' ');
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("a record's accessor is public", e);
        }
      }
      return text.append(')').toString();
    }
    return String.valueOf(value);
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
