package dev.importhealth.rules;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.api.ProjectRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.config.Migration;
import dev.importhealth.rules.internal.migrations.MovedPaths;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code migrations:} entry that has done its job (no code uses its old path any more) or that
 * sends users to a path which has itself moved on. Judged over every source file, so only when
 * the whole project is checked.
 */
@CheckerRule(
    id = "IH203",
    name = "stale-migration",
    severity = Severity.NOTE,
    summary = "Migration registry entry that is no longer needed or points at a moved path",
    help = "Remove an entry whose old path nothing uses any more; point an entry whose target has itself moved "
        + "at the final target.",
    tags = {"migrations"})
public final class StaleMigration implements ProjectRule {

  @Override
  public void check(ProjectContext context) {
    List<Migration> registry = context.config().migrations();
    if (registry.isEmpty()) {
      return;
    }
    Set<Migration> used = new HashSet<>();
    for (FileContext file : context.files()) {
      MovedPaths.find(file).forEach(place -> used.add(place.migration()));
    }
    for (Migration migration : registry) {
      Optional<FileRegion> entry = context.configLine(migration.line());
      if (entry.isEmpty()) {
        continue;
      }
      Optional<Migration> onward = onward(migration, registry);
      if (onward.isPresent()) {
        context.report(entry.get(), "The target '" + migration.to() + "' has itself moved to '"
            + onward.get().movedTarget(migration.to()).orElseThrow() + "' (line " + onward.get().line()
            + "); point this entry at the final target.", Severity.ERROR);
      } else if (!used.contains(migration)) {
        // while the old path exists, its own type may still use it without a receiver, which
        // IH201 does not see: say what was searched rather than claim that nothing uses it
        context.report(entry.get(), oldPathStillExists(context, migration)
            ? "No use of '" + migration.from() + "' outside its own declarations is left; delete it, then this "
                + "entry, which keeps new uses out until then."
            : "No code uses '" + migration.from() + "' any more; the entry has done its job and can be removed.",
            Severity.NOTE);
      }
    }
  }

  /** Another entry that moves this entry's target away. */
  private static Optional<Migration> onward(Migration migration, List<Migration> registry) {
    return registry.stream().filter(other -> other != migration && other.movedTarget(migration.to()).isPresent())
        .findFirst();
  }

  private static boolean oldPathStillExists(ProjectContext context, Migration migration) {
    return switch (migration.kind()) {
      case TYPE -> context.structures().type(migration.from()).isPresent();
      case MEMBER -> context.structures().type(Migration.owner(migration.from()))
          .filter(type -> type.methods().stream().anyMatch(m -> m.name().equals(Migration.member(migration.from())))
              || type.fields().stream().anyMatch(f -> f.name().equals(Migration.member(migration.from()))))
          .isPresent();
      case PACKAGE -> false;
    };
  }
}
