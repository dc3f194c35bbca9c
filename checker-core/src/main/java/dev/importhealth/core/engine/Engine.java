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
import dev.importhealth.core.internal.source.DeclarationCollector;
import dev.importhealth.core.internal.source.SourceParser;
import dev.importhealth.core.internal.source.SourceParser.ParsedFile;
import dev.importhealth.core.internal.structure.ProjectStructures;
import dev.importhealth.core.internal.symbols.SymbolTable;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    return withIndex(request, timings, start, progress, (setup, parsed, table, run, pool) -> {
      Project project = setup.project();
      Config config = setup.config();
      long resolveStart = System.nanoTime();
      List<FileRule> enabled = rules.stream().filter(r -> r instanceof FileRule && config.isEnabled(r.descriptor()))
          .map(FileRule.class::cast).toList();
      // Sources in JDK packages are stubs that the build compiles with --patch-module or an older
      // JDK, against themselves rather than the platform: indexed, but never judged.
      List<ParsedFile> reported = parsed.stream()
          .filter(f -> setup.isReported(f.file().path()) && !table.isPlatformPackage(f.packageName()))
          .toList();
      if (request.changed().isPresent()) {
        reported = ChangedFiles.affected(reported, request.changed().get());
      }
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
    return withIndex(request, new LinkedHashMap<>(), System.nanoTime(), progress,
        (setup, parsed, table, run, pool) -> {
      progress.progress("inspecting", 0, 0);
      // an inspection reports nothing: its contexts carry a descriptor only because the API needs one
      RuleDescriptor none = new RuleDescriptor("IH000", "inspection", Severity.NOTE, "", "", List.of(), null);
      List<FileContext> files = parsed.stream().filter(f -> f.unit().isPresent())
          .map(f -> (FileContext) RuleContext.readOnly(f.file(), f.unit().get(), run, none)).toList();
      return inspection.apply(new ProjectRuleContext(run, files, none, Severity.NOTE));
    });
  }

  /** What runs once the index is built. */
  private interface IndexedWork<T> {
    T run(ProjectSetup setup, List<ParsedFile> parsed, SymbolTable table, RuleContext.RunContext run, ForkJoinPool pool);
  }

  /** Discovers the project, parses every file, builds the index and checks the registries, then works. */
  private <T> T withIndex(CheckRequest request, Map<String, Long> timings, long start, ProgressListener progress,
      IndexedWork<T> work) throws ConfigException, IOException {
    List<RuleDescriptor> configurable = new ArrayList<>(descriptors());
    configurable.addAll(Suppressions.descriptors());
    ProjectSetup setup = ProjectSetup.load(request, configurable);
    Project project = setup.project();
    Config config = setup.config();
    int threads = request.threads() > 0 ? request.threads() : Runtime.getRuntime().availableProcessors();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      List<Parsed> parsedWithDeclarations = inParallel(pool, setup.sourceFiles(), progress, "parsing", Engine::parse);
      List<ParsedFile> parsed = parsedWithDeclarations.stream().map(Parsed::file).toList();
      timings.put("parse", millisSince(start));

      long indexStart = System.nanoTime();
      progress.progress("indexing", 0, 0);
      List<DeclarationCollector.Declared> declarations = new ArrayList<>();
      parsedWithDeclarations.forEach(p -> declarations.addAll(p.declarations()));
      try (ClassLibrary library = ClassGraphLibrary.open(setup.classpath(), true)) {
        SymbolTable table = new SymbolTable(declarations, library, setup.namespacePolicy(parsed));
        MigrationTargets.check(config, table);
        SsotTargets.check(config, table);
        Resolver resolver = new Resolver(table);
        RuleContext.RunContext run =
            new RuleContext.RunContext(resolver, new ProjectStructures(table, resolver, declarations, project), project,
                config, new LazyMoveHistory(project.root(), name -> table.type(name).isPresent()), library);
        timings.put("index", millisSince(indexStart));
        return work.run(setup, parsed, table, run, pool);
      }
    } finally {
      pool.shutdown();
    }
  }

  /** A parsed file and the types it declares, both produced on the parsing thread. */
  private record Parsed(ParsedFile file, List<DeclarationCollector.Declared> declarations) {}

  private static Parsed parse(SourceFile file) {
    try {
      ParsedFile parsed = SourceParser.parse(file);
      return new Parsed(parsed, parsed.unit().map(u -> DeclarationCollector.collect(u, file)).orElse(List.of()));
    } catch (IOException e) {
      // an unreadable file is reported like an unparsable one (IH901) and the scan goes on
      String problem = "the file cannot be read: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage());
      return new Parsed(new ParsedFile(file, java.util.Optional.empty(), java.util.Optional.of(problem), 1, 1,
          directoryPackage(file), -1), List.of());
    }
  }

  /** The package a file's directory stands for: what an unreadable file most likely declares. */
  private static String directoryPackage(SourceFile file) {
    Path relative = file.root().directory().toAbsolutePath().normalize().relativize(file.path().getParent());
    return relative.toString().replace(java.io.File.separatorChar, '.');
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
