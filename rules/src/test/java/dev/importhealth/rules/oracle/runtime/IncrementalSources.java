package dev.importhealth.rules.oracle.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which sources to recompile after one source changed: the changed file and, transitively, every
 * source that names a type declared in a recompiled file. Java code can only depend on a type it
 * names, or on one its named supertypes name, so the closure over textual mentions is a safe
 * over-approximation in a corpus with one top-level type per file (the fixture's convention);
 * a stale class would show up as an unclassified linkage error in the self-test.
 */
final class IncrementalSources {

  private IncrementalSources() {}

  static List<Path> withDependents(Path sourceRoot, Path changed) {
    Map<Path, String> texts = new HashMap<>();
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        texts.put(file, Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<Path> stale = new LinkedHashSet<>(List.of(changed));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Path file : new ArrayList<>(stale)) {
        Pattern mention = Pattern.compile("\\b" + Pattern.quote(typeName(file)) + "\\b");
        for (Map.Entry<Path, String> other : texts.entrySet()) {
          if (!stale.contains(other.getKey()) && mention.matcher(other.getValue()).find()) {
            stale.add(other.getKey());
            grew = true;
          }
        }
      }
    }
    return List.copyOf(stale);
  }

  /** Removes the class files of the given sources (their type and its nested types) from {@code classes}. */
  static void deleteClassesOf(Path sourceRoot, List<Path> sources, Path classes) {
    for (Path source : sources) {
      Path packageDir = classes.resolve(sourceRoot.relativize(source.getParent()).toString());
      String type = typeName(source);
      if (!Files.isDirectory(packageDir)) {
        continue;
      }
      try (DirectoryStream<Path> list = Files.newDirectoryStream(packageDir, type + "{.class,$*.class}")) {
        for (Path classFile : list) {
          Files.delete(classFile);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String typeName(Path source) {
    String name = source.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }
}
