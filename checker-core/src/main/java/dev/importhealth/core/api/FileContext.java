package dev.importhealth.core.api;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.importhealth.core.config.Config;
import dev.importhealth.core.history.MoveHistory;
import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceFile;
import dev.importhealth.core.semantics.FileSemantics;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.structure.Structures;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link FileRule} sees of one file, and the only way it reports: the engine fills in the
 * rule id, the configured severity and the location.
 */
public interface FileContext {

  SourceFile file();

  CompilationUnit unit();

  FileSemantics semantics();

  /** Reflection-like views of every type the project and its classpath declare. */
  Structures structures();

  /** The whole project: its modules, their source and resource roots and test setup. */
  Project project();

  /** The project's {@code import-health.yaml}, validated (the defaults when there is none). */
  Config config();

  /**
   * The moves of types that the project's git history shows, limited to moves whose new type the
   * index knows and whose old one it does not; read on first use, once per run. Empty outside a
   * git repository.
   */
  default MoveHistory history() {
    return MoveHistory.none();
  }

  /** The module the file belongs to. */
  default Module module() {
    return project().modules().stream().filter(m -> m.name().equals(file().module())).findFirst()
        .orElseThrow(() -> new IllegalStateException("no module " + file().module()));
  }

  /**
   * Reports a problem at {@code node}.
   *
   * @param message a full sentence ending with a period
   * @param suggestions the names the user may have meant, best first
   */
  void report(Node node, String message, List<String> suggestions);

  /**
   * Reports a problem at a level of the rule's own choosing for this finding (a migration past its
   * deadline is an error, not a warning), unless the user configured the rule's level, which wins.
   */
  default void report(Node node, String message, List<String> suggestions, Severity unlessConfigured) {
    report(node, message, suggestions, unlessConfigured, Optional.empty());
  }

  /** As above, with the exact edits that resolve the finding (SARIF {@code fixes}, {@code import-health fix}). */
  void report(Node node, String message, List<String> suggestions, Severity unlessConfigured, Optional<Fix> fix);

  /** Where {@code node} is in this file, as findings and {@link TextEdit}s locate text. */
  FileRegion region(Node node);

  default void report(Node node, String message) {
    report(node, message, List.of());
  }

  /** Records a reference the index could not check, for the IH902 notice. */
  void unchecked(Resolution.Unknown<?> unknown);
}
