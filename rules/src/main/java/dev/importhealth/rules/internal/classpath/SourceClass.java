package dev.importhealth.rules.internal.classpath;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.model.SourceScope;

/** A top-level type declared in a project source file. */
public record SourceClass(String name, FileContext file, TypeDeclaration<?> node) {

  public String module() {
    return file.file().module();
  }

  public SourceScope scope() {
    return file.file().scope();
  }
}
