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
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.importhealth.rules.archunit.SsotViolation.Kind;
import dev.importhealth.core.config.Config;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.config.SsotConcept;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * ArchUnit rules that keep one single source of truth (SSOT) per concept: one canonical class, no
 * competing implementations, no uses of the ones that remain. Use them in your own tests, plain or
 * wrapped in {@code FreezingArchRule.freeze(..)} to accept today's violations and fail on new ones:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme", importOptions = ImportOption.DoNotIncludeTests.class)
 * class SsotTest {
 *   @ArchTest
 *   static final ArchRule oneWebSocketManager =
 *       SsotRules.onlyCanonicalImplementation(WebSocketManager.class, UnifiedWebSocketManager.class);
 *
 *   @ArchTest
 *   void registry(JavaClasses classes) {
 *     SsotRules.fromConfig(Path.of("import-health.yaml"))
 *         .forEach(rule -> FreezingArchRule.freeze(rule).check(classes));
 *   }
 * }
 * }</pre>
 *
 * Rule texts name the concept and the classes, never a line, so they stay the same from run to
 * run and {@code FreezingArchRule} finds its store again. Violation lines name the offending class
 * and the canonical one; where they carry a line number it sits in ArchUnit's {@code (File.java:12)}
 * form, which {@code FreezingArchRule} ignores when it matches stored violations. Class names are
 * binary names ({@code com.acme.Outer$Inner}); the {@code String} overloads need no class loading.
 * Like every ArchUnit rule, a rule whose classes are all missing from the import fails ("failed to
 * check any classes") rather than passes; {@code allowEmptyShould(true)} turns that off.
 *
 * @see <a href="https://github.com/import-health/import-health/blob/main/docs/archunit.md">docs/archunit.md</a>
 */
public final class SsotRules {

  private SsotRules() {}

  /**
   * The rules for every {@code ssot:} entry of an {@code import-health.yaml}: with an {@code
   * interface}, {@link #onlyCanonicalImplementation(String, String, String...)}; with a {@code
   * pattern}, {@link #namedLike(String, String, String...)} (the interface counts as allowed); and
   * one rule against uses of the classes either of them finds, as {@link
   * #noUseOfNonCanonical(String, String, String...)} does.
   *
   * @throws IllegalArgumentException when the file cannot be read or its {@code ssot:} section is
   *     missing, empty or malformed; the message names the file, the line and the key
   */
  public static List<ArchRule> fromConfig(Path configFile) {
    Config config;
    try {
      config = Config.read(configFile);
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (config.ssot().isEmpty()) {
      throw new IllegalArgumentException(configFile + ": has no 'ssot:' entries, so there is nothing to check");
    }
    for (SsotConcept entry : config.ssot()) {
      if (entry.interfaceName().isEmpty() && entry.pattern().isEmpty()) {
        // IH401's third test, a public API that repeats the canonical's, has no ArchUnit rule here
        throw new IllegalArgumentException(configFile + ":" + entry.line() + ": 'ssot': entry '" + entry.name()
            + "' needs 'interface' or 'pattern' for ArchUnit rules to find its competitors");
      }
    }
    return forRegistry(config.ssot());
  }

  /**
   * The rules for registry entries already read (as a check reads them); an entry with neither
   * {@code interface} nor {@code pattern} has no ArchUnit rule and is passed over.
   */
  public static List<ArchRule> forRegistry(List<SsotConcept> registry) {
    List<ArchRule> rules = new ArrayList<>();
    for (SsotConcept entry : registry) {
      if (entry.interfaceName().isPresent() || entry.pattern().isPresent()) {
        rules.addAll(rulesFor(new Concept(entry.name(), binaryName(entry.canonical()),
            entry.interfaceName().map(SsotRules::binaryName), entry.pattern().map(Pattern::pattern),
            entry.allow().stream().map(SsotRules::binaryName).toList(), entry.description())));
      }
    }
    return List.copyOf(rules);
  }

  /**
   * The binary name ArchUnit knows a class by, for a canonical name in the configuration: the
   * names after the first capitalised one are nested classes ({@code a.Outer.Inner} is {@code
   * a.Outer$Inner}), as Java's naming conventions have it.
   */
  static String binaryName(String canonicalName) {
    String[] parts = canonicalName.split("\\.");
    StringBuilder name = new StringBuilder();
    boolean nested = false;
    for (String part : parts) {
      if (!name.isEmpty()) {
        name.append(nested ? '$' : '.');
      }
      name.append(part);
      nested = nested || Character.isUpperCase(part.charAt(0));
    }
    return name.toString();
  }

  static List<ArchRule> rulesFor(Concept c) {
    List<ArchRule> rules = new ArrayList<>();
    List<Selector> selectors = new ArrayList<>();
    c.role().ifPresent(role -> {
      Selector byRole = Selector.implementing(role);
      selectors.add(byRole);
      rules.add(onlyCanonical(c.name(), byRole, Kind.IMPLEMENTATION, c.canonical(), c.allowed(), c.description()));
    });
    c.pattern().ifPresent(regex -> {
      Selector byName = Selector.named(regex);
      selectors.add(byName);
      List<String> allowed = new ArrayList<>(c.allowed());
      c.role().ifPresent(allowed::add);
      rules.add(onlyCanonical(c.name(), byName, Kind.NAME, c.canonical(), allowed, c.description()));
    });
    List<String> allowed = new ArrayList<>(c.allowed());
    c.role().ifPresent(allowed::add);
    rules.add(noUse(c.name(), Selector.anyOf(selectors), c.canonical(), allowed, c.description()));
    return rules;
  }

  /**
   * No concrete class other than {@code canonical} and the {@code allowed} ones implements or
   * extends {@code role} (directly or through other types). Interfaces and abstract classes are not
   * counted; subclasses of the canonical class are.
   */
  public static ArchRule onlyCanonicalImplementation(Class<?> role, Class<?> canonical, Class<?>... allowed) {
    return onlyCanonicalImplementation(role.getName(), canonical.getName(), names(allowed));
  }

  /** Like {@link #onlyCanonicalImplementation(Class, Class, Class...)}, by binary class names. */
  public static ArchRule onlyCanonicalImplementation(String role, String canonical, String... allowed) {
    checkRole(role, canonical, allowed);
    return onlyCanonical("", Selector.implementing(role), Kind.IMPLEMENTATION, canonical, List.of(allowed),
        Optional.empty());
  }

  /**
   * No class other than {@code canonical} and the {@code allowed} ones has a simple name that
   * {@code regex} matches as a whole ({@code ".*WebSocketManager.*"}); anonymous classes have no
   * name and are not counted. Add the role interface to {@code allowed} when the pattern matches it.
   */
  public static ArchRule namedLike(String regex, String canonical, String... allowed) {
    checkNames(canonical);
    checkNames(allowed);
    return onlyCanonical("", Selector.named(regex), Kind.NAME, canonical, List.of(allowed), Optional.empty());
  }

  /**
   * The migration work list: no class depends on (calls, constructs, extends, declares a field,
   * parameter or return value of, ...) a concrete implementation of {@code role} other than {@code
   * canonical} and the {@code allowed} ones. The non-canonical implementations themselves, and the
   * classes nested in them, are not reported: {@link #onlyCanonicalImplementation} reports them.
   */
  public static ArchRule noUseOfNonCanonical(Class<?> role, Class<?> canonical, Class<?>... allowed) {
    return noUseOfNonCanonical(role.getName(), canonical.getName(), names(allowed));
  }

  /** Like {@link #noUseOfNonCanonical(Class, Class, Class...)}, by binary class names. */
  public static ArchRule noUseOfNonCanonical(String role, String canonical, String... allowed) {
    checkRole(role, canonical, allowed);
    return noUse("", Selector.implementing(role), canonical, List.of(allowed), Optional.empty());
  }

  /** Like {@link #noUseOfNonCanonical(String, String, String...)} for the classes {@link #namedLike} finds. */
  public static ArchRule noUseOfNamedLike(String regex, String canonical, String... allowed) {
    checkNames(canonical);
    checkNames(allowed);
    return noUse("", Selector.named(regex), canonical, List.of(allowed), Optional.empty());
  }

  /** No class other than the given ones (and the classes nested in them) depends on them. */
  public static ArchRule noUseOf(Class<?>... classes) {
    return noUseOf(names(classes));
  }

  /** Like {@link #noUseOf(Class...)}, by binary class names. */
  public static ArchRule noUseOf(String... classNames) {
    if (classNames.length == 0) {
      throw new IllegalArgumentException("noUseOf needs at least one class name");
    }
    checkNames(classNames);
    return noUse("", Selector.in(Set.of(classNames)), "", List.of(), Optional.empty());
  }

  /**
   * The violations of an {@link SsotRules} rule as data, ordered by class, line and message;
   * violations of other rules in {@code result} are left out. For a {@code FreezingArchRule}, only
   * the violations it does not know yet.
   */
  public static List<SsotViolation> violations(EvaluationResult result) {
    List<SsotViolation> out = new ArrayList<>();
    result.handleViolations((Collection<SsotViolation> objects, String message) -> out.addAll(objects));
    out.sort(Comparator.comparing(SsotViolation::className)
        .thenComparingInt(SsotViolation::line)
        .thenComparing(SsotViolation::message));
    return out;
  }

  // ---- building the rules

  private static ArchRule onlyCanonical(
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

  private static ArchRule noUse(
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
  private record Selector(String description, String plural, String role, String regex, Predicate<JavaClass> test) {

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

  private static String[] names(Class<?>... classes) {
    return Arrays.stream(classes).map(Class::getName).toArray(String[]::new);
  }

  private static void checkNames(String... names) {
    for (String n : names) {
      if (Objects.requireNonNull(n, "class name").isBlank()) {
        throw new IllegalArgumentException("a class name is blank");
      }
    }
  }

  private static void checkRole(String role, String canonical, String... allowed) {
    checkNames(role, canonical);
    checkNames(allowed);
    if (role.equals(canonical)) {
      throw new IllegalArgumentException("the canonical class " + canonical + " is the role itself");
    }
  }
}
