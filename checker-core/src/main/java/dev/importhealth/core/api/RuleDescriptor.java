package dev.importhealth.core.api;

import java.util.List;
import java.util.Objects;

/** A rule's metadata as reporters and the catalogue see it, read from {@link CheckerRule}. */
public record RuleDescriptor(
    String id,
    String name,
    Severity defaultSeverity,
    String summary,
    String help,
    List<String> tags,
    String precision) {

  public RuleDescriptor {
    Objects.requireNonNull(id);
    tags = List.copyOf(tags);
  }

  public static RuleDescriptor of(Class<?> ruleClass) {
    CheckerRule info = ruleClass.getAnnotation(CheckerRule.class);
    if (info == null) {
      throw new IllegalArgumentException(ruleClass.getName() + " lacks @CheckerRule");
    }
    return new RuleDescriptor(
        info.id(), info.name(), info.severity(), info.summary(), info.help(),
        List.of(info.tags()), info.precision());
  }

  /** Where the long-form documentation of this rule lives, relative to the repository root. */
  public String docsPath() {
    return "docs/rules/" + id + ".md";
  }
}
