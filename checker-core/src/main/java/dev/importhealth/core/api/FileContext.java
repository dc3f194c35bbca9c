package dev.importhealth.core.api;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.importhealth.core.model.SourceFile;
import dev.importhealth.core.semantics.FileSemantics;
import dev.importhealth.core.semantics.Resolution;
import java.util.List;

/**
 * What a {@link FileRule} sees of one file, and the only way it reports: the engine fills in the
 * rule id, the configured severity and the location.
 */
public interface FileContext {

  SourceFile file();

  CompilationUnit unit();

  FileSemantics semantics();

  /**
   * Reports a problem at {@code node}.
   *
   * @param message a full sentence ending with a period
   * @param suggestions the names the user may have meant, best first
   */
  void report(Node node, String message, List<String> suggestions);

  default void report(Node node, String message) {
    report(node, message, List.of());
  }

  /** Records a reference the index could not check, for the IH902 notice. */
  void unchecked(Resolution.Unknown<?> unknown);
}
