package dev.importhealth.core.internal.project;

import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The test classpath of every module, asked of Maven itself ({@code dependency:build-classpath})
 * and cached under {@code .import-health/cache/} until a pom changes. Running the build tool is
 * the only way to get its answer exactly; nothing of the project is executed by import-health.
 */
public final class MavenClasspath {

  static final String OUTPUT = "target/import-health.classpath";
  private static final long TIMEOUT_MINUTES = 10;

  private MavenClasspath() {}

  public static List<Path> resolve(Project project) throws IOException {
    Path cache = project.root().resolve(".import-health/cache/maven-classpath.txt");
    String key = pomHash(project);
    if (Files.isRegularFile(cache)) {
      List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
      if (!lines.isEmpty() && lines.get(0).equals(key)) {
        List<Path> cached = lines.subList(1, lines.size()).stream().map(Path::of).toList();
        if (cached.stream().allMatch(Files::exists)) {
          return cached;
        }
      }
    }
    runMaven(project.root());
    Set<Path> entries = new LinkedHashSet<>();
    for (Module module : project.modules()) {
      Path output = module.directory().resolve(OUTPUT);
      if (Files.isRegularFile(output)) {
        for (String entry : Files.readString(output, StandardCharsets.UTF_8).strip().split(File.pathSeparator)) {
          if (!entry.isBlank() && Files.exists(Path.of(entry))) {
            entries.add(Path.of(entry).toAbsolutePath().normalize());
          }
        }
      }
    }
    List<Path> result = List.copyOf(entries);
    writeCache(cache, key, result);
    return result;
  }

  private static void runMaven(Path root) throws IOException {
    Path wrapper = root.resolve("mvnw");
    List<String> command = new ArrayList<>();
    command.add(Files.isExecutable(wrapper) ? wrapper.toString() : "mvn");
    command.addAll(List.of("-q", "-B", "dependency:build-classpath", "-Dmdep.includeScope=test",
        "-Dmdep.outputFile=" + OUTPUT));
    Path log = Files.createTempFile("import-health-mvn", ".log");
    try {
      Process process = new ProcessBuilder(command).directory(root.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("'" + String.join(" ", command) + "' did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
      if (process.exitValue() != 0) {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        throw new IOException("'" + String.join(" ", command) + "' failed with exit code " + process.exitValue()
            + "; in a multi-module build, run 'mvn install -DskipTests' once first, or pass --classpath.\n" + tail);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running Maven", e);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** A change to any pom can change the classpath. */
  private static String pomHash(Project project) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Module module : project.modules()) {
        Path pom = module.directory().resolve("pom.xml");
        if (Files.isRegularFile(pom)) {
          digest.update(pom.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
          digest.update(Files.readAllBytes(pom));
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Written whole or not at all, so a concurrent or interrupted run never sees half a file. */
  private static void writeCache(Path cache, String key, List<Path> entries) throws IOException {
    Files.createDirectories(cache.getParent());
    Path temporary = Files.createTempFile(cache.getParent(), "maven-classpath", ".tmp");
    List<String> lines = new ArrayList<>();
    lines.add(key);
    entries.forEach(e -> lines.add(e.toString()));
    Files.write(temporary, lines, StandardCharsets.UTF_8);
    Files.move(temporary, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
