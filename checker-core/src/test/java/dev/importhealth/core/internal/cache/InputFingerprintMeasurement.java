package dev.importhealth.core.internal.cache;

import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.internal.project.ProjectDiscovery;
import dev.importhealth.core.model.Project;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Not a test: prints how long the fingerprint of a real project takes, for example:
 *
 * <pre>
 * java -cp checker-core/target/classes:checker-core/target/test-classes:DEPENDENCIES \
 *     dev.importhealth.core.internal.cache.InputFingerprintMeasurement \
 *     /work/realprojects/jackson-databind /work/realprojects/jackson-databind.classpath
 * </pre>
 */
public final class InputFingerprintMeasurement {

  private InputFingerprintMeasurement() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    Project project = ProjectDiscovery.discover(root);
    List<Path> classpath = new ArrayList<>();
    if (args.length > 1) {
      for (String entry : Files.readString(Path.of(args[1])).strip().split(File.pathSeparator)) {
        classpath.add(Path.of(entry));
      }
    }
    project.modules().forEach(m -> classpath.addAll(m.outputDirectories()));
    long start = System.nanoTime();
    // what the engine does anyway while it parses: not part of the fingerprint's cost
    Map<Path, byte[]> java = new HashMap<>();
    for (Path file : ProjectDiscovery.javaFiles(project)) {
      java.put(file, Digests.sha256(Files.readAllBytes(file)));
    }
    System.out.printf("%d Java files read and digested in %d ms (the engine's work)%n", java.size(),
        (System.nanoTime() - start) / 1_000_000);
    ResultInputs inputs = new ResultInputs(ToolVersion.of(List.of(InputFingerprint.class)), project,
        CheckRequest.of(root).withCache(CheckRequest.DEFAULT_CACHE), classpath, Optional.empty(), java);
    for (int run = 1; run <= 5; run++) {
      long before = System.nanoTime();
      Fingerprint fingerprint = InputFingerprint.of(inputs);
      System.out.printf("run %d: %s%s in %.1f ms%n", run, fingerprint.hex().substring(0, 12),
          fingerprint.settled() ? "" : " (not settled)", (System.nanoTime() - before) / 1e6);
    }
  }
}
