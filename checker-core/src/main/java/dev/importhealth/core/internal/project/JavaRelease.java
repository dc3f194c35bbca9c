package dev.importhealth.core.internal.project;

import dev.importhealth.core.model.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newest Java release a project's build files ask for. The index holds the API of the JDK
 * that runs the checker; a project built for a newer release may use API this JDK lacks, which
 * must then not be reported as missing.
 */
public final class JavaRelease {

  private static final List<Pattern> DECLARATIONS = List.of(
      // Maven properties and compiler plugin settings
      Pattern.compile("<(?:maven\\.compiler\\.(?:release|source|target)|java\\.version|jdk\\.version|javaVersion"
          + "|release|source|target)>\\s*(1\\.\\d+|\\d+)\\s*</"),
      // Gradle: JavaVersion.VERSION_21, JavaLanguageVersion.of(21), sourceCompatibility = '21', release = 21
      Pattern.compile("JavaVersion\\.VERSION_(?:1_)?(\\d+)"),
      Pattern.compile("JavaLanguageVersion\\.of\\(\\s*(\\d+)\\s*\\)"),
      Pattern.compile("(?:source|target)Compatibility\\s*=\\s*['\"]?(1\\.\\d+|\\d+)"),
      Pattern.compile("release(?:\\.set\\(|\\s*=\\s*)\\s*(\\d+)"));
  private static final Pattern PROFILES = Pattern.compile("(?s)<profiles>.*?</profiles>");

  private JavaRelease() {}

  /** The highest release declared outside Maven profiles (which are conditional), or 0. */
  public static int declared(Project project) {
    int highest = 0;
    for (Path file : buildFiles(project)) {
      highest = Math.max(highest, declaredIn(read(file)));
    }
    return highest;
  }

  /**
   * The lowest release the project is certainly built for, or 0 when that is not certain: the
   * lowest release any build file declares outside profiles, provided no profile in any build
   * file declares one (a profile may lower it: commons-compress builds with release 9 on newer
   * JDKs) and some build file declares one at all. Deliberately the minimum over all modules and
   * all matching settings (a javadoc {@code <source>} counts too): one module built for an older
   * release may use API the others cannot.
   */
  public static int lowestCertain(Project project) {
    return lowestCertainIn(buildFiles(project).stream().map(JavaRelease::read).toList());
  }

  static int lowestCertainIn(List<String> buildFiles) {
    int lowest = 0;
    for (String text : buildFiles) {
      Matcher profiles = PROFILES.matcher(text);
      while (profiles.find()) {
        if (!releasesIn(profiles.group()).isEmpty()) {
          return 0;
        }
      }
      for (int release : releasesIn(PROFILES.matcher(text).replaceAll(""))) {
        lowest = lowest == 0 ? release : Math.min(lowest, release);
      }
    }
    return lowest;
  }

  private static List<Path> buildFiles(Project project) {
    Set<Path> directories = new LinkedHashSet<>();
    directories.add(project.root());
    project.modules().forEach(m -> directories.add(m.directory()));
    List<Path> files = new ArrayList<>();
    for (Path directory : directories) {
      for (String name : List.of("pom.xml", "build.gradle", "build.gradle.kts")) {
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file)) {
          files.add(file);
        }
      }
    }
    return files;
  }

  private static List<Integer> releasesIn(String text) {
    List<Integer> releases = new ArrayList<>();
    for (Pattern pattern : DECLARATIONS) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        releases.add(feature(matcher.group(1)));
      }
    }
    return releases;
  }

  static int declaredIn(String buildFile) {
    int highest = 0;
    for (int release : releasesIn(PROFILES.matcher(buildFile).replaceAll(""))) {
      highest = Math.max(highest, release);
    }
    return highest;
  }

  private static int feature(String version) {
    String[] parts = version.split("\\.");
    int first = Integer.parseInt(parts[0]);
    return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
  }
}
