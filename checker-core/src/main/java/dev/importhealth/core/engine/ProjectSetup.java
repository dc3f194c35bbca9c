package dev.importhealth.core.engine;

import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.config.Config;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.internal.config.ConfigLoader;
import dev.importhealth.core.internal.config.LoadedConfig;
import dev.importhealth.core.internal.config.SourceFilter;
import dev.importhealth.core.internal.project.JavaRelease;
import dev.importhealth.core.internal.project.MavenClasspath;
import dev.importhealth.core.internal.project.ProjectDiscovery;
import dev.importhealth.core.internal.project.SourceFileInfo;
import dev.importhealth.core.internal.project.SourceLocator;
import dev.importhealth.core.internal.symbols.SymbolTable.NamespacePolicy;
import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project, its configuration, its files and its classpath, as one run sees them. */
record ProjectSetup(
    Project project,
    Config config,
    List<SourceFile> sourceFiles,
    List<Path> classpath,
    boolean classpathGiven,
    List<Path> reportPaths,
    SourceFilter filter) {

  static final String CONFIG_FILE_NAME = "import-health.yaml";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

  static ProjectSetup load(CheckRequest request, List<RuleDescriptor> rules) throws ConfigException, IOException {
    Project project = ProjectDiscovery.discover(request.start());
    Config config = loadConfig(request, project, rules);
    SourceFilter filter = SourceFilter.of(project.root(), config.sources(), config.exclude());
    SourceLocator locator = SourceLocator.of(project);
    List<SourceFile> files = new ArrayList<>();
    for (Path path : ProjectDiscovery.javaFiles(project)) {
      Optional<SourceFileInfo> info = locator.locate(path);
      // excluded files are still indexed: their types exist for the compiler, only their findings go
      if (info.isPresent()) {
        files.add(new SourceFile(Engine.normalise(path), info.get().root()));
      }
    }
    List<Path> classpath = new ArrayList<>();
    for (Path entry : request.classpath()) {
      if (!Files.exists(entry)) {
        throw new ConfigException(Path.of("--classpath"), 0, "", "'" + entry + "' does not exist");
      }
      classpath.add(Engine.normalise(entry));
    }
    for (String entry : config.classpath()) {
      classpath.addAll(expand(project.root(), entry, config));
    }
    if (request.mavenClasspath()) {
      if (!project.buildSystem().equals("maven")) {
        throw new ConfigException(Path.of("--maven-classpath"), 0, "",
            "the project at " + project.root() + " is not built with Maven");
      }
      MavenClasspath.Resolved resolved = MavenClasspath.resolve(project);
      classpath.addAll(resolved.all());
      project = resolved.applyTo(project);
    }
    boolean classpathGiven = !classpath.isEmpty();
    // the build's own output comes last: it may hold classes of sources that are gone
    project.modules().stream().flatMap(m -> m.outputDirectories().stream()).filter(Files::isDirectory)
        .map(Engine::normalise).forEach(classpath::add);
    List<Path> reportPaths = request.reportPaths().stream().map(Engine::normalise).toList();
    return new ProjectSetup(project, config, files, classpath, classpathGiven, reportPaths, filter);
  }

  private static Config loadConfig(CheckRequest request, Project project, List<RuleDescriptor> rules)
      throws ConfigException {
    Optional<Path> file = request.configFile();
    if (file.isEmpty()) {
      Path standard = project.root().resolve(CONFIG_FILE_NAME);
      file = Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
    } else if (!Files.isRegularFile(file.get())) {
      throw new ConfigException(file.get(), 0, "", "the configuration file does not exist");
    }
    if (file.isEmpty()) {
      return Config.defaults();
    }
    Set<String> ids = new HashSet<>();
    rules.forEach(r -> ids.add(r.id()));
    AnalysisNotices.descriptors().forEach(r -> ids.add(r.id()));
    LoadedConfig loaded = ConfigLoader.read(file.get());
    loaded.validateRuleIds(ids);
    for (RuleDescriptor notice : AnalysisNotices.descriptors()) {
      var setting = loaded.config().rules().get(notice.id());
      if (setting != null && !setting.off()) {
        String key = "rules." + notice.id();
        throw new ConfigException(file.get(), loaded.lineOf(key), key,
            "notices about the analysis have no level; they can only be switched off");
      }
    }
    return loaded.config();
  }

  /** A config classpath entry: a path, or a glob such as {@code lib/*.jar}, relative to the root. */
  private static List<Path> expand(Path root, String entry, Config config) throws ConfigException, IOException {
    if (!entry.contains("*") && !entry.contains("?")) {
      Path path = root.resolve(entry).normalize();
      if (!Files.exists(path)) {
        throw new ConfigException(config.file().orElse(root), 0, "classpath", "'" + entry + "' does not exist");
      }
      return List.of(path);
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + entry);
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> matcher.matches(root.relativize(p))).map(Path::normalize).sorted().toList();
    }
  }

  /**
   * Where this run keeps its cache: the requested directory, relative to the project root. A
   * relative one is used only for a root that is a project of its own (a build, a configuration
   * or a repository root): a lone directory of sources gets no hidden directory written into it.
   */
  Optional<Path> cacheDirectory(CheckRequest request) {
    Path root = project.root();
    boolean ownRoot = !project.buildSystem().equals("plain") || Files.isRegularFile(root.resolve(CONFIG_FILE_NAME))
        || Files.exists(root.resolve(".git"));
    return request.cache().filter(directory -> directory.isAbsolute() || ownRoot)
        .map(directory -> root.resolve(directory).toAbsolutePath().normalize());
  }

  /** Files the configuration lets a run report on (its {@code exclude}s left out), wherever they are. */
  boolean isIncluded(Path file) {
    return filter.test(file);
  }

  /** Files the run reports on: inside the requested paths, and not excluded by the config. */
  boolean isReported(Path file) {
    return filter.test(file) && (reportPaths.isEmpty() || reportPaths.stream().anyMatch(file::startsWith));
  }

  /** @param unparsablePackages the packages of files that do not parse: their types are unknown, so the packages are */
  NamespacePolicy namespacePolicy(Set<String> unparsablePackages) {
    Set<String> opaque = new HashSet<>(unparsablePackages);
    for (Path other : project.otherLanguageSourceFiles()) {
      packageOf(other).ifPresent(opaque::add);
    }
    boolean pending = project.modules().stream().anyMatch(Module::pendingGeneration);
    boolean olderJdk = JavaRelease.declared(project) > Runtime.version().feature();
    Set<String> outputs = new HashSet<>();
    project.modules().forEach(m -> m.outputDirectories().forEach(d -> outputs.add(Engine.normalise(d).toString())));
    return new NamespacePolicy(Set.copyOf(config.namespaces()), classpathGiven, pending, opaque, olderJdk, outputs,
        JavaRelease.lowestCertain(project));
  }

  /** The package line of a Kotlin, Groovy or Scala file (no semicolon there); only the head is read. */
  private static Optional<String> packageOf(Path file) {
    try (var in = Files.newInputStream(file)) {
      Matcher matcher = PACKAGE.matcher(new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8));
      return Optional.of(matcher.find() ? matcher.group(1) : "");
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.of("");
    }
  }
}
