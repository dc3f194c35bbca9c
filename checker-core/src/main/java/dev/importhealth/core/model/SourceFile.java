package dev.importhealth.core.model;

import java.nio.file.Path;

/** A Java source file of the project and the root it belongs to. */
public record SourceFile(Path path, SourceRoot root) {

  public String module() {
    return root.module();
  }

  public SourceScope scope() {
    return root.scope();
  }
}
