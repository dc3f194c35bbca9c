package dev.importhealth.core.internal.project;

import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.SourceRoot;
import dev.importhealth.core.model.SourceScope;
import dev.importhealth.core.model.TestBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Gradle build by convention, without running Gradle: {@code settings.gradle(.kts)}
 * {@code include} statements are matched with regular expressions, and every project uses the
 * conventional {@code src/<set>/java} layout.
 */
final class GradleReader {

  static final List<String> SETTINGS_FILES = List.of("settings.gradle", "settings.gradle.kts");
  static final List<String> BUILD_FILES = List.of("build.gradle", "build.gradle.kts");

  private static final Pattern INCLUDE = Pattern.compile("(?m)(?:^|;)[ \\t]*include\\b");
  private static final Pattern PROJECT_DIR =
      Pattern.compile(
          "project\\(\\s*['\"](:[^'\"]*)['\"]\\s*\\)\\s*\\.projectDir\\s*=\\s*"
              + "(?:file|new\\s+File)\\(\\s*(?:(?:rootDir|settingsDir|rootProject\\.projectDir)\\s*,\\s*)?"
              + "['\"]([^'\"]+)['\"]\\s*\\)");
  private static final Pattern PROCESSING = Pattern.compile("\\b(annotationProcessor|kapt)\\b");
  private static final Pattern GENERATOR_PLUGIN =
      Pattern.compile("protobuf|openapi|jooq", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHARED_CONFIG = Pattern.compile("\\b(subprojects|allprojects)\\b");

  private GradleReader() {}

  static boolean hasSettings(Path dir) {
    return SETTINGS_FILES.stream().anyMatch(f -> Files.isRegularFile(dir.resolve(f)));
  }

  static Optional<Path> buildFile(Path dir) {
    return BUILD_FILES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
  }

  /**
   * Directories of the projects the settings file in {@code rootDir} includes (not the root
   * itself), in declaration order; implicit parents of nested paths ({@code a} for {@code a:b})
   * come first. Only existing directories are returned.
   */
  static List<Path> includedProjectDirs(Path rootDir) throws IOException {
    Optional<Path> settings =
        SETTINGS_FILES.stream().map(rootDir::resolve).filter(Files::isRegularFile).findFirst();
    if (settings.isEmpty()) {
      return List.of();
    }
    String text = stripComments(Files.readString(settings.get(), StandardCharsets.UTF_8));
    Map<String, String> customDirs = new LinkedHashMap<>();
    Matcher pd = PROJECT_DIR.matcher(text);
    while (pd.find()) {
      customDirs.put(normalizeProjectPath(pd.group(1)), pd.group(2));
    }
    Set<Path> out = new LinkedHashSet<>();
    for (String include : includes(text)) {
      String path = normalizeProjectPath(include);
      if (path.isEmpty()) {
        continue;
      }
      String[] parts = path.split(":");
      StringBuilder prefix = new StringBuilder();
      for (String part : parts) {
        if (prefix.length() > 0) {
          prefix.append(':');
        }
        prefix.append(part);
        String projectPath = prefix.toString();
        String dir = customDirs.getOrDefault(projectPath, projectPath.replace(':', '/'));
        try {
          Path p = rootDir.resolve(dir).normalize();
          if (Files.isDirectory(p) && !p.equals(rootDir)) {
            out.add(p);
          }
        } catch (InvalidPathException e) {
          // not a path this file system can hold
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static String normalizeProjectPath(String p) {
    String s = p.trim();
    while (s.startsWith(":")) {
      s = s.substring(1);
    }
    return s;
  }

  /** The quoted arguments of every {@code include} call (Groovy or Kotlin syntax). */
  static List<String> includes(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = INCLUDE.matcher(text);
    while (m.find()) {
      int i = skipSpace(text, m.end());
      if (i < text.length() && text.charAt(i) == '(') {
        i = skipSpace(text, i + 1);
      }
      while (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '"')) {
        char q = text.charAt(i);
        int end = text.indexOf(q, i + 1);
        int eol = text.indexOf('\n', i + 1);
        if (end < 0 || (eol >= 0 && eol < end)) {
          break;
        }
        out.add(text.substring(i + 1, end));
        i = skipSpace(text, end + 1);
        if (i < text.length() && text.charAt(i) == ',') {
          i = skipSpace(text, i + 1);
        } else {
          break;
        }
      }
    }
    return out;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Removes {@code //} and {@code /* *}{@code /} comments, leaving string literals intact. */
  static String stripComments(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, text.length());
        sb.append(text, i, end);
        i = end;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
        sb.append(' ');
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** The root project first, then the included projects. */
  static List<Module> readModules(Path root) throws IOException {
    List<Path> dirs = new ArrayList<>();
    dirs.add(root);
    dirs.addAll(includedProjectDirs(root));
    String rootBuild = buildText(root);
    boolean rootConfiguresAll = SHARED_CONFIG.matcher(rootBuild).find();
    List<Module> modules = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path dir : dirs) {
      if (seen.add(dir)) {
        String own = dir.equals(root) ? rootBuild : buildText(dir);
        String effective = rootConfiguresAll && !dir.equals(root) ? rootBuild + "\n" + own : own;
        modules.add(readProject(root, dir, effective));
      }
    }
    return modules;
  }

  private static String buildText(Path dir) throws IOException {
    Optional<Path> f = buildFile(dir);
    return f.isEmpty() ? "" : stripComments(Files.readString(f.get(), StandardCharsets.UTF_8));
  }

  private static Module readProject(Path root, Path dir, String buildText) throws IOException {
    String name = TreeWalk.relativeName(root, dir);
    List<SourceRoot> roots = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    Set<String> sets = new LinkedHashSet<>(List.of("main", "test"));
    for (Path setDir : TreeWalk.subdirectories(dir.resolve("src"))) {
      Path java = setDir.resolve("java");
      if (Files.isDirectory(java)) {
        String set = setDir.getFileName().toString();
        sets.add(set);
        if (seen.add(java)) {
          roots.add(new SourceRoot(java, name, scopeOf(set), false));
        }
      }
    }
    Path generated = dir.resolve("build").resolve("generated");
    for (Path[] setAndDir : generatedRoots(generated, sets)) {
      String set = setAndDir[0].getFileName().toString();
      if (seen.add(setAndDir[1])) {
        roots.add(new SourceRoot(setAndDir[1], name, scopeOf(set), true));
      }
    }
    List<Path> outputs = new ArrayList<>();
    for (Path classes : TreeWalk.subdirectories(dir.resolve("build").resolve("classes").resolve("java"))) {
      outputs.add(classes);
    }
    boolean declares =
        PROCESSING.matcher(buildText).find() || GENERATOR_PLUGIN.matcher(buildText).find();
    boolean pending = declares && !Files.isDirectory(generated);
    List<Path> resources = new ArrayList<>();
    for (String set : sets) {
      Path setResources = dir.resolve("src").resolve(set).resolve("resources");
      if (Files.isDirectory(setResources)) {
        resources.add(setResources);
      }
    }
    // the test tasks' selection lives in build scripts, which are programs: never known statically
    return new Module(name, dir, roots, outputs, pending, resources, TestBuild.UNKNOWN, Optional.empty());
  }

  static SourceScope scopeOf(String sourceSet) {
    return sourceSet.equals("main") ? SourceScope.MAIN : SourceScope.TEST;
  }

  /**
   * Generated roots below {@code build/generated}: {@code .../java/<set>} (Gradle's own layout,
   * e.g. {@code sources/annotationProcessor/java/main}) and {@code .../<set>/java} (the protobuf
   * plugin's {@code source/proto/main/java}). Returns pairs of (set directory, root).
   */
  private static List<Path[]> generatedRoots(Path generated, Set<String> sets) throws IOException {
    List<Path[]> out = new ArrayList<>();
    if (!Files.isDirectory(generated)) {
      return out;
    }
    List<Path> javaDirs = new ArrayList<>();
    collectJavaDirs(generated, 0, javaDirs);
    for (Path java : javaDirs) {
      boolean found = false;
      for (Path child : TreeWalk.subdirectories(java)) {
        if (sets.contains(child.getFileName().toString())) {
          out.add(new Path[] {child, child});
          found = true;
        }
      }
      Path parent = java.getParent();
      if (!found && !parent.equals(generated) && sets.contains(parent.getFileName().toString())) {
        out.add(new Path[] {parent, java});
      }
    }
    return out;
  }

  private static void collectJavaDirs(Path dir, int depth, List<Path> out) throws IOException {
    if (depth > 4) {
      return;
    }
    for (Path sub : TreeWalk.subdirectories(dir)) {
      if (sub.getFileName().toString().equals("java")) {
        out.add(sub);
      } else {
        collectJavaDirs(sub, depth + 1, out);
      }
    }
  }
}
