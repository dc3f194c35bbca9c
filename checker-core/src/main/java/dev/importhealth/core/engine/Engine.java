package dev.importhealth.core.engine;

import com.github.javaparser.ast.CompilationUnit;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.api.ProjectRule;
import dev.importhealth.core.api.Rule;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Notice;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.config.Config;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.index.ClassLibrary;
import dev.importhealth.core.internal.classpath.ClassGraphLibrary;
import dev.importhealth.core.internal.resolve.Resolver;
import dev.importhealth.core.internal.cache.NamespaceDigest;
import dev.importhealth.core.internal.cache.SummaryStore;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.internal.cache.ToolVersion;
import dev.importhealth.core.internal.classpath.CtSym;
import dev.importhealth.core.internal.source.CachedSource;
import dev.importhealth.core.internal.source.ProjectSources;
import dev.importhealth.core.internal.source.SourceEntry;
import java.util.function.Predicate;
import dev.importhealth.core.internal.source.SourceParser.ParsedFile;
import dev.importhealth.core.internal.structure.ProjectStructures;
import dev.importhealth.core.internal.symbols.SymbolTable;
import dev.importhealth.core.internal.symbols.SymbolTable.NamespacePolicy;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Runs a check: discovers the project, parses every source file once, builds the index over the
 * whole project and its classpath, then runs each rule on the files being reported on.
 */
public final class Engine {

  private final List<Rule> rules;
  private volatile String toolVersion;

  public Engine(List<? extends Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<RuleDescriptor> descriptors() {
    return rules.stream().map(Rule::descriptor).toList();
  }

  public AnalysisResult check(CheckRequest request) throws ConfigException, IOException {
    return check(request, ProgressListener.NONE);
  }

  /** {@link #check(CheckRequest)}, telling {@code progress} how far it has got. */
  public AnalysisResult check(CheckRequest request, ProgressListener progress) throws ConfigException, IOException {
    Map<String, Long> timings = new LinkedHashMap<>();
    long start = System.nanoTime();
    ResultReuse reuse = new ResultReuse();
    AnalysisResult result = withIndex(request, timings, start, progress, false,
        (setup, texts) -> reuse.lookup(request, setup, texts, toolVersion(), start),
        (setup, reportable, parsed, table, run, pool) -> {
      Project project = setup.project();
      Config config = setup.config();
      long resolveStart = System.nanoTime();
      List<FileRule> enabled = rules.stream().filter(r -> r instanceof FileRule && config.isEnabled(r.descriptor()))
          .map(FileRule.class::cast).toList();
      // Sources in JDK packages are stubs that the build compiles with --patch-module or an older
      // JDK, against themselves rather than the platform: indexed, but never judged.
      // a check of some files also reports on their users (ChangedFiles), wherever those are
      boolean withUsers = !reportsWholeProject(request, project, config) && ChangedFiles.targets(request).isPresent();
      List<ParsedFile> reported = reportable.stream()
          .filter(f -> (withUsers ? setup.isIncluded(f.file().path()) : setup.isReported(f.file().path()))
              && !table.isPlatformPackage(f.packageName()))
          .toList();
      Map<String, LongAdder> ruleNanos = new ConcurrentHashMap<>();
      List<FileReport> reports =
          inParallel(pool, reported, progress, "checking", file -> checkFile(file, enabled, config, run, ruleNanos));
      List<Finding> projectFindings = new ArrayList<>();
      boolean wholeProject = reportsWholeProject(request, project, config);
      if (wholeProject) {
        progress.progress("project rules", 0, 0);
        projectFindings = checkProject(parsed, config, run, ruleNanos);
      }
      Suppressions.Outcome suppressions = suppress(reports, projectFindings, config, enabled, wholeProject);
      projectFindings.addAll(suppressions.notes());
      timings.put("resolve", millisSince(resolveStart));
      // CPU time inside each rule, summed over threads: where "resolve" went
      rules.stream().filter(r -> config.isEnabled(r.descriptor())).forEach(rule -> timings.put("rule " + rule.descriptor().id(),
          ruleNanos.getOrDefault(rule.descriptor().id(), new LongAdder()).sum() / 1_000_000));
      return result(project, config, reported, reports, projectFindings, timings, suppressions.suppressed());
    });
    if (!result.timings().containsKey("result from cache")) {
      reuse.store(result);
    }
    return result;
  }

  /**
   * Builds the index as {@link #check} does and hands the whole project to {@code inspection},
   * for commands that compute something other than findings (the SSOT audit). No rule runs.
   */
  public <T> T inspect(CheckRequest request, Function<ProjectContext, T> inspection) throws ConfigException, IOException {
    return inspect(request, ProgressListener.NONE, inspection);
  }

  /** {@link #inspect(CheckRequest, Function)}, telling {@code progress} how far it has got. */
  public <T> T inspect(CheckRequest request, ProgressListener progress, Function<ProjectContext, T> inspection)
      throws ConfigException, IOException {
    return withIndex(request, new LinkedHashMap<>(), System.nanoTime(), progress, true, (setup, texts) -> Optional.empty(),
        (setup, reportable, parsed, table, run, pool) -> {
      progress.progress("inspecting", 0, 0);
      // an inspection reports nothing: its contexts carry a descriptor only because the API needs one
      RuleDescriptor none = new RuleDescriptor("IH000", "inspection", Severity.NOTE, "", "", List.of(), null);
      List<FileContext> files = parsed.stream().filter(f -> f.unit().isPresent())
          .map(f -> (FileContext) RuleContext.readOnly(f.file(), f.unit().get(), run, none)).toList();
      return inspection.apply(new ProjectRuleContext(run, files, none, Severity.NOTE));
    });
  }

  /** A result known before anything is parsed (the same inputs as a stored one), or empty. */
  private interface EarlyResult<T> {
    Optional<T> find(ProjectSetup setup, List<SourceLoading.FileText> texts);
  }

  /** What runs once the index is built. */
  private interface IndexedWork<T> {
    /**
     * @param reportable the parsed files the run may report on (before the paths and filters apply)
     * @param parsed every file parsed in this run: all of them when project rules run
     */
    T run(ProjectSetup setup, List<ParsedFile> reportable, List<ParsedFile> parsed, SymbolTable table,
        RuleContext.RunContext run, ForkJoinPool pool);
  }

  /**
   * Discovers the project, reads every file, parses those the run needs the syntax of (the rest
   * come from the cache when it has their exact text), builds the index and checks the
   * registries, then works, and finally stores what the cache lacked.
   */
  private <T> T withIndex(CheckRequest request, Map<String, Long> timings, long start, ProgressListener progress,
      boolean everyFile, EarlyResult<T> early, IndexedWork<T> work) throws ConfigException, IOException {
    List<RuleDescriptor> configurable = new ArrayList<>(descriptors());
    configurable.addAll(Suppressions.descriptors());
    ProjectSetup setup = ProjectSetup.load(request, configurable);
    timings.put("setup", millisSince(start));
    Project project = setup.project();
    Config config = setup.config();
    int threads = request.threads() > 0 ? request.threads() : Runtime.getRuntime().availableProcessors();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      Optional<Path> cacheDirectory = setup.cacheDirectory(request);
      SourceLoading loading = new SourceLoading(normalise(project.root()), cacheDirectory.map(directory ->
          new SummaryStore(directory, toolVersion(), normalise(project.root()))));
      boolean wholeProject = everyFile || reportsWholeProject(request, project, config);
      Optional<List<Path>> targets = wholeProject ? Optional.empty() : ChangedFiles.targets(request);
      Set<Path> targetPaths = new HashSet<>();
      targets.ifPresent(paths -> paths.forEach(path -> targetPaths.add(normalise(path))));
      Predicate<SourceFile> needsSyntax = file -> wholeProject || (targets.isEmpty()
          ? setup.isReported(file.path()) : targetPaths.contains(normalise(file.path())));
      List<SourceLoading.FileText> texts = inParallel(pool, setup.sourceFiles(), ProgressListener.NONE, "reading",
          loading::read);
      timings.put("read", millisSince(start));
      Optional<T> known = early.find(setup, texts);
      timings.put("reuse", millisSince(start));
      if (known.isPresent()) {
        return known.get();
      }
      List<SourceEntry> entries = inParallel(pool, texts, progress, "parsing",
          text -> loading.entryFor(text, needsSyntax.test(text.file())));
      Predicate<SourceFile> reportable = file -> true;
      if (targets.isPresent()) {
        Set<SourceFile> affected = withUsers(request, setup, targets.get(), texts, entries, loading, timings);
        entries = parsedWhereReported(pool, texts, entries, affected);
        reportable = affected::contains;
      }
      List<ParsedFile> parsed = entries.stream().filter(e -> e instanceof SourceEntry.Parsed)
          .map(e -> ((SourceEntry.Parsed) e).parsed()).toList();
      timings.put("parse", millisSince(start));
      timings.put("files from cache", (long) (entries.size() - parsed.size()));

      long indexStart = System.nanoTime();
      progress.progress("indexing", 0, 0);
      ProjectSources sources = new ProjectSources(entries);
      T result;
      try (ClassLibrary library = ClassGraphLibrary.open(setup.classpath(), true,
          cacheDirectory.map(directory -> directory.resolve("jdk-classes.txt")))) {
        NamespacePolicy policy = setup.namespacePolicy(unparsablePackages(entries));
        SymbolTable table = new SymbolTable(sources.symbols(), sources::declaredBy, library, policy, CtSym::ofRunningJdk);
        boolean someCached = entries.stream().anyMatch(CachedSource.class::isInstance);
        if (cacheDirectory.isPresent() && someCached) {
          // what lets written types resolved in an earlier run stand without parsing their files again
          sources.namespace(namespaceDigest(entries, library, policy));
        }
        MigrationTargets.check(config, table);
        SsotTargets.check(config, table);
        Resolver resolver = new Resolver(table);
        RuleContext.RunContext run =
            new RuleContext.RunContext(resolver, new ProjectStructures(table, resolver, sources, project), project,
                config, new LazyMoveHistory(project.root(), name -> table.type(name).isPresent()), library);
        timings.put("index", millisSince(indexStart));
        Predicate<SourceFile> limit = reportable;
        result = work.run(setup, parsed.stream().filter(f -> limit.test(f.file()) || wholeProject).toList(), parsed,
            table, run, pool);
        if (cacheDirectory.isPresent()) {
          if (!someCached) {
            // a run that parsed every file makes every summary now, on every core, for the digest and the store
            entries.parallelStream().forEach(SourceEntry::summary);
            sources.namespace(namespaceDigest(entries, library, policy));
          }
          loading.save(texts, entries, sources.namespace(), written -> resolver.type(written) instanceof
              Resolution.Found<TypeSymbol> found ? Optional.of(found.value().binaryName()) : Optional.empty());
        }
      }
      return result;
    } finally {
      pool.shutdown();
    }
  }

  private static String namespaceDigest(List<SourceEntry> entries, ClassLibrary library, NamespacePolicy policy) {
    return NamespaceDigest.of(entries.stream().map(e -> e.summary().shape()).toList(), library, policy);
  }

  /** The given files and the files that name a type of one whose shape changed ({@link ChangedFiles}). */
  private static Set<SourceFile> withUsers(CheckRequest request, ProjectSetup setup, List<Path> targets,
      List<SourceLoading.FileText> texts, List<SourceEntry> entries, SourceLoading loading, Map<String, Long> timings) {
    Set<Path> reshaped = ChangedFiles.reshaped(targets, texts, entries, loading, request.base().orElse("HEAD"),
        setup.project().root());
    Set<SourceFile> affected = ChangedFiles.affected(entries, targets, reshaped);
    timings.put("dependents", (long) affected.size() - targets.size());
    return affected;
  }

  /** The entries with every reported file parsed: the users of changed files came from the cache so far. */
  private static List<SourceEntry> parsedWhereReported(ForkJoinPool pool, List<SourceLoading.FileText> texts,
      List<SourceEntry> entries, Set<SourceFile> reported) {
    List<Integer> cachedButReported = java.util.stream.IntStream.range(0, entries.size())
        .filter(i -> entries.get(i) instanceof CachedSource && reported.contains(texts.get(i).file())).boxed().toList();
    if (cachedButReported.isEmpty()) {
      return entries;
    }
    List<SourceEntry> parsed = new ArrayList<>(entries);
    List<SourceEntry> users = inParallel(pool, cachedButReported, ProgressListener.NONE, "parsing",
        i -> SourceLoading.parse(texts.get(i)));
    for (int k = 0; k < cachedButReported.size(); k++) {
      parsed.set(cachedButReported.get(k), users.get(k));
    }
    return parsed;
  }

  private static Set<String> unparsablePackages(List<SourceEntry> entries) {
    Set<String> packages = new HashSet<>();
    entries.stream().filter(e -> e.problem().isPresent()).forEach(e -> packages.add(e.packageName()));
    return packages;
  }

  /** Who made a cache entry: a rebuilt checker or changed rules read sources differently. */
  private String toolVersion() {
    if (toolVersion == null) {
      toolVersion = codeIdentity();
    }
    return toolVersion;
  }

  private String codeIdentity() {
    List<Class<?>> code = new ArrayList<>(List.of(Engine.class));
    rules.forEach(rule -> code.add(rule.getClass()));
    return ToolVersion.of(code);
  }

  private static FileReport checkFile(ParsedFile file, List<FileRule> rules, Config config, RuleContext.RunContext run,
      Map<String, LongAdder> ruleNanos) {
    FileReport report = new FileReport(file);
    CompilationUnit unit = file.unit().orElse(null);
    if (unit == null) {
      return report;
    }
    for (FileRule rule : rules) {
      RuleDescriptor descriptor = rule.descriptor();
      RuleContext context = new RuleContext(file.file(), unit, run, descriptor, config.severityOf(descriptor), report);
      long ruleStart = System.nanoTime();
      try {
        rule.check(context);
        ruleNanos.computeIfAbsent(descriptor.id(), id -> new LongAdder()).add(System.nanoTime() - ruleStart);
      } catch (RuntimeException e) {
        throw new AnalysisException(descriptor.id() + " failed on " + file.file().path(), e);
      }
    }
    return report;
  }

  /** No paths given, or one that holds the project or its configuration: what project rules judge. */
  private static boolean reportsWholeProject(CheckRequest request, Project project, Config config) {
    if (request.changed().isPresent()) {
      return false;
    }
    Path root = normalise(project.root());
    return request.reportPaths().isEmpty() || request.reportPaths().stream().map(Engine::normalise)
        .anyMatch(p -> root.startsWith(p) || config.file().map(Engine::normalise).filter(p::equals).isPresent());
  }

  private List<Finding> checkProject(List<ParsedFile> parsed, Config config, RuleContext.RunContext run,
      Map<String, LongAdder> ruleNanos) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      if (!(rule instanceof ProjectRule projectRule) || !config.isEnabled(rule.descriptor())) {
        continue;
      }
      RuleDescriptor descriptor = rule.descriptor();
      List<FileContext> files = parsed.stream().filter(f -> f.unit().isPresent())
          .map(f -> (FileContext) RuleContext.readOnly(f.file(), f.unit().get(), run, descriptor)).toList();
      ProjectRuleContext context = new ProjectRuleContext(run, files, descriptor, config.severityOf(descriptor));
      long start = System.nanoTime();
      try {
        projectRule.check(context);
      } catch (RuntimeException e) {
        throw new AnalysisException(descriptor.id() + " failed on the project", e);
      }
      ruleNanos.computeIfAbsent(descriptor.id(), id -> new LongAdder()).add(System.nanoTime() - start);
      findings.addAll(context.findings());
    }
    return findings;
  }

  /** Drops the suppressed findings; returns the notes on the suppressions and how many went ({@link Suppressions}). */
  private Suppressions.Outcome suppress(List<FileReport> reports, List<Finding> projectFindings, Config config,
      List<FileRule> fileRules, boolean projectRulesRan) {
    Set<String> known = new HashSet<>();
    allDescriptors().forEach(d -> known.add(d.id()));
    Set<String> ran = new HashSet<>();
    fileRules.forEach(r -> ran.add(r.descriptor().id()));
    rules.stream().filter(r -> projectRulesRan && r instanceof ProjectRule && config.isEnabled(r.descriptor()))
        .forEach(r -> ran.add(r.descriptor().id()));
    boolean everyRuleRan = projectRulesRan || rules.stream().noneMatch(r -> r instanceof ProjectRule);
    return Suppressions.apply(reports, projectFindings, config, known, ran, everyRuleRan);
  }

  /** The rules', the suppressions' and the notices' descriptors: every id a configuration may name. */
  private List<RuleDescriptor> allDescriptors() {
    List<RuleDescriptor> descriptors = new ArrayList<>(descriptors());
    descriptors.addAll(Suppressions.descriptors());
    descriptors.addAll(AnalysisNotices.descriptors());
    return descriptors;
  }

  private AnalysisResult result(Project project, Config config, List<ParsedFile> reported, List<FileReport> reports,
      List<Finding> projectFindings, Map<String, Long> timings, int suppressed) {
    List<Finding> findings = new ArrayList<>(projectFindings);
    List<Notice> notices = new ArrayList<>();
    UncheckedTally tally = new UncheckedTally();
    for (ParsedFile file : reported) {
      if (file.problem().isPresent()) {
        notices.add(UncheckedTally.unparsable(file));
      }
    }
    for (FileReport report : reports) {
      findings.addAll(report.findings());
      tally.add(report);
    }
    tally.notice().ifPresent(notices::add);
    notices.removeIf(notice -> config.rules().containsKey(notice.ruleId()) && config.rules().get(notice.ruleId()).off());
    findings.sort(Finding.ORDER);
    List<RuleDescriptor> descriptors = allDescriptors();
    Map<String, Severity> severities = new LinkedHashMap<>();
    descriptors.forEach(d -> severities.put(d.id(), config.severityOf(d)));
    Map<Path, Long> checksums = new LinkedHashMap<>();
    reported.forEach(file -> checksums.put(file.file().path(), file.checksum()));
    return new AnalysisResult(project.root(), descriptors, severities, findings, notices, reported.size(), timings,
        checksums, suppressed);
  }

  private static <T, R> List<R> inParallel(ForkJoinPool pool, List<T> items, ProgressListener progress, String phase,
      Function<T, R> work) {
    int total = items.size();
    progress.progress(phase, 0, total);
    AtomicInteger done = new AtomicInteger();
    Function<T, R> counted = progress == ProgressListener.NONE ? work : item -> {
      R result = work.apply(item);
      progress.progress(phase, done.incrementAndGet(), total);
      return result;
    };
    try {
      return pool.submit(() -> items.parallelStream().map(counted).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnalysisException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AnalysisException("analysis failed", e.getCause());
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** An unexpected failure inside the analysis: a bug, reported as exit code 3. */
  public static final class AnalysisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AnalysisException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static Path normalise(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
