package dev.importhealth.core.internal.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a cache entry was made with. The release number alone is not enough: a rebuilt snapshot
 * (or a developer's edited rule) reads the same sources differently, so the identity also names
 * each place the code was loaded from, by size and time (a jar), or by its newest class file and
 * count (a build directory).
 */
public final class ToolVersion {

  private ToolVersion() {}

  /** The identity of the code of these classes (the engine's and the rules'). */
  public static String of(Collection<Class<?>> classes) {
    Set<Path> locations = new LinkedHashSet<>();
    for (Class<?> type : classes) {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        try {
          locations.add(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
          locations.add(Path.of(source.getLocation().getPath()));
        }
      }
    }
    StringBuilder identity = new StringBuilder(releaseOf(ToolVersion.class));
    for (Path location : locations) {
      identity.append(' ').append(stamp(location));
    }
    return identity.toString();
  }

  private static String releaseOf(Class<?> type) {
    String version = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  private static String stamp(Path location) {
    try {
      if (Files.isDirectory(location)) {
        long newest = 0;
        long count = 0;
        try (Stream<Path> files = Files.walk(location)) {
          for (Path file : (Iterable<Path>) files::iterator) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
              newest = Math.max(newest, attributes.lastModifiedTime().toMillis());
              count++;
            }
          }
        }
        return location + "@" + newest + "/" + count;
      }
      BasicFileAttributes attributes = Files.readAttributes(location, BasicFileAttributes.class);
      return location + "@" + attributes.lastModifiedTime().toMillis() + "/" + attributes.size();
    } catch (IOException | UncheckedIOException e) {
      // unknown code: a stamp no later run can equal, so nothing cached is ever trusted
      return location + "@unreadable" + System.nanoTime();
    }
  }
}
