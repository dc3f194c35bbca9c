package dev.importhealth.core.internal.project;

import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.SourceRoot;
import dev.importhealth.core.model.SourceScope;
import java.nio.file.Path;

/**
 * Where a source file sits in a {@link dev.importhealth.core.model.Project}.
 *
 * @param file the file, absolute and normalized
 * @param module the module owning {@code root}
 * @param root the deepest source root containing the file
 * @param directoryPackage the package the file's directory stands for relative to {@code root}
 *     ({@code ""} for the root itself); what the file's {@code package} declaration should say
 */
public record SourceFileInfo(Path file, Module module, SourceRoot root, String directoryPackage) {

  public SourceScope scope() {
    return root.scope();
  }

  public boolean generated() {
    return root.generated();
  }
}
