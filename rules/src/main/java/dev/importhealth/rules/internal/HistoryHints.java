package dev.importhealth.rules.internal;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.history.Move;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where git history says a missing type went (IH101, IH103): asked only once a reference is
 * known to be missing, and only answered when exactly one move fits the place.
 */
public final class HistoryHints {

  /**
   * @param move the move git shows
   * @param suggestion what to write instead, the first suggestion of the finding
   */
  public record Hint(Move move, String suggestion) {
    /** The clause the finding's message gains. */
    public String clause() {
      return "git history shows '" + move.from() + "' moved to '" + move.to() + "' in " + move.when();
    }
  }

  private HistoryHints() {}

  /** An import: the type it names, or the type holding a static import's member. */
  public static Optional<Hint> forImport(FileContext context, ImportDeclaration imp) {
    String name = imp.getNameAsString();
    String type = imp.isStatic() && !imp.isAsterisk() ? name.substring(0, name.lastIndexOf('.')) : name;
    return context.history().movedTo(type).map(move -> new Hint(move, move.movedName(name).orElseThrow()));
  }

  /**
   * A type or name written in code: a qualified name as written; a name starting with a simple
   * name in each package Java would look for a top-level type in (the file's own, and those it
   * imports on demand), when exactly one of them moved.
   */
  public static Optional<Hint> forType(FileContext context, Node node) {
    String written = node instanceof ClassOrInterfaceType type ? type.getNameWithScope()
        : node instanceof Name name ? name.asString() : node.toString();
    if (!written.matches("[\\p{L}\\p{N}_$.]+")) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>();
    if (Character.isLowerCase(written.charAt(0)) && written.contains(".")) {
      candidates.add(written);
    } else {
      String pkg = context.unit().getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
      candidates.add(pkg + written);
      for (ImportDeclaration imp : context.unit().getImports()) {
        if (imp.isAsterisk() && !imp.isStatic()) {
          candidates.add(imp.getNameAsString() + "." + written);
        }
      }
    }
    Set<Move> moves = new LinkedHashSet<>();
    candidates.forEach(c -> context.history().movedTo(c).ifPresent(moves::add));
    return moves.size() == 1 ? Optional.of(new Hint(moves.iterator().next(), moves.iterator().next().to()))
        : Optional.empty();
  }
}
