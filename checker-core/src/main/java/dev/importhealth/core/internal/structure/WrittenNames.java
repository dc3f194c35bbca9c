package dev.importhealth.core.internal.structure;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import java.util.Optional;

/**
 * The canonical name a written type name stands for, read from the file's own imports. Used only
 * when the index cannot resolve the name (no classpath was given, so {@code org.junit} is
 * unknown territory): a file that compiles means exactly what its single-type import says.
 */
final class WrittenNames {

  private WrittenNames() {}

  /** For {@code Test} with {@code import org.junit.jupiter.api.Test;}: that name; a qualified name as written. */
  static Optional<String> canonicalName(Node site, String written) {
    if (written.contains(".")) {
      return Character.isLowerCase(written.charAt(0)) ? Optional.of(written) : viaImport(site, written);
    }
    return viaImport(site, written);
  }

  /**
   * The binary name for a canonical name, by naming convention: segments after the first
   * capitalised one are member types ({@code a.b.Outer.Inner} is {@code a.b.Outer$Inner}).
   */
  static String binaryName(String canonicalName) {
    String[] parts = canonicalName.split("\\.");
    StringBuilder out = new StringBuilder();
    boolean inType = false;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append(inType ? '$' : '.');
      }
      out.append(parts[i]);
      inType |= !parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0));
    }
    return out.toString();
  }

  private static Optional<String> viaImport(Node site, String written) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String rest = dot < 0 ? "" : written.substring(dot);
    return site.findCompilationUnit().flatMap(unit -> importOf(unit, first)).map(name -> name + rest);
  }

  private static Optional<String> importOf(CompilationUnit unit, String simpleName) {
    for (ImportDeclaration imp : unit.getImports()) {
      if (!imp.isAsterisk() && imp.getName().getIdentifier().equals(simpleName)) {
        return Optional.of(imp.getNameAsString());
      }
    }
    return Optional.empty();
  }
}
