package dev.importhealth.rules.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the cache that {@code --maven-classpath} reads instead of running Maven, for a
 * single-module project: tests then run "as if Maven had resolved" a classpath they choose. The
 * format (header, the poms' hash, then each module and its entries) follows
 * {@code MavenClasspath}; {@code MavenClasspathCacheTest} in checker-core pins it down.
 */
public final class MavenClasspathCache {

  private MavenClasspathCache() {}

  public static void write(Path projectRoot, List<Path> rootModuleClasspath) throws IOException {
    Path pom = projectRoot.toRealPath().resolve("pom.xml");
    List<String> lines = new ArrayList<>(
        List.of("import-health maven classpath, per module, v2", pomHash(pom), "module\t."));
    rootModuleClasspath.forEach(entry -> lines.add(entry.toString()));
    Path cache = projectRoot.resolve(".import-health/cache/maven-classpath.txt");
    Files.createDirectories(cache.getParent());
    Files.writeString(cache, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static String pomHash(Path pom) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(pom.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(pom));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
