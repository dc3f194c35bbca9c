package dev.importhealth.core.internal.classpath;

import dev.importhealth.core.index.ClassLibrary;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.structure.TypeView;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The JDK's modules and a classpath as a {@link ClassLibrary}. Opening lists class files only; a
 * type is read from its class file on first use and cached. Nothing is ever loaded or initialised.
 *
 * <p>The JDK's classes are listed from the running runtime image ({@code jrt:/}, every module in
 * the image); the classpath's jars and directories are listed by ClassGraph, which also picks the
 * right version of a class in a multi-release jar. When several places declare a class, the first
 * wins as on the JVM: the JDK, then the classpath entries in order. Thread-safe.
 */
public final class ClassGraphLibrary implements ClassLibrary {

  private static final Reader<TypeSymbol> SYMBOLS =
      new Reader<>(new ClassFileReader()::read, TypeSymbol::binaryName);
  private static final Reader<TypeView> STRUCTURES =
      new Reader<>(new ClassStructureReader()::read, TypeView::binaryName);
  private static final String JRT_PREFIX = "jrt:/";

  /** One class file: where it is, and what origin its type gets. */
  private sealed interface ClassFile {
    TypeOrigin origin();

    /** The entry that holds the file, as {@link #entriesDeclaring} reports it. */
    String entry();

    byte[] read(String binaryName) throws IOException;
  }

  /** A class in a module of the runtime image; its path follows from its name. */
  private record JdkClassFile(FileSystem jrt, TypeOrigin.Jdk origin) implements ClassFile {
    @Override
    public String entry() {
      return JRT_PREFIX + origin.module();
    }

    @Override
    public byte[] read(String binaryName) throws IOException {
      return Files.readAllBytes(
          jrt.getPath("/modules", origin.module(), binaryName.replace('.', '/') + ".class"));
    }
  }

  private record ResourceClassFile(Resource resource, TypeOrigin.Classpath origin)
      implements ClassFile {
    @Override
    public String entry() {
      return origin.entry();
    }

    @Override
    public byte[] read(String binaryName) throws IOException {
      synchronized (resource) { // a Resource cannot be opened twice at once
        return resource.load();
      }
    }
  }

  private final Map<String, List<ClassFile>> declarations; // binary name -> places, first wins
  private final Map<String, Set<String>> classesByPackage;
  private final Set<String> jdkPackages;
  private final ScanResult scanResult; // null when no classpath was scanned
  private final Map<String, Optional<TypeSymbol>> types = new ConcurrentHashMap<>();
  private final Map<String, Optional<TypeView>> structures = new ConcurrentHashMap<>();
  private final Map<String, String> failures = new ConcurrentHashMap<>();

  private ClassGraphLibrary(Indexer indexer, ScanResult scanResult) {
    this.declarations = indexer.declarations;
    Map<String, Set<String>> byPackage = new HashMap<>();
    indexer.classesByPackage.forEach(
        (pkg, names) -> byPackage.put(pkg, Collections.unmodifiableSet(names)));
    this.classesByPackage = Collections.unmodifiableMap(byPackage);
    this.jdkPackages = Collections.unmodifiableSet(indexer.jdkPackages);
    this.scanResult = scanResult;
  }

  /**
   * Lists the class files of the JDK (when {@code includeJdk}) and of the given jars and
   * directories, in classpath order. Entries that do not exist are ignored.
   */
  public static ClassGraphLibrary open(List<Path> classpathEntries, boolean includeJdk) {
    return open(classpathEntries, includeJdk, Optional.empty());
  }

  /** @param jdkListing a file to keep the JDK's listing in between runs ({@link JdkListing}) */
  public static ClassGraphLibrary open(List<Path> classpathEntries, boolean includeJdk, Optional<Path> jdkListing) {
    Indexer indexer = new Indexer();
    if (includeJdk) {
      indexer.addJdk(JdkListing.of(jdkListing));
    }
    if (classpathEntries.isEmpty()) {
      return new ClassGraphLibrary(indexer, null);
    }
    // No enableClassInfo(): ClassGraph only lists resources and parses no class file.
    ScanResult scan = new ClassGraph().overrideClasspath(classpathEntries).scan();
    try {
      indexer.addClasspath(scan, classpathEntries);
      return new ClassGraphLibrary(indexer, scan);
    } catch (RuntimeException | Error e) {
      scan.close();
      throw e;
    }
  }

  @Override
  public Set<String> packages() {
    return classesByPackage.keySet();
  }

  @Override
  public Set<String> classesIn(String packageName) {
    return classesByPackage.getOrDefault(packageName, Set.of());
  }

  @Override
  public Optional<TypeSymbol> type(String binaryName) {
    return cached(binaryName, types, SYMBOLS);
  }

  @Override
  public Optional<TypeView> structure(String binaryName) {
    return cached(binaryName, structures, STRUCTURES);
  }

  /**
   * Whether a scanned jar or directory holds the resource. ClassGraph builds its path index once,
   * under its own lock, on first use.
   */
  @Override
  public boolean hasResource(String path) {
    return scanResult != null && scanResult.getAllResourcesAsMap().containsKey(path);
  }

  /** The class read by {@code reader} from its first declaration, once; empty when it cannot be read. */
  private <T> Optional<T> cached(String binaryName, Map<String, Optional<T>> cache, Reader<T> reader) {
    Optional<T> cached = cache.get(binaryName);
    if (cached != null) {
      return cached;
    }
    List<ClassFile> places = declarations.get(binaryName);
    if (places == null) {
      return Optional.empty(); // not cached: unknown names must not fill the cache
    }
    Optional<T> read = read(binaryName, places.get(0), reader);
    Optional<T> raced = cache.putIfAbsent(binaryName, read);
    return raced != null ? raced : read;
  }

  /** A class-file reader, and how to tell which class its result is. */
  private record Reader<T>(BiFunction<byte[], TypeOrigin, T> read, Function<T, String> nameOf) {}

  private <T> Optional<T> read(String binaryName, ClassFile file, Reader<T> reader) {
    try {
      return readOnce(binaryName, file, reader);
    } catch (RuntimeException e) {
      // A reader below us (the jrt image, a zip) failed in a way it should not: read again, alone,
      // before calling the class unreadable. Never let it end the analysis.
      synchronized (this) {
        try {
          return readOnce(binaryName, file, reader);
        } catch (RuntimeException again) {
          failures.put(binaryName, file.entry() + ": " + again);
          return Optional.empty();
        }
      }
    }
  }

  private <T> Optional<T> readOnce(String binaryName, ClassFile file, Reader<T> reader) {
    try {
      T type = reader.read().apply(file.read(binaryName), file.origin());
      String declared = reader.nameOf().apply(type);
      if (!declared.equals(binaryName)) {
        throw new ClassFileFormatException("the class file declares " + declared);
      }
      return Optional.of(type);
    } catch (IOException | UncheckedIOException | ClassFileFormatException e) {
      failures.put(binaryName, file.entry() + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Why the class could not be read, for a class whose {@link #type} or {@link #structure} was
   * empty though listed.
   */
  public Optional<String> readFailure(String binaryName) {
    return Optional.ofNullable(failures.get(binaryName));
  }

  @Override
  public boolean isJdkPackage(String packageName) {
    return jdkPackages.contains(packageName);
  }

  /**
   * Every place that declares the class, in lookup order (the first is the one {@link #type}
   * reads): a classpath entry as given to {@link #open}, or {@code jrt:/module} for the JDK.
   */
  @Override
  public List<String> entriesDeclaring(String binaryName) {
    return declarations.getOrDefault(binaryName, List.of()).stream().map(ClassFile::entry).toList();
  }

  @Override
  public void close() {
    if (scanResult != null) {
      scanResult.close();
    }
  }

  /** Collects the listing while opening. */
  private static final class Indexer {
    final Map<String, List<ClassFile>> declarations = new HashMap<>();
    final Map<String, Set<String>> classesByPackage = new HashMap<>();
    final Set<String> jdkPackages = new HashSet<>();

    void addJdk(List<JdkListing.Entry> listing) {
      FileSystem jrt = FileSystems.getFileSystem(URI.create(JRT_PREFIX));
      Map<String, ClassFile> modules = new HashMap<>();
      for (JdkListing.Entry entry : listing) {
        ClassFile file = modules.computeIfAbsent(entry.module(), m -> new JdkClassFile(jrt, new TypeOrigin.Jdk(m)));
        jdkPackages.add(add(entry.binaryName(), file));
      }
    }

    void addClasspath(ScanResult scan, List<Path> entries) {
      Map<Path, String> entryByLocation = new HashMap<>();
      for (Path entry : entries) {
        entryByLocation.putIfAbsent(location(entry), entry.toString());
      }
      Map<Object, TypeOrigin.Classpath> origins = new HashMap<>();
      // Resources come in classpath order, so appending keeps the JVM's first-wins order.
      for (Resource resource : scan.getResourcesWithExtension("class")) {
        String name = binaryNameOf(resource.getPath());
        if (name == null) {
          continue;
        }
        // The jar or directory; an element with no file (e.g. a jar nested in a jar) by its URI.
        File file = resource.getClasspathElementFile();
        Object element = file != null ? file : resource.getClasspathElementURI();
        TypeOrigin.Classpath origin = origins.computeIfAbsent(element, e ->
            new TypeOrigin.Classpath(file == null
                ? e.toString()
                : entryByLocation.getOrDefault(location(file.toPath()), file.getPath())));
        add(name, new ResourceClassFile(resource, origin));
      }
    }

    /** Records a declaration; returns the package. */
    private String add(String binaryName, ClassFile file) {
      int dot = binaryName.lastIndexOf('.');
      String pkg = dot < 0 ? "" : binaryName.substring(0, dot);
      classesByPackage.computeIfAbsent(pkg, p -> new TreeSet<>()).add(binaryName);
      declarations.computeIfAbsent(binaryName, n -> new ArrayList<>(1)).add(file);
      return pkg;
    }

    private static Path location(Path path) {
      try {
        return path.toRealPath();
      } catch (IOException e) {
        return path.toAbsolutePath().normalize();
      }
    }
  }

  /**
   * The binary name for a class file's path ({@code java/util/Map$Entry.class}), or null when it
   * declares no listable type: not a class file, {@code module-info}, {@code package-info}, a
   * local or anonymous class (a {@code $}-part starting with a digit), or a file under
   * {@code META-INF/} (e.g. another release's version in a multi-release directory).
   */
  static String binaryNameOf(String path) {
    path = path.replace('\\', '/');
    if (!path.endsWith(".class") || path.startsWith("META-INF/") || path.startsWith("/")) {
      return null;
    }
    String internal = path.substring(0, path.length() - ".class".length());
    String simple = internal.substring(internal.lastIndexOf('/') + 1);
    if (simple.isEmpty() || simple.equals("module-info") || simple.equals("package-info")
        || internal.contains("-") || internal.contains(".")) {
      return null;
    }
    String[] parts = simple.split("\\$", -1);
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isEmpty() && Character.isDigit(parts[i].charAt(0))) {
        return null;
      }
    }
    return internal.replace('/', '.');
  }
}
