package dev.importhealth.core.api;

import dev.importhealth.core.config.Config;
import dev.importhealth.core.index.ClassLibrary;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.structure.Structures;
import java.util.List;
import java.util.Optional;

/** What a {@link ProjectRule} sees, and the only way it reports. */
public interface ProjectContext {

  Project project();

  Config config();

  Structures structures();

  /**
   * The compiled classes of the run: the JDK, the classpath and the modules' build output, listed
   * but never loaded. Owned by the engine: a rule must not close it.
   */
  ClassLibrary classes();

  /**
   * Every parsed source file of the project, including those not reported on; rules read them but
   * cannot report through them.
   */
  List<FileContext> files();

  /** The whole line {@code line} of the configuration file, where a finding about an entry goes. */
  Optional<FileRegion> configLine(int line);

  /** Reports at a level of the rule's choosing unless the user configured the rule's level. */
  void report(FileRegion region, String message, Severity unlessConfigured);
}
