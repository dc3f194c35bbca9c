package dev.importhealth.rules.internal.migrations;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.PackageDeclaration;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Text edits to a file's imports that keep them as the author kept them: a renamed import stays
 * where it is unless its block was sorted and the new name belongs elsewhere in it; an import
 * the file already has is never added twice.
 */
final class ImportEdits {

  private final FileContext context;
  private final List<ImportDeclaration> imports;
  /** Each import as it reads once every move of the file is made: order is judged against these. */
  private final Map<ImportDeclaration, String> finalTexts = new IdentityHashMap<>();

  ImportEdits(FileContext context) {
    this.context = context;
    this.imports = context.unit().getImports();
    for (ImportDeclaration imp : imports) {
      finalTexts.put(imp, text(imp.isStatic(), MovedPaths.newImportName(imp, context.config().migrations()),
          imp.isAsterisk()));
    }
  }

  /** Edits that make {@code imp} import {@code newName} (same kind of import) instead. */
  List<TextEdit> rename(ImportDeclaration imp, String newName) {
    String newText = text(imp.isStatic(), newName, imp.isAsterisk());
    // the import is there already, or an earlier one moves to the same name
    boolean duplicate = imports.stream().anyMatch(other -> other != imp && finalTexts.get(other).equals(newText)
        && (text(other).equals(newText) || imports.indexOf(other) < imports.indexOf(imp)));
    if (duplicate) {
      return List.of(delete(imp));
    }
    List<ImportDeclaration> block = blockOf(imp);
    List<ImportDeclaration> others = block.stream().filter(i -> i != imp).toList();
    if (!isSorted(block) || others.isEmpty() || fitsAt(block, imp, newText, finalTexts)) {
      return List.of(new TextEdit(context.region(imp.getName()), newName));
    }
    List<TextEdit> edits = new ArrayList<>();
    edits.add(delete(imp));
    edits.add(insertSorted(others, newText));
    return edits;
  }

  /**
   * Edits that import the type {@code canonicalName} by its simple name: none when the file's
   * package or an import already makes it visible under that name.
   */
  List<TextEdit> addType(String canonicalName) {
    String pkg = canonicalName.substring(0, Math.max(canonicalName.lastIndexOf('.'), 0));
    String filePackage = context.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    String newText = text(false, canonicalName, false);
    if (pkg.equals(filePackage) || pkg.equals("java.lang")
        || imports.stream().anyMatch(i -> text(i).equals(newText) || text(i).equals(text(false, pkg, true)))) {
      return List.of();
    }
    List<ImportDeclaration> plain = imports.stream().filter(i -> !i.isStatic()).toList();
    if (!plain.isEmpty()) {
      // the block whose names share the longest prefix with the new one: org.* with org.*
      ImportDeclaration nearest = plain.stream()
          .max(Comparator.comparingInt((ImportDeclaration i) -> commonPrefix(i.getNameAsString(), canonicalName)))
          .orElseThrow();
      return List.of(insertSorted(blockOf(nearest), newText));
    }
    if (!imports.isEmpty()) {
      return List.of(insertBefore(imports.get(0), newText + "\n\n"));
    }
    Optional<PackageDeclaration> declaration = context.unit().getPackageDeclaration();
    if (declaration.isPresent()) {
      int after = context.region(declaration.get()).endLine() + 1;
      return List.of(new TextEdit(point(after), "\n" + newText + "\n"));
    }
    return List.of(new TextEdit(point(1), newText + "\n\n"));
  }

  /** The imports on consecutive lines around {@code imp} that are, like it, static or not. */
  private List<ImportDeclaration> blockOf(ImportDeclaration imp) {
    int at = imports.indexOf(imp);
    int first = at;
    while (first > 0 && adjacent(imports.get(first - 1), imports.get(first)) && imports.get(first - 1).isStatic() == imp.isStatic()) {
      first--;
    }
    int last = at;
    while (last + 1 < imports.size() && adjacent(imports.get(last), imports.get(last + 1)) && imports.get(last + 1).isStatic() == imp.isStatic()) {
      last++;
    }
    return imports.subList(first, last + 1);
  }

  private boolean adjacent(ImportDeclaration a, ImportDeclaration b) {
    return context.region(b).startLine() <= context.region(a).endLine() + 1;
  }

  private static boolean isSorted(List<ImportDeclaration> block) {
    for (int i = 1; i < block.size(); i++) {
      if (text(block.get(i - 1)).compareTo(text(block.get(i))) > 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean fitsAt(List<ImportDeclaration> block, ImportDeclaration imp, String newText,
      Map<ImportDeclaration, String> finalTexts) {
    int at = block.indexOf(imp);
    return (at == 0 || finalTexts.get(block.get(at - 1)).compareTo(newText) <= 0)
        && (at == block.size() - 1 || newText.compareTo(finalTexts.get(block.get(at + 1))) <= 0);
  }

  /** Inserts a whole import line into a sorted block, before the first import that sorts after it. */
  private TextEdit insertSorted(List<ImportDeclaration> block, String newText) {
    for (ImportDeclaration candidate : block) {
      if (finalTexts.get(candidate).compareTo(newText) > 0) {
        return insertBefore(candidate, newText + "\n");
      }
    }
    return new TextEdit(point(context.region(block.get(block.size() - 1)).endLine() + 1), newText + "\n");
  }

  private TextEdit insertBefore(ImportDeclaration imp, String text) {
    return new TextEdit(point(context.region(imp).startLine()), text);
  }

  /** Deletes the import's whole line when nothing else is on it, else only the import. */
  private TextEdit delete(ImportDeclaration imp) {
    FileRegion region = context.region(imp);
    boolean shared = context.unit().getChildNodes().stream()
        .filter(node -> node != imp && node.getRange().isPresent())
        .map(context::region)
        .anyMatch(other -> other.endLine() >= region.startLine() && other.startLine() <= region.endLine());
    return shared ? new TextEdit(region, "")
        : new TextEdit(new FileRegion(region.file(), region.startLine(), 1, region.endLine() + 1, 1), "");
  }

  private FileRegion point(int line) {
    return new FileRegion(context.file().path(), line, 1, line, 1);
  }

  private static String text(ImportDeclaration imp) {
    return text(imp.isStatic(), imp.getNameAsString(), imp.isAsterisk());
  }

  private static String text(boolean isStatic, String name, boolean asterisk) {
    return "import " + (isStatic ? "static " : "") + name + (asterisk ? ".*" : "") + ";";
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }
}
