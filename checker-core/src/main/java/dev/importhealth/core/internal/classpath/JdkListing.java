package dev.importhealth.core.internal.classpath;

import dev.importhealth.core.internal.cache.CacheDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The class files of the running JDK, module by module, in the order the runtime image lists them.
 * Walking the image costs a tenth of a second on every run for an answer that changes only with
 * the JDK, so the listing can be kept in a file: it is used only when its header names this very
 * runtime (home, version, and the size and time of its module image) and its checksum holds;
 * anything else is walked again and rewritten.
 */
final class JdkListing {

  private static final String HEADER = "import-health jdk listing 1";

  /** One class of a module. */
  record Entry(String module, String binaryName) {}

  private JdkListing() {}

  static List<Entry> of(Optional<Path> cacheFile) {
    String runtime = runtime();
    if (cacheFile.isPresent()) {
      Optional<List<Entry>> kept = read(cacheFile.get(), runtime);
      if (kept.isPresent()) {
        return kept.get();
      }
    }
    List<Entry> walked = walk();
    cacheFile.ifPresent(file -> write(file, runtime, walked));
    return walked;
  }

  private static List<Entry> walk() {
    FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    List<Entry> entries = new ArrayList<>(32_000);
    try (DirectoryStream<Path> modules = Files.newDirectoryStream(jrt.getPath("/modules"))) {
      for (Path module : modules) {
        String moduleName = module.getFileName().toString();
        try (Stream<Path> paths = Files.walk(module)) {
          paths.forEach(path -> {
            String name = ClassGraphLibrary.binaryNameOf(module.relativize(path).toString());
            if (name != null) {
              entries.add(new Entry(moduleName, name));
            }
          });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the JDK's modules in jrt:/", e);
    }
    return entries;
  }

  private static String runtime() {
    Path image = Path.of(System.getProperty("java.home"), "lib", "modules");
    String stamp;
    try {
      stamp = Files.size(image) + "/" + Files.getLastModifiedTime(image).toMillis();
    } catch (IOException e) {
      stamp = "unknown" + System.nanoTime(); // never equal: nothing kept is trusted
    }
    return System.getProperty("java.home") + " " + Runtime.version() + " " + stamp;
  }

  private static Optional<List<Entry>> read(Path file, String runtime) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(runtime)
        || !lines.get(lines.size() - 1).equals(checksum(lines.subList(0, lines.size() - 1)))) {
      return Optional.empty();
    }
    List<Entry> entries = new ArrayList<>(lines.size());
    for (String line : lines.subList(2, lines.size() - 1)) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        return Optional.empty();
      }
      entries.add(new Entry(line.substring(0, tab), line.substring(tab + 1)));
    }
    return Optional.of(entries);
  }

  /** Best effort: a listing that cannot be kept is walked again next time. */
  private static void write(Path file, String runtime, List<Entry> entries) {
    List<String> lines = new ArrayList<>(entries.size() + 3);
    lines.add(HEADER);
    lines.add(runtime);
    entries.forEach(e -> lines.add(e.module() + "\t" + e.binaryName()));
    lines.add(checksum(lines));
    try {
      CacheDirectory.replace(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException e) {
      // the next run walks the image again
    }
  }

  private static String checksum(List<String> lines) {
    CRC32C crc = new CRC32C();
    lines.forEach(line -> crc.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
    return "crc " + crc.getValue() + " lines " + lines.size();
  }
}
