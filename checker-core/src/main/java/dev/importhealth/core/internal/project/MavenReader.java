package dev.importhealth.core.internal.project;

import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.SourceRoot;
import dev.importhealth.core.model.SourceScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/** Turns a Maven reactor (a root pom and its modules, recursively) into {@link Module}s. */
final class MavenReader {

  static final String POM = "pom.xml";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

  /** groupId:artifactId of dependencies that run annotation processors which write sources. */
  private static final Set<String> PROCESSOR_ARTIFACTS =
      Set.of(
          "com.google.dagger:dagger-compiler",
          "com.google.dagger:hilt-compiler",
          "com.google.dagger:hilt-android-compiler",
          "com.google.auto.value:auto-value",
          "com.google.auto.factory:auto-factory",
          "org.immutables:value",
          "org.immutables:value-processor",
          "org.mapstruct:mapstruct-processor",
          "org.hibernate:hibernate-jpamodelgen",
          "org.hibernate.orm:hibernate-jpamodelgen",
          "com.querydsl:querydsl-apt",
          "com.mysema.querydsl:querydsl-apt",
          "io.soabase.record-builder:record-builder-processor");

  /** Lombok rewrites the AST in place; it writes no sources, so it is no reason to wait. */
  private static final Set<String> NOT_GENERATING =
      Set.of("org.projectlombok:lombok", "org.projectlombok:lombok-mapstruct-binding");

  /** Substrings of plugin artifactIds that generate Java sources during the build. */
  private static final List<String> GENERATOR_PLUGINS =
      List.of(
          "protobuf",
          "grpc",
          "jaxb",
          "xjc",
          "cxf-codegen",
          "jooq-codegen",
          "openapi-generator",
          "swagger-codegen",
          "avro",
          "antlr",
          "javacc",
          "jsonschema2pojo",
          "querydsl",
          "apt-maven-plugin",
          "maven-processor-plugin",
          "jaxws",
          "wsimport",
          "modello",
          "jflex",
          "templating");

  /** How many parents are followed at most; a longer chain is cut and its end left unknown. */
  static final int MAX_PARENTS = 20;

  /** The properties Maven allows in a parent's version (CI-friendly versions). */
  private static final Set<String> CI_FRIENDLY = Set.of("revision", "sha1", "changelist");

  private final Path projectRoot;
  private final MavenRepository repository;
  private final Map<Path, Optional<MavenPom>> cache = new HashMap<>();
  private String mavenConfig;

  MavenReader(Path projectRoot, MavenRepository repository) {
    this.projectRoot = projectRoot;
    this.repository = repository;
  }

  // ---- aggregation --------------------------------------------------------------------------

  /**
   * The directories that the pom in {@code dir} lists as modules (profiles included), or an empty
   * list when there is no readable pom there. Used while looking for the project root, so a
   * broken pom outside the project does not fail the run.
   */
  static List<Path> moduleDirsLenient(Path dir) {
    Path pomFile = dir.resolve(POM);
    if (!Files.isRegularFile(pomFile)) {
      return List.of();
    }
    try {
      MavenPom pom = MavenPom.parse(pomFile);
      List<Path> out = new ArrayList<>();
      for (String m : pom.modules()) {
        moduleDir(pom.dir, m).ifPresent(p -> out.add(p.getParent()));
      }
      return out;
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The pom file a {@code <module>} entry points at, when it exists. */
  private static Optional<Path> moduleDir(Path aggregatorDir, String module) {
    Path p;
    try {
      p = aggregatorDir.resolve(module.trim()).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (Files.isRegularFile(p)) {
      return Optional.of(p);
    }
    Path pom = p.resolve(POM);
    return Files.isRegularFile(pom) ? Optional.of(pom) : Optional.empty();
  }

  /** The root module first, then every module depth first in declaration order. */
  List<Module> readModules(Path rootPomFile) throws IOException {
    List<Module> modules = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    collect(rootPomFile.toAbsolutePath().normalize(), modules, seen);
    return modules;
  }

  private void collect(Path pomFile, List<Module> out, Set<Path> seen) throws IOException {
    if (!seen.add(pomFile.getParent())) {
      return;
    }
    MavenPom pom = MavenPom.parse(pomFile);
    cache.put(pomFile, Optional.of(pom));
    Effective eff = new Effective(pom, parentChain(pom), projectRoot);
    out.add(toModule(eff));
    for (String m : pom.modules()) {
      String resolved = eff.interpolate(m);
      Optional<Path> child = moduleDir(pom.dir, resolved != null ? resolved : m);
      if (child.isPresent()) {
        collect(child.get(), out, seen);
      }
    }
  }

  /**
   * The parents of {@code pom}, nearest first: local ones (via {@code <relativePath>}, default
   * {@code ../pom.xml}, when the artifactId matches), then, from the first parent that is not
   * found on disk that way, published ones from the local repository. A published pom's own parent
   * is always looked up in the repository. The chain stops at a parent found nowhere, at a cycle
   * or after {@value #MAX_PARENTS} parents; the last pom then still names a parent, which {@link
   * Effective#parentOutOfReach()} reports.
   */
  private List<MavenPom> parentChain(MavenPom pom) {
    List<MavenPom> chain = new ArrayList<>();
    Set<Path> visited = new HashSet<>();
    visited.add(pom.file);
    MavenPom cur = pom;
    boolean published = false;
    while (chain.size() < MAX_PARENTS) {
      Optional<MavenPom.ParentRef> ref = cur.parent();
      if (ref.isEmpty()) {
        break;
      }
      Optional<MavenPom> parent = published ? Optional.empty() : localParent(cur, ref.get());
      if (parent.isEmpty()) {
        parent = publishedParent(cur, ref.get());
        published = parent.isPresent();
      }
      if (parent.isEmpty() || !visited.add(parent.get().file)) {
        break;
      }
      chain.add(parent.get());
      cur = parent.get();
    }
    return chain;
  }

  private Optional<MavenPom> localParent(MavenPom child, MavenPom.ParentRef ref) {
    if (ref.relativePath() != null && ref.relativePath().isBlank()) {
      return Optional.empty();
    }
    String rel = ref.relativePath() == null ? "../pom.xml" : ref.relativePath().trim();
    Path candidate;
    try {
      candidate = child.dir.resolve(rel).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (Files.isDirectory(candidate)) {
      candidate = candidate.resolve(POM);
    }
    return load(candidate).filter(p -> p.text("artifactId").orElse("").equals(ref.artifactId()));
  }

  /**
   * The parent's pom in the local repository, when its version can be known and the pom found
   * there says it has the coordinates asked for. Maven allows placeholders in a parent's version
   * only for CI-friendly versions ({@code ${revision}}, {@code ${sha1}}, {@code ${changelist}});
   * they are resolved from the properties of the pom that names the parent, unless {@code
   * .mvn/maven.config} sets them (a command line may too; that is not knowable here).
   */
  private Optional<MavenPom> publishedParent(MavenPom child, MavenPom.ParentRef ref) {
    Map<String, String> own = child.properties();
    String version = Effective.interpolate(ref.version(),
        key -> CI_FRIENDLY.contains(key) && !mavenConfigDefines(key) ? own.get(key) : null);
    if (version == null) {
      return Optional.empty();
    }
    return repository.pom(ref.groupId(), ref.artifactId(), version)
        .flatMap(this::load)
        .filter(p -> p.text("artifactId").orElse("").equals(ref.artifactId())
            && p.text("groupId").or(() -> p.text("parent", "groupId")).orElse("").equals(ref.groupId())
            && p.text("version").or(() -> p.text("parent", "version")).orElse("").equals(version));
  }

  private boolean mavenConfigDefines(String property) {
    if (mavenConfig == null) {
      Path file = projectRoot.resolve(".mvn").resolve("maven.config");
      try {
        mavenConfig = Files.isRegularFile(file) ? Files.readString(file) : "";
      } catch (IOException | java.io.UncheckedIOException e) {
        mavenConfig = null;
        return true;
      }
    }
    return Pattern.compile("(?:-D|--define)[\\s=]*" + Pattern.quote(property) + "(?![\\w.-])")
        .matcher(mavenConfig).find();
  }

  private Optional<MavenPom> load(Path pomFile) {
    return cache.computeIfAbsent(
        pomFile,
        f -> {
          if (!Files.isRegularFile(f)) {
            return Optional.empty();
          }
          try {
            return Optional.of(MavenPom.parse(f));
          } catch (IOException e) {
            return Optional.empty();
          }
        });
  }

  // ---- one module ---------------------------------------------------------------------------

  private Module toModule(Effective eff) throws IOException {
    Path dir = eff.pom.dir;
    Path buildDir = eff.buildDirectory();

    List<SourceRoot> roots = new ArrayList<>();
    Set<Path> rootDirs = new HashSet<>();
    String name = TreeWalk.relativeName(projectRoot, dir);

    addRoot(roots, rootDirs, name, eff.directory("sourceDirectory", "src/main/java"), SourceScope.MAIN, false);
    BuildHelper helper = eff.buildHelper();
    for (Path p : helper.mainSources) {
      addRoot(roots, rootDirs, name, p, SourceScope.MAIN, p.startsWith(buildDir));
    }
    for (Path p : generatedRoots(buildDir.resolve("generated-sources"))) {
      addRoot(roots, rootDirs, name, p, SourceScope.MAIN, true);
    }
    addRoot(roots, rootDirs, name, eff.directory("testSourceDirectory", "src/test/java"), SourceScope.TEST, false);
    for (Path p : helper.testSources) {
      addRoot(roots, rootDirs, name, p, SourceScope.TEST, p.startsWith(buildDir));
    }
    for (Path p : generatedRoots(buildDir.resolve("generated-test-sources"))) {
      addRoot(roots, rootDirs, name, p, SourceScope.TEST, true);
    }

    List<Path> outputs = new ArrayList<>();
    for (Path p :
        List.of(
            eff.directory("outputDirectory", buildDir.resolve("classes").toString()),
            eff.directory("testOutputDirectory", buildDir.resolve("test-classes").toString()))) {
      if (Files.isDirectory(p)) {
        outputs.add(p);
      }
    }

    boolean generatorDeclared =
        eff.declaresAnnotationProcessing() || eff.usesGeneratorPlugin();
    boolean generated =
        TreeWalk.containsJava(buildDir.resolve("generated-sources"))
            || TreeWalk.containsJava(buildDir.resolve("generated-test-sources"));
    boolean helperDirMissing =
        helper.all().stream().anyMatch(p -> p.startsWith(buildDir) && !Files.isDirectory(p));
    boolean pending = (generatorDeclared && !generated) || helperDirMissing;

    List<Path> resources = new ArrayList<>(eff.resourceDirectories(false));
    resources.addAll(eff.resourceDirectories(true));
    return new Module(name, dir, roots, outputs, pending, resources, MavenTestSetup.read(eff), Optional.empty());
  }

  private static void addRoot(
      List<SourceRoot> roots,
      Set<Path> seen,
      String module,
      Path dir,
      SourceScope scope,
      boolean generated) {
    if (dir != null && Files.isDirectory(dir) && seen.add(dir)) {
      roots.add(new SourceRoot(dir, module, scope, generated));
    }
  }

  /**
   * Each subdirectory of {@code target/generated-sources} (or {@code -test-sources}) is a root;
   * when the Java files inside it declare packages that start deeper (protobuf's {@code
   * protobuf/java}, {@code protobuf/grpc-java}), the deeper package roots are used instead.
   */
  static List<Path> generatedRoots(Path base) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path sub : TreeWalk.subdirectories(base)) {
      List<Path> java = TreeWalk.files(sub, TreeWalk::isHidden, TreeWalk::isJava);
      if (java.isEmpty()) {
        out.add(sub);
      } else {
        out.addAll(TreeWalk.inferPackageRoots(sub, java));
      }
    }
    return out;
  }

  private record BuildHelper(List<Path> mainSources, List<Path> testSources) {
    List<Path> all() {
      List<Path> all = new ArrayList<>(mainSources);
      all.addAll(testSources);
      return all;
    }
  }

  /**
   * A pom seen through its parents, local and published: inherited properties, build settings and
   * plugins. Only configuration is inherited: a parent's {@code <modules>} and its directory play
   * no part, and paths are resolved against the module's own directory, as Maven does.
   */
  static final class Effective {
    final MavenPom pom;
    /** The pom first, then its parents. */
    final List<MavenPom> lineage;

    final Map<String, String> properties = new LinkedHashMap<>();
    /** The project's root directory: poms outside it (published parents) are not the project's files. */
    final Path projectRoot;

    Effective(MavenPom pom, List<MavenPom> parents, Path projectRoot) {
      this.pom = pom;
      this.projectRoot = projectRoot;
      this.lineage = new ArrayList<>();
      lineage.add(pom);
      lineage.addAll(parents);
      for (int i = lineage.size() - 1; i >= 0; i--) {
        properties.putAll(lineage.get(i).properties());
      }
    }

    private Optional<String> inherited(String... path) {
      for (MavenPom p : lineage) {
        Optional<String> v = p.text(path);
        if (v.isPresent()) {
          return v;
        }
      }
      return Optional.empty();
    }

    /**
     * The last parent read names a parent of its own that was found neither on disk nor in the
     * local repository (or the chain was cut at a cycle or at its length limit).
     */
    boolean parentOutOfReach() {
      return lineage.get(lineage.size() - 1).parent().isPresent();
    }

    /**
     * Resource directories ({@code test}: test resources) that exist: those of the nearest pom
     * that configures them (a configured list replaces Maven's default), plus any a profile adds,
     * since an active profile only adds and more roots never make a resource look missing. An
     * entry whose placeholders cannot be resolved is left out.
     */
    List<Path> resourceDirectories(boolean test) {
      List<String> configured = null;
      for (MavenPom p : lineage) {
        Optional<List<String>> own = p.ownResourceDirectories(test);
        if (own.isPresent()) {
          configured = own.get();
          break;
        }
      }
      List<String> raw = new ArrayList<>(configured != null ? configured
          : List.of(test ? "src/test/resources" : "src/main/resources"));
      for (MavenPom p : lineage) {
        for (Element profile : p.profiles()) {
          MavenPom.resourceDirectories(profile, test).ifPresent(raw::addAll);
        }
      }
      List<Path> out = new ArrayList<>();
      for (String r : raw) {
        String v = interpolate(r);
        Optional<Path> dir = v == null ? Optional.empty() : resolve(v);
        if (dir.isPresent() && Files.isDirectory(dir.get()) && !out.contains(dir.get())) {
          out.add(dir.get());
        }
      }
      return out;
    }

    Path buildDirectory() {
      Path def = pom.dir.resolve("target");
      Optional<String> raw = inherited("build", "directory");
      if (raw.isEmpty()) {
        return def;
      }
      String v = interpolate(raw.get(), key -> key.equals("project.build.directory") ? null : lookup(key, false));
      return v == null ? def : resolve(v).orElse(def);
    }

    /** A {@code <build>} directory setting, or the default when absent or unresolvable. */
    Path directory(String buildElement, String defaultPath) {
      Path def = pom.dir.resolve(defaultPath).normalize();
      Optional<String> raw = inherited("build", buildElement);
      if (raw.isEmpty()) {
        return def;
      }
      String v = interpolate(raw.get());
      return v == null ? def : resolve(v).orElse(def);
    }

    Optional<Path> resolve(String path) {
      try {
        return Optional.of(pom.dir.resolve(path.trim()).normalize());
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }

    String interpolate(String raw) {
      return interpolate(raw, key -> lookup(key, true));
    }

    /** Replaces {@code ${...}} placeholders; null when one cannot be resolved. */
    static String interpolate(String raw, Function<String, String> lookup) {
      String cur = raw;
      for (int round = 0; round < 10 && cur.contains("${"); round++) {
        Matcher m = PLACEHOLDER.matcher(cur);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
          String value = lookup.apply(m.group(1).trim());
          if (value == null) {
            return null;
          }
          m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        cur = sb.toString();
      }
      return cur.contains("${") ? null : cur;
    }

    private String lookup(String key, boolean withBuildDirectory) {
      switch (key) {
        case "project.basedir", "basedir", "pom.basedir" -> {
          return pom.dir.toString();
        }
        case "project.build.directory" -> {
          return withBuildDirectory ? buildDirectory().toString() : null;
        }
        case "project.artifactId", "pom.artifactId" -> {
          return pom.text("artifactId").orElse(null);
        }
        case "project.groupId", "pom.groupId" -> {
          return pom.text("groupId").or(() -> pom.text("parent", "groupId")).orElse(null);
        }
        case "project.version", "pom.version" -> {
          return pom.text("version").or(() -> pom.text("parent", "version")).orElse(null);
        }
        default -> {
          return properties.get(key);
        }
      }
    }

    private List<Element> buildPlugins() {
      List<Element> out = new ArrayList<>();
      for (MavenPom p : lineage) {
        out.addAll(p.buildPlugins());
      }
      return out;
    }

    BuildHelper buildHelper() {
      List<Path> main = new ArrayList<>();
      List<Path> test = new ArrayList<>();
      for (Element plugin : buildPlugins()) {
        if (!"build-helper-maven-plugin".equals(MavenPom.childText(plugin, "artifactId"))) {
          continue;
        }
        for (Element executions : MavenPom.children(plugin, "executions")) {
          for (Element exec : MavenPom.children(executions, "execution")) {
            List<String> goals =
                MavenPom.element(exec, "goals").stream()
                    .flatMap(g -> MavenPom.children(g, "goal").stream())
                    .map(MavenPom::text)
                    .toList();
            List<Path> sources = new ArrayList<>();
            MavenPom.element(exec, "configuration", "sources")
                .ifPresent(
                    s -> {
                      for (Element src : MavenPom.children(s, "source")) {
                        String v = interpolate(MavenPom.text(src));
                        if (v != null && !v.isBlank()) {
                          resolve(v).ifPresent(sources::add);
                        }
                      }
                    });
            if (goals.contains("add-source")) {
              main.addAll(sources);
            }
            if (goals.contains("add-test-source")) {
              test.addAll(sources);
            }
          }
        }
      }
      return new BuildHelper(main, test);
    }

    /**
     * A known generator plugin, or any plugin execution bound to the generate-sources or
     * generate-test-sources phase: whatever it is, that phase exists to write sources.
     */
    boolean usesGeneratorPlugin() {
      for (Element plugin : buildPlugins()) {
        String artifact = MavenPom.childText(plugin, "artifactId").toLowerCase(Locale.ROOT);
        for (String g : GENERATOR_PLUGINS) {
          if (artifact.contains(g)) {
            return true;
          }
        }
        org.w3c.dom.NodeList phases = plugin.getElementsByTagNameNS("*", "phase");
        for (int i = 0; i < phases.getLength(); i++) {
          String bound = phases.item(i).getTextContent().trim();
          if ((bound.equals("generate-sources") || bound.equals("generate-test-sources"))
              && !(artifact.equals("maven-antrun-plugin")
                  && phases.item(i).getParentNode() instanceof Element exec
                  && antrunLeavesSourcesAlone(plugin, exec))) {
            return true;
          }
        }
      }
      return false;
    }

    /** Ant tasks that write no file, or ({@code copy}) only where the destination says. */
    private static final Set<String> HARMLESS_ANT_TASKS = Set.of("copy", "mkdir", "echo");

    /**
     * An antrun execution whose Ant target only makes directories, echoes, or copies files to
     * places javac does not read: away from the source roots, build-helper source directories and
     * the build's {@code generated-sources} and {@code generated-test-sources} (neither inside them
     * nor above them). Such as commons-parent's copying of LICENSE and NOTICE for the javadoc jar.
     */
    private boolean antrunLeavesSourcesAlone(Element plugin, Element exec) {
      if (!"execution".equals(MavenPom.localName(exec))
          || MavenPom.child(plugin, "configuration").map(c -> !MavenPom.childElements(c).isEmpty()).orElse(false)) {
        return false;
      }
      Optional<Element> config = MavenPom.child(exec, "configuration");
      if (config.isEmpty()) {
        return false;
      }
      List<Element> settings = MavenPom.childElements(config.get());
      if (settings.size() != 1 || !Set.of("target", "tasks").contains(MavenPom.localName(settings.get(0)))) {
        return false;
      }
      Path buildDir = buildDirectory();
      List<Path> sources = new ArrayList<>(List.of(
          directory("sourceDirectory", "src/main/java"),
          directory("testSourceDirectory", "src/test/java"),
          buildDir.resolve("generated-sources"),
          buildDir.resolve("generated-test-sources")));
      sources.addAll(buildHelper().all());
      for (Element task : MavenPom.childElements(settings.get(0))) {
        String name = MavenPom.localName(task);
        if (!HARMLESS_ANT_TASKS.contains(name)) {
          return false;
        }
        if (name.equals("copy")) {
          String to = task.hasAttribute("todir") ? task.getAttribute("todir") : task.getAttribute("tofile");
          String v = to.isBlank() ? null : interpolate(to);
          Optional<Path> dest = v == null ? Optional.empty() : resolve(v);
          if (dest.isEmpty() || sources.stream().anyMatch(s -> s.startsWith(dest.get()) || dest.get().startsWith(s))) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * Annotation processors that write sources: configured on maven-compiler-plugin (also in
     * pluginManagement, which configures the implicit compile executions), or found by javac on
     * the classpath through a well-known processor dependency. {@code -proc:none} turns them off.
     */
    boolean declaresAnnotationProcessing() {
      List<Element> compilerConfigs = new ArrayList<>();
      for (MavenPom p : lineage) {
        List<Element> plugins = new ArrayList<>(p.buildPlugins());
        plugins.addAll(p.managedPlugins());
        for (Element plugin : plugins) {
          if ("maven-compiler-plugin".equals(MavenPom.childText(plugin, "artifactId"))) {
            compilerConfigs.addAll(MavenPom.descendants(plugin, "configuration"));
          }
        }
      }
      boolean configured = false;
      for (Element config : compilerConfigs) {
        if ("none".equals(MavenPom.childText(config, "proc"))) {
          return false;
        }
        for (Element arg : MavenPom.descendants(config, "arg")) {
          String a = MavenPom.text(arg);
          if (a.equals("-proc:none")) {
            return false;
          }
          if (a.startsWith("-processor")) {
            configured = true;
          }
        }
        if (MavenPom.childText(config, "compilerArgument").contains("-processor")) {
          configured = true;
        }
        for (Element paths : MavenPom.children(config, "annotationProcessorPaths")) {
          for (Element path : MavenPom.childElements(paths)) {
            String coord =
                MavenPom.childText(path, "groupId") + ":" + MavenPom.childText(path, "artifactId");
            if (!NOT_GENERATING.contains(coord)) {
              configured = true;
            }
          }
        }
        for (Element procs : MavenPom.children(config, "annotationProcessors")) {
          for (Element proc : MavenPom.childElements(procs)) {
            if (!MavenPom.text(proc).startsWith("lombok.")) {
              configured = true;
            }
          }
        }
      }
      return configured || dependsOnProcessor();
    }

    private boolean dependsOnProcessor() {
      for (MavenPom p : lineage) {
        for (Element dep : p.dependencies()) {
          String group = MavenPom.childText(dep, "groupId");
          String artifact = MavenPom.childText(dep, "artifactId");
          if (PROCESSOR_ARTIFACTS.contains(group + ":" + artifact)
              || group.equals("io.micronaut")
              || group.startsWith("io.micronaut.")) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
