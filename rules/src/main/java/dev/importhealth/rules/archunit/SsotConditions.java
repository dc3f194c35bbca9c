package dev.importhealth.rules.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.importhealth.rules.archunit.SsotViolation.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How {@link SsotRules} builds its rules: the ArchUnit conditions, their texts (stable, so that
 * {@code FreezingArchRule} matches stored violations across runs) and the violations as records.
 */
final class SsotConditions {

  private SsotConditions() {}


  static ArchRule onlyCanonical(
      String concept, Selector selector, Kind kind, String canonical, List<String> allowed, Optional<String> why) {
    Set<String> exempt = exempt(canonical, allowed);
    String text = prefix(concept) + "only " + canonical + allowedText(allowed) + " should " + selector.description;
    ArchCondition<JavaClass> beCanonical = new ArchCondition<>("be " + canonical + allowedText(allowed)) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (exempt.contains(c.getName())) {
          return;
        }
        String message = "Class <" + c.getName() + "> "
            + (kind == Kind.IMPLEMENTATION
                ? "is an implementation of " + selector.role + " other than the canonical " + canonical
                : "has a simple name matching '" + selector.regex + "' but is not the canonical " + canonical)
            + suffix(concept) + " in " + c.getSourceCodeLocation();
        events.add(SimpleConditionEvent.violated(violation(concept, kind, c, c, canonical, 0, message), message));
      }
    };
    DescribedPredicate<JavaClass> candidates = DescribedPredicate.describe(selector.description, selector.test);
    return classes().that(candidates).should(beCanonical).as(text).because(because(canonical, why));
  }

  static ArchRule noUse(
      String concept, Selector selector, String canonical, List<String> allowed, Optional<String> why) {
    Set<String> exempt = exempt(canonical, allowed);
    Predicate<JavaClass> nonCanonical = c -> !exempt.contains(c.getName()) && selector.test.test(c);
    String text = prefix(concept) + "no class should depend on " + selector.plural
        + (canonical.isEmpty() ? "" : " other than " + canonical + allowedText(allowed));
    ArchCondition<JavaClass> notUse = new ArchCondition<>("not depend on " + selector.plural) {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        if (nonCanonical.test(origin) || origin.getEnclosingClass().map(o -> isOrNestedIn(o, nonCanonical)).orElse(false)) {
          return; // the non-canonical classes themselves are the other rule's business
        }
        List<Dependency> dependencies = new ArrayList<>(origin.getDirectDependenciesFromSelf());
        dependencies.sort(Comparator.comparing(Dependency::getDescription));
        for (Dependency d : dependencies) {
          JavaClass target = d.getTargetClass().getBaseComponentType();
          if (target.getName().equals(origin.getName()) || !nonCanonical.test(target)) {
            continue;
          }
          String message = d.getDescription() + "; "
              + (canonical.isEmpty()
                  ? target.getName() + " is not to be used"
                  : "use the canonical " + canonical + " instead of " + target.getName())
              + suffix(concept);
          int line = d.getSourceCodeLocation().getLineNumber();
          events.add(SimpleConditionEvent.violated(
              violation(concept, Kind.USE, origin, target, canonical, line, message), message));
        }
      }
    };
    ArchRule rule = classes().should(notUse).as(text);
    return canonical.isEmpty() && why.isEmpty() ? rule : rule.because(because(canonical, why));
  }

  private static boolean isOrNestedIn(JavaClass c, Predicate<JavaClass> outer) {
    for (Optional<JavaClass> o = Optional.of(c); o.isPresent(); o = o.get().getEnclosingClass()) {
      if (outer.test(o.get())) {
        return true;
      }
    }
    return false;
  }

  private static SsotViolation violation(
      String concept, Kind kind, JavaClass offender, JavaClass target, String canonical, int line, String message) {
    Optional<Source> source = offender.getSource();
    return new SsotViolation(concept, kind, offender.getName(), target.getName(), canonical,
        source.flatMap(Source::getFileName), Math.max(line, 0), source.map(Source::getUri), message);
  }

  /** Which classes a rule is about, and how its text names them. */
  record Selector(String description, String plural, String role, String regex, Predicate<JavaClass> test) {

    static Selector implementing(String role) {
      return new Selector("implement or extend " + role, "implementations of " + role, role, null,
          c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT)
              && !c.getName().equals(role) && c.isAssignableTo(role));
    }

    static Selector named(String regex) {
      Pattern pattern = Pattern.compile(regex);
      return new Selector("have a simple name matching '" + regex + "'",
          "classes with a simple name matching '" + regex + "'", null, regex,
          c -> !c.isAnonymousClass() && pattern.matcher(c.getSimpleName()).matches());
    }

    static Selector in(Set<String> names) {
      return new Selector("be " + String.join(", ", names), String.join(", ", names.stream().sorted().toList()),
          null, null, c -> names.contains(c.getName()));
    }

    static Selector anyOf(List<Selector> selectors) {
      if (selectors.size() == 1) {
        return selectors.get(0);
      }
      return new Selector(
          selectors.stream().map(Selector::description).collect(Collectors.joining(" or ")),
          selectors.stream().map(Selector::plural).collect(Collectors.joining(" or ")),
          null, null, c -> selectors.stream().anyMatch(s -> s.test.test(c)));
    }
  }

  // ---- texts

  private static String prefix(String concept) {
    return concept.isEmpty() ? "" : "SSOT '" + concept + "': ";
  }

  private static String suffix(String concept) {
    return concept.isEmpty() ? "" : " (SSOT '" + concept + "')";
  }

  private static String allowedText(List<String> allowed) {
    return allowed.isEmpty() ? "" : " and the allowed " + String.join(", ", allowed);
  }

  private static String because(String canonical, Optional<String> why) {
    return why.orElse(canonical + " is the single source of truth");
  }

  private static Set<String> exempt(String canonical, List<String> allowed) {
    Set<String> exempt = new HashSet<>(allowed);
    exempt.add(canonical);
    return exempt;
  }
}
