package dev.importhealth.core.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import dev.importhealth.core.internal.source.SourceParser.ParsedFile;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a changed-files check reports on: the changed ones, and every file that names a type
 * a changed (or deleted) file declares, since a renamed method breaks its callers. Naming is read
 * from the parsed trees (any identifier equal to the type's simple name), which errs towards
 * checking more files; a caller that reaches a changed type only through an inferred type (a
 * chain of calls, {@code var}) and never names it is not rechecked.
 */
final class ChangedFiles {

  private ChangedFiles() {}

  static List<ParsedFile> affected(List<ParsedFile> reportable, List<Path> changed) {
    Set<Path> changedPaths = new HashSet<>();
    Set<String> changedTypes = new HashSet<>();
    for (Path path : changed) {
      Path normal = Engine.normalise(path);
      changedPaths.add(normal);
      String name = normal.getFileName().toString();
      if (name.endsWith(".java")) {
        changedTypes.add(name.substring(0, name.length() - ".java".length()));
      }
    }
    for (ParsedFile file : reportable) {
      if (changedPaths.contains(Engine.normalise(file.file().path())) && file.unit().isPresent()) {
        file.unit().get().findAll(TypeDeclaration.class).forEach(type -> changedTypes.add(type.getNameAsString()));
      }
    }
    return reportable.stream().filter(file -> changedPaths.contains(Engine.normalise(file.file().path()))
        || file.unit().map(unit -> names(unit, changedTypes)).orElse(false)).toList();
  }

  private static boolean names(CompilationUnit unit, Set<String> types) {
    return unit.findFirst(SimpleName.class, name -> types.contains(name.getIdentifier())).isPresent()
        || unit.findFirst(Name.class, name -> types.contains(name.getIdentifier())).isPresent();
  }
}
