package dev.importhealth.rules.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.importhealth.rules.archunit.SsotViolation.Kind;
import dev.importhealth.core.config.Config;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.config.SsotConcept;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
    List<SsotConditions.Selector> selectors = new ArrayList<>();
    c.role().ifPresent(role -> {
      SsotConditions.Selector byRole = SsotConditions.Selector.implementing(role);
      selectors.add(byRole);
      rules.add(SsotConditions.onlyCanonical(c.name(), byRole, Kind.IMPLEMENTATION, c.canonical(), c.allowed(), c.description()));
    });
    c.pattern().ifPresent(regex -> {
      SsotConditions.Selector byName = SsotConditions.Selector.named(regex);
      selectors.add(byName);
      List<String> allowed = new ArrayList<>(c.allowed());
      c.role().ifPresent(allowed::add);
      rules.add(SsotConditions.onlyCanonical(c.name(), byName, Kind.NAME, c.canonical(), allowed, c.description()));
    });
    List<String> allowed = new ArrayList<>(c.allowed());
    c.role().ifPresent(allowed::add);
    rules.add(SsotConditions.noUse(c.name(), SsotConditions.Selector.anyOf(selectors), c.canonical(), allowed, c.description()));
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
    return SsotConditions.onlyCanonical("", SsotConditions.Selector.implementing(role), Kind.IMPLEMENTATION, canonical, List.of(allowed),
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
    return SsotConditions.onlyCanonical("", SsotConditions.Selector.named(regex), Kind.NAME, canonical, List.of(allowed), Optional.empty());
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
    return SsotConditions.noUse("", SsotConditions.Selector.implementing(role), canonical, List.of(allowed), Optional.empty());
  }

  /** Like {@link #noUseOfNonCanonical(String, String, String...)} for the classes {@link #namedLike} finds. */
  public static ArchRule noUseOfNamedLike(String regex, String canonical, String... allowed) {
    checkNames(canonical);
    checkNames(allowed);
    return SsotConditions.noUse("", SsotConditions.Selector.named(regex), canonical, List.of(allowed), Optional.empty());
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
    return SsotConditions.noUse("", SsotConditions.Selector.in(Set.of(classNames)), "", List.of(), Optional.empty());
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
