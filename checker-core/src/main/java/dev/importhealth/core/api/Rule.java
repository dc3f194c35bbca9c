package dev.importhealth.core.api;

/**
 * A rule of import-health: a {@link FileRule}, which judges one file at a time, or a {@link
 * ProjectRule}, which judges the project as a whole. Metadata comes from the {@link CheckerRule}
 * annotation on the class.
 */
public interface Rule {

  default RuleDescriptor descriptor() {
    return RuleDescriptor.of(getClass());
  }
}
