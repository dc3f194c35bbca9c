package dev.importhealth.core.internal.project;

import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceRoot;
import dev.importhealth.core.model.SourceScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the project around a file or directory and describes its modules and source roots,
 * reading build files statically (no build tool is run, nothing is fetched).
 *
 * <h2>The project root</h2>
 *
 * A directory holding {@code pom.xml}, {@code build.gradle(.kts)} or {@code settings.gradle(.kts)}
 * is a build directory. From the start (a file's directory, or the directory itself) discovery
 * walks up to the nearest build directory, stopping without one at the first directory that holds
 * {@code .git} (the repository root, itself still checked) or at the file-system root. From the
 * build directory it keeps climbing while an aggregator lists the current candidate: the nearest
 * ancestor holding a {@code pom.xml} or {@code settings.gradle(.kts)} decides (ancestors with only
 * a {@code build.gradle} are Gradle subprojects and are passed over); when it lists the candidate
 * as a module ({@code <modules>}, profiles included) or includes it ({@code include}), it becomes
 * the candidate, otherwise the candidate is the root. A directory holding {@code
 * import-health.yaml} but no build file, met before any build directory, is a plain project of its
 * own (a sample inside another build's tree). Without any build directory the nearest directory
 * holding {@code import-health.yaml} (up to the repository root), else the start directory, is one
 * plain project. A directory with both a pom and Gradle files is read as Maven.
 *
 * <h2>Maven</h2>
 *
 * Modules are read recursively (a {@code <module>} may name a directory or a pom file; missing
 * ones are skipped). Properties, {@code <build>} directories, plugins and dependencies are
 * inherited from local parents ({@code <relativePath>}, default {@code ../pom.xml}, when the
 * artifactId matches) and, beyond the first parent not found that way, from published parents
 * read from the local Maven repository (see {@link MavenRepository}; nothing is downloaded; a
 * parent's version may use only the CI-friendly {@code ${revision}}, {@code ${sha1}}, {@code
 * ${changelist}}, resolved from the naming pom's properties; at most {@value
 * MavenReader#MAX_PARENTS} parents, a cycle ends the chain). A published parent contributes
 * configuration only: its {@code <modules>} are not the project's, and its directory is never
 * read for sources. A parent found nowhere leaves the module's test build unknown. {@code ${project.basedir}}, {@code ${basedir}}, {@code
 * ${project.build.directory}}, project coordinates and {@code <properties>} are interpolated; a
 * directory setting that cannot be resolved falls back to the default. Roots, each only when it
 * exists: {@code sourceDirectory} (default {@code src/main/java}), build-helper {@code add-source}
 * directories, each subdirectory of {@code target/generated-sources} (generated; when its Java
 * files declare packages that start deeper, as in {@code protobuf/java}, the deeper package roots
 * instead), then the same for tests ({@code testSourceDirectory}, {@code add-test-source}, {@code
 * target/generated-test-sources}). {@code target} honours {@code <build><directory>}.
 *
 * <p>Resource roots, each only when it exists: the {@code <build><resources>} and {@code
 * <testResources>} directories of the nearest pom in the lineage that configures them (default
 * {@code src/main/resources}, {@code src/test/resources}), plus those profiles add. How Surefire
 * and Failsafe select tests, and the JUnit configuration parameters they pass, is read by {@link
 * MavenTestSetup}.
 *
 * <h2>Pending generation (Maven)</h2>
 *
 * A module is {@linkplain Module#pendingGeneration() pending} when
 *
 * <ul>
 *   <li>it declares a source generator, and no {@code .java} file exists yet under {@code
 *       target/generated-sources} or {@code target/generated-test-sources}; or
 *   <li>a build-helper source directory inside the build directory does not exist yet.
 * </ul>
 *
 * A source generator is: maven-compiler-plugin configuration (own, inherited, or in
 * pluginManagement) with {@code <annotationProcessorPaths>} or {@code <annotationProcessors>}
 * naming something other than Lombok, or a compiler argument starting with {@code -processor}; a
 * dependency on a well-known processor artifact (Dagger and Hilt compilers, AutoValue, AutoFactory,
 * Immutables, MapStruct processor, Hibernate JPA model generator, Querydsl APT, RecordBuilder, any
 * {@code io.micronaut} artifact); or a {@code <build><plugins>} entry whose artifactId contains
 * protobuf, grpc, jaxb, xjc, cxf-codegen, jooq-codegen, openapi-generator, swagger-codegen, avro,
 * antlr, javacc, jsonschema2pojo, querydsl, apt-maven-plugin, maven-processor-plugin, jaxws or
 * wsimport. Lombok is never a generator (it writes no sources). {@code <proc>none</proc>} or
 * {@code -proc:none} cancels the annotation-processor signals. Any plugin execution bound to {@code
 * generate-sources} or {@code generate-test-sources} is a generator too, except a
 * maven-antrun-plugin execution whose Ant target only makes directories, echoes, or copies files to
 * destinations that are neither inside nor above a source root, a build-helper source directory or
 * {@code target/generated-(test-)sources}. A missing build-helper directory
 * outside the build directory is taken as stale configuration, not as pending generation.
 *
 * <h2>Gradle</h2>
 *
 * {@code settings.gradle(.kts)} {@code include} statements (Groovy and Kotlin syntax; implicit
 * parents of {@code a:b} included; simple {@code project(':x').projectDir = file('dir')}
 * overrides honoured). Each project's {@code src/<set>/java} is a root ({@code main} is MAIN, any
 * other set TEST); generated roots are {@code build/generated/**}{@code /java/<set>} and {@code
 * build/generated/**}{@code /<set>/java}; output directories are {@code build/classes/java/<set>};
 * resource roots are the existing {@code src/<set>/resources} of those sets. How the test tasks
 * select tests is never known (build scripts are programs).
 * A project is pending when its build script (or the root script, if that has a {@code
 * subprojects}/{@code allprojects} block) mentions {@code annotationProcessor}, {@code kapt},
 * protobuf, openapi or jooq, and {@code build/generated} does not exist.
 *
 * <h2>Plain trees</h2>
 *
 * Every {@code .java} file below the root (skipping hidden directories, {@code target}, {@code
 * build}, {@code out}, {@code node_modules}) is read up to its {@code package} declaration; a
 * directory whose files declare the package its trailing path segments spell yields the directory
 * above those segments as root; a directory none of whose files match is a root itself (when
 * files of one directory disagree, most votes win). A root whose path below the project root has
 * a segment {@code test} or {@code tests} is TEST, otherwise MAIN. All of it is one module {@code
 * "."}, with no resource roots and an unknown test build.
 *
 * <h2>Everywhere</h2>
 *
 * Module names are directory paths relative to the root with '/', {@code "."} for the root. Other
 * language sources ({@code .kt}, {@code .kts} other than Gradle scripts, {@code .groovy}, {@code
 * .scala}) are collected below the root with the plain-tree skips. A file under several roots
 * belongs to the deepest (see {@link SourceLocator}).
 */
public final class ProjectDiscovery {

  private ProjectDiscovery() {}

  public static Project discover(Path start) throws IOException {
    return discover(start, MavenRepository.ofUser());
  }

  /** With the local Maven repository that published parents are read from given (for tests). */
  static Project discover(Path start, MavenRepository repository) throws IOException {
    Path abs = start.toAbsolutePath().normalize();
    if (!Files.exists(abs)) {
      throw new NoSuchFileException(abs.toString());
    }
    Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
    Optional<Path> buildRoot = findBuildRoot(dir);
    if (buildRoot.isEmpty()) {
      Path plainRoot = configuredRoot(dir).orElse(dir);
      return new Project(plainRoot, "plain", List.of(plainModule(plainRoot)), otherLanguageFiles(plainRoot));
    }
    Path root = buildRoot.get();
    if (Files.isRegularFile(root.resolve(MavenReader.POM))) {
      List<Module> modules = new MavenReader(root, repository).readModules(root.resolve(MavenReader.POM));
      return new Project(root, "maven", modules, otherLanguageFiles(root));
    }
    return new Project(root, "gradle", GradleReader.readModules(root), otherLanguageFiles(root));
  }

  /** Every {@code .java} file under the project's source roots, each once, sorted by path. */
  public static List<Path> javaFiles(Project project) throws IOException {
    SourceLocator locator = SourceLocator.of(project);
    Set<Path> files = new TreeSet<>(Comparator.comparing(Path::toString));
    for (SourceRoot root : project.sourceRoots()) {
      for (Path f : TreeWalk.files(root.directory(), locator::skipsDirectory, TreeWalk::isJava)) {
        if (locator.owns(root, f)) {
          files.add(f);
        }
      }
    }
    return List.copyOf(files);
  }

  /** Which module, root and scope {@code file} belongs to; see {@link SourceLocator}. */
  public static Optional<SourceFileInfo> locate(Project project, Path file) {
    return SourceLocator.of(project).locate(file);
  }

  // ---- the root -----------------------------------------------------------------------------

  private static final String CONFIG_FILE = "import-health.yaml";

  static boolean isBuildDirectory(Path dir) {
    return Files.isRegularFile(dir.resolve(MavenReader.POM))
        || GradleReader.hasSettings(dir)
        || GradleReader.buildFile(dir).isPresent();
  }

  private static Optional<Path> findBuildRoot(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (isBuildDirectory(d)) {
        return Optional.of(climbAggregators(d));
      }
      if (Files.exists(d.resolve(".git")) || Files.isRegularFile(d.resolve(CONFIG_FILE))) {
        return Optional.empty(); // a configured plain project, even inside another build's tree
      }
    }
    return Optional.empty();
  }

  /**
   * Without a build, the nearest directory up to the repository root that holds {@code
   * import-health.yaml}: checking one file of a plain tree is still checking its configured project.
   */
  private static Optional<Path> configuredRoot(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(CONFIG_FILE))) {
        return Optional.of(d);
      }
      if (Files.exists(d.resolve(".git"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Path climbAggregators(Path start) {
    Path candidate = start;
    boolean climbed = true;
    while (climbed) {
      climbed = false;
      for (Path a = candidate.getParent(); a != null; a = a.getParent()) {
        boolean maven = Files.isRegularFile(a.resolve(MavenReader.POM));
        boolean settings = GradleReader.hasSettings(a);
        if (!maven && !settings) {
          continue;
        }
        if ((maven && MavenReader.moduleDirsLenient(a).contains(candidate))
            || (settings && gradleIncludesLenient(a).contains(candidate))) {
          candidate = a;
          climbed = true;
        }
        break;
      }
    }
    return candidate;
  }

  private static List<Path> gradleIncludesLenient(Path dir) {
    try {
      return GradleReader.includedProjectDirs(dir);
    } catch (IOException e) {
      return List.of();
    }
  }

  // ---- plain trees --------------------------------------------------------------------------

  private static Module plainModule(Path root) throws IOException {
    List<Path> java = TreeWalk.files(root, TreeWalk::plainSkip, TreeWalk::isJava);
    List<SourceRoot> roots = new ArrayList<>();
    for (Path r : TreeWalk.inferPackageRoots(root, java)) {
      roots.add(new SourceRoot(r, ".", plainScope(root, r), false));
    }
    roots.sort(Comparator.comparing(r -> r.directory().toString()));
    return new Module(".", root, roots, List.of(), false);
  }

  private static SourceScope plainScope(Path projectRoot, Path sourceRoot) {
    for (Path segment : projectRoot.relativize(sourceRoot)) {
      String s = segment.toString();
      if (s.equals("test") || s.equals("tests")) {
        return SourceScope.TEST;
      }
    }
    return SourceScope.MAIN;
  }

  // ---- other languages ----------------------------------------------------------------------

  private static List<Path> otherLanguageFiles(Path root) throws IOException {
    return TreeWalk.files(root, TreeWalk::plainSkip, ProjectDiscovery::isOtherLanguage);
  }

  private static boolean isOtherLanguage(String name) {
    return name.endsWith(".kt")
        || (name.endsWith(".kts") && !name.endsWith(".gradle.kts"))
        || name.endsWith(".groovy")
        || name.endsWith(".scala");
  }
}
