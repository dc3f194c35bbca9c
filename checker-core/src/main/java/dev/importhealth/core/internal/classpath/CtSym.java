package dev.importhealth.core.internal.classpath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The public API of older Java SE releases, as {@code javac --release N} sees it: the running
 * JDK's {@code lib/ct.sym}. It is a zip whose entries are {@code <releases>/<module>/<path>.sig};
 * {@code <releases>} names every release that carries the class, one base-36 character each
 * ({@code 8}, {@code 9}, {@code A} = 10, {@code B} = 11, …; {@code 87/java.base/java/util/jar/Pack200.sig}).
 * Only names are read, never the signatures. A missing or unreadable file reads as empty.
 */
public final class CtSym {

  private static final CtSym EMPTY = new CtSym(Map.of(), Map.of());

  /** Binary name (dots, {@code $} for nesting) → bit {@code r} set for each release r listing it. */
  private final Map<String, Long> classes;
  /** Package → bit per release listing at least one class of it. */
  private final Map<String, Long> packages;

  private CtSym(Map<String, Long> classes, Map<String, Long> packages) {
    this.classes = classes;
    this.packages = packages;
  }

  /** The running JDK's ct.sym, read once per process on first use. */
  public static CtSym ofRunningJdk() {
    return RunningJdk.INSTANCE;
  }

  private static final class RunningJdk {
    static final CtSym INSTANCE = read(Path.of(System.getProperty("java.home"), "lib", "ct.sym"));
  }

  /** Reads the names in a ct.sym file; empty if it does not exist or cannot be read. */
  public static CtSym read(Path file) {
    if (!Files.isRegularFile(file)) {
      return EMPTY;
    }
    Map<String, Long> classes = new HashMap<>();
    Map<String, Long> packages = new HashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (!name.endsWith(".sig") || name.endsWith("/module-info.sig") || name.endsWith("/package-info.sig")) {
          continue;
        }
        int first = name.indexOf('/');
        int second = first < 0 ? -1 : name.indexOf('/', first + 1);
        if (second < 0) {
          continue;
        }
        long releases = releases(name.substring(0, first));
        if (releases == 0) {
          continue;
        }
        String path = name.substring(second + 1, name.length() - ".sig".length());
        classes.merge(path.replace('/', '.'), releases, (a, b) -> a | b);
        int slash = path.lastIndexOf('/');
        if (slash > 0) {
          packages.merge(path.substring(0, slash).replace('/', '.'), releases, (a, b) -> a | b);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a damaged or foreign file: behave as if there were none
      return EMPTY;
    }
    return new CtSym(Map.copyOf(classes), Map.copyOf(packages));
  }

  /** The releases a directory name lists, as bits; 0 if it is not such a name. */
  private static long releases(String directory) {
    long bits = 0;
    for (int i = 0; i < directory.length(); i++) {
      int release = Character.digit(directory.charAt(i), 36);
      if (release < 0 || release >= Long.SIZE) {
        return 0;
      }
      bits |= 1L << release;
    }
    return bits;
  }

  public boolean isEmpty() {
    return classes.isEmpty();
  }

  /** Whether release {@code release} has the class (binary name: {@code java.util.jar.Pack200$Packer}). */
  public boolean lists(String binaryName, int release) {
    return release >= 0 && release < Long.SIZE && (classes.getOrDefault(binaryName, 0L) & (1L << release)) != 0;
  }

  /** The newest release below {@code below} that has the class, or 0 if none does. */
  public int lastReleaseWithClass(String binaryName, int below) {
    return highest(classes.getOrDefault(binaryName, 0L), below);
  }

  /** The newest release below {@code below} that has a class in the package, or 0 if none does. */
  public int lastReleaseWithPackage(String packageName, int below) {
    return highest(packages.getOrDefault(packageName, 0L), below);
  }

  private static int highest(long bits, int below) {
    long masked = below >= Long.SIZE ? bits : bits & ((1L << Math.max(below, 0)) - 1);
    return masked == 0 ? 0 : Long.SIZE - 1 - Long.numberOfLeadingZeros(masked);
  }
}
