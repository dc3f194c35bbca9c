package dev.importhealth.core.index;

import dev.importhealth.core.model.SourceScope;
import java.nio.file.Path;

/** Where a type was declared: a project source file, a classpath entry, or the JDK. */
public sealed interface TypeOrigin {

  record Source(Path file, String module, SourceScope scope) implements TypeOrigin {}

  /** A directory or jar on the classpath. */
  record Classpath(String entry) implements TypeOrigin {}

  record Jdk(String module) implements TypeOrigin {}
}
