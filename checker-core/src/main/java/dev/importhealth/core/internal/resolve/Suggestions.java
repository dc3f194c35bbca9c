package dev.importhealth.core.internal.resolve;

import com.github.javaparser.ast.CompilationUnit;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.symbols.SymbolTable;
import dev.importhealth.core.semantics.NameSimilarity;
import java.util.ArrayList;
import java.util.List;

/**
 * "Did you mean" candidates. A type that moved keeps its simple name, so a same-named project
 * type elsewhere is the best answer; otherwise names close to the wanted one in the same place.
 */
final class Suggestions {

  private final SymbolTable table;
  private final Hierarchy hierarchy;

  Suggestions(SymbolTable table, Hierarchy hierarchy) {
    this.table = table;
    this.hierarchy = hierarchy;
  }

  /** Project types with exactly this simple name, fully qualified. */
  List<String> movedType(String simpleName) {
    return table.sourceTypesNamed(simpleName).stream().map(n -> n.replace('$', '.')).sorted().limit(3).toList();
  }

  List<String> typesLike(String pkg, String simpleName) {
    List<String> moved = movedType(simpleName);
    if (!moved.isEmpty()) {
      return moved;
    }
    return NameSimilarity.rank(simpleName, table.typeNamesIn(pkg)).stream()
        .map(n -> pkg.isEmpty() ? n : pkg + "." + n)
        .toList();
  }

  List<String> simpleTypeName(String simpleName, String pkg, CompilationUnit unit) {
    List<String> moved = movedType(simpleName);
    if (!moved.isEmpty()) {
      return moved;
    }
    List<String> candidates = new ArrayList<>(table.typeNamesIn(pkg));
    // the file's own types are the ones being written, never the ones the author meant
    unit.getTypes().forEach(t -> candidates.remove(t.getNameAsString()));
    unit.getImports().forEach(i -> {
      if (!i.isAsterisk() && !i.isStatic()) {
        candidates.add(i.getName().getIdentifier());
      }
    });
    return NameSimilarity.rank(simpleName, candidates);
  }

  List<String> memberTypes(TypeSymbol owner, String name) {
    return NameSimilarity.rank(name, owner.memberTypes().keySet());
  }

  List<String> methods(TypeSymbol owner, String name) {
    return NameSimilarity.rank(name, hierarchy.memberNames(owner, true));
  }

  List<String> fields(TypeSymbol owner, String name) {
    return NameSimilarity.rank(name, hierarchy.memberNames(owner, false));
  }
}
