package dev.importhealth.core.internal.project;

import dev.importhealth.core.model.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Set<Path> directories = new LinkedHashSet<>();
    directories.add(project.root());
    project.modules().forEach(m -> directories.add(m.directory()));
    int highest = 0;
    for (Path directory : directories) {
      for (String name : List.of("pom.xml", "build.gradle", "build.gradle.kts")) {
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file)) {
          highest = Math.max(highest, declaredIn(read(file)));
        }
      }
    }
    return highest;
  }

  static int declaredIn(String buildFile) {
    String text = PROFILES.matcher(buildFile).replaceAll("");
    int highest = 0;
    for (Pattern pattern : DECLARATIONS) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        highest = Math.max(highest, feature(matcher.group(1)));
      }
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
