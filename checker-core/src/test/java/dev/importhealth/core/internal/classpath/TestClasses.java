package dev.importhealth.core.internal.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles Java sources and packs class files into jars, for tests. */
final class TestClasses {

  private TestClasses() {}

  /**
   * Compiles {@code sources} (path relative to a source root, e.g. {@code a/B.java}, to content)
   * into {@code outputDir} and returns it. The sources stay in memory.
   */
  static Path compile(Path outputDir, Map<String, String> sources) throws IOException {
    return compile(outputDir, sources, List.of());
  }

  /** As {@link #compile(Path, Map)}, with more javac options ({@code -parameters}). */
  static Path compile(Path outputDir, Map<String, String> sources, List<String> options)
      throws IOException {
    Files.createDirectories(outputDir);
    List<JavaFileObject> units = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      units.add(new SimpleJavaFileObject(URI.create("string:///" + source.getKey()),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source.getValue();
        }
      });
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler).as("a JDK with javac").isNotNull();
    StringWriter messages = new StringWriter();
    List<String> arguments = new ArrayList<>(List.of("-d", outputDir.toString(), "-nowarn"));
    arguments.addAll(options);
    boolean compiled = compiler.getTask(messages, null, null, arguments, null, units).call();
    assertThat(compiled).as("javac: " + messages).isTrue();
    return outputDir;
  }

  /** Writes {@code jar} with every file under {@code dir}, plus the given entries (path to bytes). */
  static Path jar(Path jar, Path dir, Map<String, byte[]> extraEntries, boolean multiRelease)
      throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (multiRelease) {
      manifest.getMainAttributes().put(new Attributes.Name("Multi-Release"), "true");
    }
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        jarOut.putNextEntry(new JarEntry(dir.relativize(file).toString().replace('\\', '/')));
        jarOut.write(Files.readAllBytes(file));
        jarOut.closeEntry();
      }
      for (Map.Entry<String, byte[]> entry : extraEntries.entrySet()) {
        jarOut.putNextEntry(new JarEntry(entry.getKey()));
        jarOut.write(entry.getValue());
        jarOut.closeEntry();
      }
    }
    return jar;
  }
}
