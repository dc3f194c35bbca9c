package dev.importhealth.rules.oracle.runtime;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the runtime's classes and methods are in the fixture's sources, so a runtime failure
 * (class and method names) can be compared with a finding (file and line). Built with JavaParser
 * from the same, mutated, sources the checker reads.
 */
final class SourceMap {

  /** Lines {@code first..last} of {@code file}, inclusive; {@code file} is a real path. */
  record Region(Path file, int first, int last) {
    boolean contains(Path other, int line) {
      return file.equals(other) && first <= line && line <= last;
    }
  }

  /** A type: its whole extent, its declaration head (annotations to name), methods, superclass. */
  private record TypeInfo(String binaryName, Region whole, Region head, Map<String, List<Region>> methods,
      Optional<String> superclassSimpleName) {}

  private final Map<String, TypeInfo> types = new HashMap<>();

  private SourceMap() {}

  static SourceMap of(Path sourceRoot) {
    SourceMap map = new SourceMap();
    JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        ParseResult<CompilationUnit> result = parser.parse(file);
        CompilationUnit unit = result.getResult().filter(u -> result.isSuccessful())
            .orElseThrow(() -> new IllegalStateException("cannot parse " + file + ": " + result.getProblems()));
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        for (TypeDeclaration<?> type : unit.getTypes()) {
          map.add(file.toRealPath(), pkg + type.getNameAsString(), type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }

  private void add(Path file, String binaryName, TypeDeclaration<?> type) {
    Map<String, List<Region>> methods = new HashMap<>();
    for (MethodDeclaration method : type.getMethods()) {
      methods.computeIfAbsent(method.getNameAsString(), k -> new ArrayList<>()).add(region(file, method));
    }
    Optional<String> superclass = type instanceof ClassOrInterfaceDeclaration c
        ? c.getExtendedTypes().stream().findFirst().map(ClassOrInterfaceType::getNameAsString)
        : Optional.empty();
    Region whole = region(file, type);
    Region head = new Region(file, whole.first(), type.getName().getBegin().orElseThrow().line);
    types.put(binaryName, new TypeInfo(binaryName, whole, head, methods, superclass));
    for (Node member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        add(file, binaryName + "$" + nested.getNameAsString(), nested);
      }
    }
  }

  /**
   * Where a finding for an outcome may be: inside the method, for a method-level outcome, in the
   * class that declares it (the runtime class or, for an inherited test method, a superclass),
   * and then also on the runtime class's declaration head, since the runtime class is what lacks
   * the factory; anywhere in the class for a class-level outcome, which names no member.
   */
  List<Region> acceptedRegions(String className, String methodName) {
    TypeInfo runtime = types.get(className);
    if (runtime == null) {
      return List.of();
    }
    if (methodName.isEmpty()) {
      return List.of(runtime.whole());
    }
    List<Region> regions = new ArrayList<>();
    for (TypeInfo type = runtime; type != null; type = superclass(type)) {
      List<Region> methods = type.methods().get(methodName);
      if (methods != null) {
        regions.addAll(methods);
        if (type != runtime) {
          regions.add(runtime.head());
        }
        break;
      }
    }
    return regions;
  }

  /** The superclass among the fixture's sources: same package first, else any type of that simple name. */
  private TypeInfo superclass(TypeInfo type) {
    if (type.superclassSimpleName().isEmpty()) {
      return null;
    }
    String simple = type.superclassSimpleName().get();
    String pkg = type.binaryName().contains(".") ? type.binaryName().substring(0, type.binaryName().lastIndexOf('.') + 1) : "";
    TypeInfo samePackage = types.get(pkg + simple);
    if (samePackage != null) {
      return samePackage;
    }
    return types.values().stream().filter(t -> t.binaryName().endsWith("." + simple)).findFirst().orElse(null);
  }

  private static Region region(Path file, Node node) {
    return new Region(file, node.getBegin().orElseThrow().line, node.getEnd().orElseThrow().line);
  }
}
