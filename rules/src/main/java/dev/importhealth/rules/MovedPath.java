package dev.importhealth.rules;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.rules.internal.MovedPaths;
import java.time.LocalDate;
import java.util.List;

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
      String message = "'" + place.oldPath() + "' moved to '" + place.newPath() + "'"
          + migration.reason().map(r -> " (" + r + ")").orElse("")
          + (migration.isOverdue(today) ? "; the move was due by " + migration.until().get() : "") + ".";
      context.report(place.node(), message, List.of(place.newPath()));
    }
  }
}
