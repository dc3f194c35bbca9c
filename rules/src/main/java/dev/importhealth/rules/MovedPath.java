package dev.importhealth.rules;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.config.Migration;
import dev.importhealth.rules.internal.migrations.MigrationFixes;
import dev.importhealth.rules.internal.migrations.MovedPaths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A use of an old path of the {@code migrations:} registry in {@code import-health.yaml}: an
 * import, a fully qualified name, a static import, or a member used on a receiver whose type the
 * index knows. Where the old type or member is gone, this finding replaces IH101-IH105 there.
 */
@CheckerRule(
    id = "IH201",
    name = "moved-path",
    severity = Severity.WARNING,
    summary = "Use of a path the migration registry says has moved",
    help = "Use the new path the message names; the `migrations:` section of import-health.yaml "
        + "records where the old one went and why.",
    tags = {"migrations"})
public final class MovedPath implements FileRule {

  @Override
  public void check(FileContext context) {
    LocalDate today = LocalDate.now();
    for (MovedPaths.Place place : MovedPaths.find(context)) {
      var migration = place.migration();
      // a package entry maps a type by name; say so rather than name a type the new package lacks
      boolean mappedTypeMissing = migration.kind() == Migration.Kind.PACKAGE && !typeExists(context, place.newPath());
      String message = (mappedTypeMissing
              ? "'" + place.oldPath() + "' is in package '" + migration.from() + "', which moved to '" + migration.to()
                  + "', but the new package has no '" + place.newPath().substring(place.newPath().lastIndexOf('.') + 1)
                  + "'"
              : "'" + place.oldPath() + "' moved to '" + place.newPath() + "'")
          + migration.reason().map(r -> " (" + r + ")").orElse("")
          + (migration.isOverdue(today) ? "; the move was due by " + migration.until().get() : "") + ".";
      // a move past its deadline is an error, as the registry's `until` promises
      context.report(place.node(), message, mappedTypeMissing ? List.of() : List.of(place.newPath()),
          migration.isOverdue(today) ? Severity.ERROR : Severity.WARNING,
          mappedTypeMissing ? Optional.empty() : MigrationFixes.of(context, place));
    }
  }

  /**
   * Whether a type of that canonical name exists ({@code a.b.Outer.Inner} is {@code a.b.Outer$Inner});
   * a name that is no type's (a subpackage, lower-case by convention) is not in doubt.
   */
  private static boolean typeExists(FileContext context, String canonicalName) {
    String last = canonicalName.substring(canonicalName.lastIndexOf('.') + 1);
    if (last.isEmpty() || !Character.isUpperCase(last.charAt(0))) {
      return true;
    }
    String binary = canonicalName;
    for (int dot = binary.lastIndexOf('.'); dot > 0; dot = binary.lastIndexOf('.', dot - 1)) {
      if (context.structures().type(binary).isPresent()) {
        return true;
      }
      binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
    }
    return false;
  }
}
