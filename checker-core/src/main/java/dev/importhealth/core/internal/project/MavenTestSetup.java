package dev.importhealth.core.internal.project;

import dev.importhealth.core.internal.project.MavenReader.Effective;
import dev.importhealth.core.model.TestBuild;
import dev.importhealth.core.model.TestBuild.Selection;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * How Maven Surefire and Failsafe select and configure a module's tests, read from the module's
 * pom and its parents (local, and published ones read from the local repository) the way Maven
 * merges plugin configuration: the configuration of the execution that runs the tests before the
 * plugin's own, the module's pom before its parents', and {@code <plugins>} before {@code
 * <pluginManagement>}. Whatever could change the answer beyond what is modelled here (profiles,
 * a parent found neither on disk nor in the local repository, files, regular expressions, skipped
 * runs, {@code combine.*} merging, {@code <inherited>}) leaves the fact unknown: rules act only
 * on certain facts.
 */
final class MavenTestSetup {

  static final List<String> SUREFIRE_INCLUDES =
      List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");
  static final List<String> FAILSAFE_INCLUDES = List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");
  static final List<String> DEFAULT_EXCLUDES = List.of("**/*$*");

  private static final String SUREFIRE = "maven-surefire-plugin";
  private static final String FAILSAFE = "maven-failsafe-plugin";

  /** Packagings whose default lifecycle runs {@code surefire:test}; others compile no tests to run. */
  private static final Set<String> TESTED_PACKAGINGS = Set.of("jar", "war", "ejb", "maven-plugin", "bundle");

  /** Parameters that select test classes in ways include and exclude patterns do not describe. */
  private static final List<String> UNMODELLED_SELECTION =
      List.of("includesFile", "excludesFile", "dependenciesToScan", "suiteXmlFiles");

  /** Parameters that pass system properties we do not read (a file, or the deprecated form). */
  private static final List<String> UNMODELLED_PROPERTIES = List.of("systemProperties", "systemPropertiesFile");

  /**
   * Plugin settings that change neither which test classes run nor the JUnit configuration
   * parameters: a profile may set these without making the selection unknown.
   */
  private static final Set<String> HARMLESS_SETTINGS = Set.of("additionalClasspathElements", "useModulePath",
      "redirectTestOutputToFile", "trimStackTrace", "forkCount", "reuseForks", "parallel", "threadCount",
      "printSummary", "reportFormat", "useFile", "enableAssertions", "forkedProcessTimeoutInSeconds",
      "runOrder", "rerunFailingTestsCount", "failIfNoTests", "reportsDirectory", "statelessTestsetReporter",
      "consoleOutputReporter", "statelessTestsetInfoReporter", "useSystemClassLoader", "useManifestOnlyJar");

  /** User properties both plugins read as parameter defaults; a profile setting one changes the run. */
  private static final Set<String> PLUGIN_USER_PROPERTIES =
      Set.of("skipTests", "maven.test.skip", "maven.test.skip.exec", "skipITs", "test", "it.test", "argLine");

  /** User properties that skip the plugins' runs. */
  private static final Set<String> SKIP_PROPERTIES = Set.of("skipTests", "maven.test.skip", "maven.test.skip.exec", "skipITs");

  /** Not certain: the fact is left absent. Thrown from deep inside the reading, caught at its top. */
  private static final class Unknown extends Exception {
    Unknown() {
      super(null, null, false, false);
    }
  }

  private final Effective eff;

  private MavenTestSetup(Effective eff) {
    this.eff = eff;
  }

  static TestBuild read(Effective eff) {
    return new MavenTestSetup(eff).read();
  }

  private TestBuild read() {
    String packaging = eff.interpolate(eff.pom.text("packaging").orElse("jar"));
    if (eff.parentOutOfReach() || packaging == null || !TESTED_PACKAGINGS.contains(packaging)) {
      return TestBuild.UNKNOWN;
    }
    boolean profilesChangeProperties = profilesSetPluginProperties();
    PluginView surefire = new PluginView(SUREFIRE, profilesChangeProperties);
    Optional<PluginView> failsafe = new PluginView(FAILSAFE, profilesChangeProperties).ifRunning();

    Optional<Selection> surefireSelection =
        selection(surefire, SUREFIRE_INCLUDES, Map.of("skip", "maven.test.skip", "skipTests", "skipTests",
            "skipExec", "maven.test.skip.exec"), "test");
    Optional<Selection> failsafeSelection = failsafe.flatMap(view ->
        selection(view, FAILSAFE_INCLUDES, Map.of("skip", "maven.test.skip", "skipTests", "skipTests",
            "skipITs", "skipITs", "skipExec", "maven.test.skip.exec"), "it.test"));
    return new TestBuild(surefireSelection, failsafeSelection, failsafe.isEmpty(),
        configurationParameters(surefire, failsafe));
  }

  /**
   * A profile (of any pom in the lineage, whatever its activation) sets a user property the
   * plugins read in a way that could change a modelled fact. Two kinds cannot: a skip property
   * set to {@code true} only turns the run off (tests that never run are nobody's concern), and an
   * {@code argLine} without {@code -D} or placeholders passes no system property (published parents
   * do both, e.g. commons-parent's {@code site-basic} and {@code java-21-up} profiles).
   */
  private boolean profilesSetPluginProperties() {
    for (MavenPom p : eff.lineage) {
      for (Element profile : p.profiles()) {
        for (Element props : MavenPom.children(profile, "properties")) {
          for (Element prop : MavenPom.childElements(props)) {
            String name = MavenPom.localName(prop);
            String value = MavenPom.text(prop);
            boolean harmless = (SKIP_PROPERTIES.contains(name) && value.equals("true"))
                || (name.equals("argLine") && !value.contains("-D") && !value.contains("${") && !value.contains("@{"));
            if (PLUGIN_USER_PROPERTIES.contains(name) && !harmless) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  // ---- selection ------------------------------------------------------------------------------

  /**
   * @param skipParameters the plugin's skip parameters, each with the user property that sets it
   * @param testProperty the user property of the plugin's {@code test} parameter
   */
  private Optional<Selection> selection(
      PluginView view, List<String> defaultIncludes, Map<String, String> skipParameters, String testProperty) {
    try {
      view.requireCertain();
      for (Map.Entry<String, String> skip : skipParameters.entrySet()) {
        // tests that never run are nobody's concern, and "true" may come from the command line
        if (!parameter(view, skip.getKey(), skip.getValue()).orElse("false").equals("false")) {
          throw new Unknown();
        }
      }
      if (parameter(view, "test", testProperty).isPresent()) {
        throw new Unknown();
      }
      for (String name : UNMODELLED_SELECTION) {
        if (view.setting(name).isPresent()) {
          throw new Unknown();
        }
      }
      requireDirectory(view, "testSourceDirectory", eff.directory("testSourceDirectory", "src/test/java"));
      requireDirectory(view, "testClassesDirectory",
          eff.directory("testOutputDirectory", eff.buildDirectory().resolve("test-classes").toString()));
      return Optional.of(new Selection(
          patterns(view, "includes", "include", defaultIncludes),
          patterns(view, "excludes", "exclude", DEFAULT_EXCLUDES)));
    } catch (Unknown e) {
      return Optional.empty();
    }
  }

  /** A parameter's value from the configuration, else from the pom property Maven reads for it. */
  /**
   * The JVM options the plugin passes. {@code @{argLine}} is replaced late by the value of the
   * {@code argLine} property, which JaCoCo's prepare-agent (the usual reason for the idiom,
   * commons-parent's among them) sets to the pom's own value plus a {@code -javaagent:} option:
   * no system property comes from it that the pom's value does not show. Any other late
   * replacement is unknown.
   */
  private Optional<String> argLine(PluginView view) throws Unknown {
    Optional<Element> configured = view.setting("argLine");
    if (configured.isEmpty()) {
      return parameter(view, "argLine", "argLine");
    }
    String raw = MavenPom.text(configured.get());
    String ownValue = eff.properties.getOrDefault("argLine", "");
    return Optional.of(resolved(raw.replace("@{argLine}", ownValue.contains("@{") ? "@{" : ownValue)));
  }

  private Optional<String> parameter(PluginView view, String name, String userProperty) throws Unknown {
    Optional<Element> configured = view.setting(name);
    if (configured.isPresent()) {
      return Optional.of(resolved(MavenPom.text(configured.get())));
    }
    String property = eff.properties.get(userProperty);
    return property == null ? Optional.empty() : Optional.of(resolved(property));
  }

  /** A directory parameter is fine when absent or when it names the build's own directory. */
  private void requireDirectory(PluginView view, String name, Path buildDirectory) throws Unknown {
    Optional<Element> configured = view.setting(name);
    if (configured.isPresent()
        && !eff.resolve(resolved(MavenPom.text(configured.get()))).equals(Optional.of(buildDirectory))) {
      throw new Unknown();
    }
  }

  /**
   * The patterns of {@code <includes>} or {@code <excludes>}, the defaults when none are given.
   * Surefire splits an entry at commas; entries with {@code !} (negation), {@code #} (method
   * filters) or {@code %regex[} select differently from an Ant pattern, so they are not modelled.
   */
  private List<String> patterns(PluginView view, String list, String entry, List<String> defaults) throws Unknown {
    Optional<Element> configured = view.setting(list);
    if (configured.isEmpty()) {
      return defaults;
    }
    List<String> out = new ArrayList<>();
    for (Element e : MavenPom.children(configured.get(), entry)) {
      for (String pattern : resolved(MavenPom.text(e)).split(",")) {
        String p = pattern.trim();
        if (p.contains("!") || p.contains("#") || p.contains("%regex[") || p.contains("%ant[")) {
          throw new Unknown();
        }
        if (!p.isEmpty()) {
          out.add(p);
        }
      }
    }
    return out.isEmpty() ? defaults : out;
  }

  private String resolved(String raw) throws Unknown {
    String v = eff.interpolate(raw);
    if (v == null || v.contains("@{")) {
      throw new Unknown();
    }
    return v;
  }

  // ---- configuration parameters -----------------------------------------------------------------

  /** Surefire's and Failsafe's together; a key they set differently has no single answer. */
  private Optional<Map<String, String>> configurationParameters(PluginView surefire, Optional<PluginView> failsafe) {
    try {
      Map<String, String> all = new LinkedHashMap<>(configurationParameters(surefire));
      if (failsafe.isPresent()) {
        for (Map.Entry<String, String> e : configurationParameters(failsafe.get()).entrySet()) {
          String before = all.putIfAbsent(e.getKey(), e.getValue());
          if (before != null && !before.equals(e.getValue())) {
            throw new Unknown();
          }
        }
      }
      return Optional.of(Map.copyOf(all));
    } catch (Unknown e) {
      return Optional.empty();
    }
  }

  /**
   * {@code <properties><configurationParameters>} (what the JUnit Platform provider reads) and
   * {@code <systemPropertyVariables>} (JUnit also reads JVM system properties). A top-level
   * {@code <configurationParameters>} is no parameter of either plugin, so Maven would not pass
   * it on; whether the author expected it to work is not for us to decide, so it makes the map
   * unknown, as do system properties from places we do not read and {@code -D} in the argLine.
   */
  private Map<String, String> configurationParameters(PluginView view) throws Unknown {
    view.requireCertain();
    for (String name : UNMODELLED_PROPERTIES) {
      if (view.setting(name).isPresent()) {
        throw new Unknown();
      }
    }
    if (view.setting("configurationParameters").isPresent()
        || view.setting("properties", "property").isPresent()) {
      throw new Unknown();
    }
    Optional<String> argLine = argLine(view);
    if (argLine.isPresent() && argLine.get().contains("-D")) {
      throw new Unknown();
    }
    Map<String, String> out = new LinkedHashMap<>();
    // recessive first, so that each key ends with the value of the most dominant configuration
    for (Element config : view.configsRecessiveFirst()) {
      for (Element vars : MavenPom.children(config, "systemPropertyVariables")) {
        for (Element var : MavenPom.childElements(vars)) {
          out.put(MavenPom.localName(var), resolved(MavenPom.text(var)));
        }
      }
    }
    Optional<Element> text = view.setting("properties", "configurationParameters");
    if (text.isPresent()) {
      Properties parsed = new Properties();
      try {
        parsed.load(new StringReader(resolved(MavenPom.text(text.get()))));
      } catch (IOException | IllegalArgumentException e) {
        throw new Unknown();
      }
      parsed.stringPropertyNames().forEach(k -> out.put(k, parsed.getProperty(k)));
    }
    return out;
  }

  // ---- one plugin's configuration ---------------------------------------------------------------

  /** Where one plugin is declared for the module, and the configurations of its test run. */
  private final class PluginView {
    /** Declarations, dominant first: the lineage's {@code <plugins>}, then its pluginManagement. */
    private final List<Element> declarations = new ArrayList<>();
    private final String artifactId;
    private final boolean inBuildPlugins;
    private final List<Element> configs = new ArrayList<>();
    private final boolean runs;
    private boolean certain;

    PluginView(String artifactId, boolean profilesChangeProperties) {
      this.artifactId = artifactId;
      for (boolean managed : new boolean[] {false, true}) {
        for (MavenPom p : eff.lineage) {
          declarations.addAll(p.ownPlugins(artifactId, managed));
        }
      }
      inBuildPlugins = eff.lineage.stream().anyMatch(p -> !p.ownPlugins(artifactId, false).isEmpty());
      certain = !profilesChangeProperties && !profilesDeclare(artifactId) && !parentsLimitInheritance(artifactId);
      Optional<String> testExecution = testExecutionId(artifactId);
      runs = testExecution.isPresent();
      testExecution.ifPresent(id -> collectConfigs(id, artifactId.equals(SUREFIRE)));
    }

    /**
     * Failsafe runs only when declared in the build (not just managed) with its test goal bound.
     * Declared but with bindings we cannot read, it may run: present, so that its unknown
     * selection and configuration make the facts they touch unknown.
     */
    Optional<PluginView> ifRunning() {
      return inBuildPlugins && (runs || !certain) ? Optional.of(this) : Optional.empty();
    }

    void requireCertain() throws Unknown {
      if (!certain || !runs) {
        throw new Unknown();
      }
    }

    /** A parent's declaration, or one of its executions, that says whether children inherit it. */
    private boolean parentsLimitInheritance(String artifactId) {
      for (MavenPom p : eff.lineage.subList(1, eff.lineage.size())) {
        for (boolean managed : new boolean[] {false, true}) {
          for (Element plugin : p.ownPlugins(artifactId, managed)) {
            if (!MavenPom.descendants(plugin, "inherited").stream().allMatch(e -> MavenPom.text(e).equals("true"))) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /**
     * A profile declares the plugin with anything but settings that cannot change which classes
     * run or what JUnit is configured with (jsoup's JDK 11 profile only adds a classpath element
     * and turns the module path off).
     */
    private boolean profilesDeclare(String artifactId) {
      for (MavenPom p : eff.lineage) {
        for (Element profile : p.profiles()) {
          for (Element plugin : MavenPom.descendants(profile, "plugin")) {
            if (artifactId.equals(MavenPom.childText(plugin, "artifactId")) && !onlyHarmlessSettings(plugin)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private static boolean onlyHarmlessSettings(Element plugin) {
      for (Element child : MavenPom.childElements(plugin)) {
        String name = MavenPom.localName(child);
        if (name.equals("configuration")) {
          if (!MavenPom.childElements(child).stream()
              .allMatch(setting -> HARMLESS_SETTINGS.contains(MavenPom.localName(setting)))) {
            return false;
          }
        } else if (!name.equals("groupId") && !name.equals("artifactId") && !name.equals("version")) {
          return false; // executions, dependencies (a provider), inherited...
        }
      }
      return true;
    }

    /**
     * Surefire's tests run in {@code default-test}, which the packaging binds; Failsafe's in the
     * one execution that binds {@code integration-test} (two such executions: not modelled).
     */
    private Optional<String> testExecutionId(String artifactId) {
      if (artifactId.equals(SUREFIRE)) {
        return Optional.of("default-test");
      }
      Set<String> ids = new LinkedHashSet<>();
      for (Element exec : executions()) {
        boolean bindsTests = MavenPom.children(exec, "goals").stream()
            .flatMap(g -> MavenPom.children(g, "goal").stream())
            .anyMatch(g -> MavenPom.text(g).equals("integration-test"));
        if (bindsTests) {
          ids.add(executionId(exec));
        }
      }
      if (ids.size() > 1) {
        certain = false;
      }
      return ids.stream().findFirst();
    }

    /**
     * The test execution's configurations, then the plugin's. For Surefire, another execution
     * with a configuration of its own runs tests a second way, which one answer cannot describe.
     */
    private void collectConfigs(String testExecution, boolean otherExecutionsMatter) {
      for (Element exec : executions()) {
        boolean isTestExecution = executionId(exec).equals(testExecution);
        Optional<Element> config = MavenPom.child(exec, "configuration");
        if (isTestExecution && MavenPom.childText(exec, "phase").equals("none")) {
          certain = false;
        }
        if (isTestExecution) {
          config.ifPresent(configs::add);
        } else if (otherExecutionsMatter && config.isPresent() && !MavenPom.childElements(config.get()).isEmpty()) {
          certain = false;
        }
      }
      for (Element plugin : declarations) {
        MavenPom.child(plugin, "configuration").ifPresent(configs::add);
      }
      for (Element config : configs) {
        if (usesCombine(config)) {
          certain = false;
        }
      }
    }

    private List<Element> executions() {
      return declarations.stream()
          .flatMap(p -> MavenPom.children(p, "executions").stream())
          .flatMap(es -> MavenPom.children(es, "execution").stream())
          .toList();
    }

    private static String executionId(Element exec) {
      String id = MavenPom.childText(exec, "id");
      return id.isEmpty() ? "default" : id;
    }

    private static boolean usesCombine(Element e) {
      if (e.hasAttribute("combine.children") || e.hasAttribute("combine.self")) {
        return true;
      }
      return MavenPom.childElements(e).stream().anyMatch(PluginView::usesCombine);
    }

    /** The element at {@code path} in the most dominant configuration that has it. */
    Optional<Element> setting(String... path) {
      for (Element config : configs) {
        Optional<Element> found = MavenPom.element(config, path);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }

    List<Element> configsRecessiveFirst() {
      List<Element> out = new ArrayList<>(configs);
      Collections.reverse(out);
      return out;
    }
  }
}
