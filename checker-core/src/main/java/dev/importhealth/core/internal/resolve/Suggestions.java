package dev.importhealth.core.internal.resolve;

import com.github.javaparser.ast.CompilationUnit;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.model.SourceScope;
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
    boolean fromMainCode = isMainCode(unit);
    List<String> moved = movedType(simpleName).stream()
        .filter(name -> !fromMainCode || !isTestCode(name)).toList();
    if (!moved.isEmpty()) {
      return moved;
    }
    List<String> candidates = new ArrayList<>(table.typeNamesIn(pkg));
    // main code never sees test code, so a test class is no answer there
    candidates.removeIf(name -> fromMainCode && isTestCode(pkg.isEmpty() ? name : pkg + "." + name));
    // the file's own types are the ones being written, never the ones the author meant
    unit.getTypes().forEach(t -> candidates.remove(t.getNameAsString()));
    unit.getImports().forEach(i -> {
      if (!i.isAsterisk() && !i.isStatic()) {
        candidates.add(i.getName().getIdentifier());
      }
    });
    return NameSimilarity.rank(simpleName, candidates);
  }

  private boolean isMainCode(CompilationUnit unit) {
    return !unit.getTypes().isEmpty() && table.declaredBy(unit.getType(0))
        .map(t -> t.origin() instanceof TypeOrigin.Source source && source.scope() == SourceScope.MAIN)
        .orElse(false);
  }

  /** A project type declared only in test sources. */
  private boolean isTestCode(String canonicalName) {
    List<TypeSymbol> declared = table.sourceTypesNamed(canonicalName.substring(canonicalName.lastIndexOf('.') + 1))
        .stream()
        .filter(binary -> binary.replace('$', '.').equals(canonicalName))
        .flatMap(binary -> table.type(binary).stream())
        .toList();
    return !declared.isEmpty() && declared.stream()
        .allMatch(t -> t.origin() instanceof TypeOrigin.Source source && source.scope() == SourceScope.TEST);
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
