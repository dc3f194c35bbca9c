package dev.importhealth.rules.oracle;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.importhealth.rules.oracle.Mutation.DeleteDirectory;
import dev.importhealth.rules.oracle.Mutation.DeleteFile;
import dev.importhealth.rules.oracle.Mutation.Edit;
import dev.importhealth.rules.oracle.Mutation.RenameFile;
import dev.importhealth.rules.oracle.Mutation.Replace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Derives breaking changes from the sample's declarations, parsed with JavaParser. Deterministic:
 * files in path order, declarations in source order, no randomness.
 */
final class MutationGenerator {

  static final String SUFFIX = "Renamed";

  /** One parsed source: its path relative to the sample root, its text and its tree. */
  private record Source(String path, String text, CompilationUnit unit) {
    int offset(Position position) {
      int offset = 0;
      for (int line = 1; line < position.line; line++) {
        offset = text.indexOf('\n', offset) + 1;
      }
      return offset + position.column - 1;
    }

    /** Replaces the name of a declaration with {@code name + SUFFIX}. */
    Replace rename(NodeWithSimpleName<?> declaration) {
      Node name = declaration.getName();
      int begin = offset(name.getBegin().orElseThrow());
      int end = offset(name.getEnd().orElseThrow()) + 1;
      return new Replace(path, begin, end - begin, declaration.getNameAsString() + SUFFIX);
    }
  }

  private final List<Source> sources = new ArrayList<>();

  private MutationGenerator() {}

  /** Mutations of the sources under {@code projectRoot/sources}; edits name paths relative to the root. */
  static List<Mutation> generate(Path projectRoot, String sources) throws IOException {
    MutationGenerator generator = new MutationGenerator();
    generator.parse(projectRoot, projectRoot.resolve(sources));
    List<Mutation> mutations = new ArrayList<>();
    mutations.addAll(generator.deleteClasses());
    mutations.addAll(generator.deletePackages());
    mutations.addAll(generator.renameClasses());
    mutations.addAll(generator.renameNestedTypes());
    mutations.addAll(generator.renameMethods());
    mutations.addAll(generator.renameFields());
    mutations.addAll(generator.renameRecordComponents());
    mutations.addAll(generator.renameEnumConstants());
    mutations.addAll(generator.removeParameters());
    return mutations;
  }

  private void parse(Path projectRoot, Path sourceRoot) throws IOException {
    JavaParser parser = new JavaParser(
        new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      ParseResult<CompilationUnit> result = parser.parse(text);
      CompilationUnit unit = result.getResult().filter(u -> result.isSuccessful())
          .orElseThrow(() -> new IllegalStateException("cannot parse " + file + ": " + result.getProblems()));
      sources.add(new Source(relative(projectRoot, file), text, unit));
    }
  }

  private List<Mutation> deleteClasses() {
    List<Mutation> mutations = new ArrayList<>();
    for (Source source : sources) {
      for (TypeDeclaration<?> type : source.unit().getTypes()) {
        mutations.add(new Mutation(MutationKind.DELETE_CLASS, "delete-class " + type.getNameAsString(),
            List.of(new DeleteFile(source.path()))));
      }
    }
    return mutations;
  }

  /** Each package directory (the sample keeps one package per directory, with no subpackages). */
  private List<Mutation> deletePackages() {
    TreeMap<String, String> packagesByDirectory = new TreeMap<>();
    for (Source source : sources) {
      String directory = source.path().substring(0, source.path().lastIndexOf('/'));
      String pkg = source.unit().getPackageDeclaration().orElseThrow().getNameAsString();
      packagesByDirectory.put(directory, pkg);
    }
    List<Mutation> mutations = new ArrayList<>();
    packagesByDirectory.forEach((directory, pkg) -> mutations.add(
        new Mutation(MutationKind.DELETE_PACKAGE, "delete-package " + pkg, List.of(new DeleteDirectory(directory)))));
    return mutations;
  }

  /** Top-level types: the declaration, its constructors and the file take the new name. */
  private List<Mutation> renameClasses() {
    List<Mutation> mutations = new ArrayList<>();
    for (Source source : sources) {
      for (TypeDeclaration<?> type : source.unit().getTypes()) {
        List<Edit> edits = new ArrayList<>(renameTypeDeclaration(source, type));
        String directory = source.path().substring(0, source.path().lastIndexOf('/') + 1);
        edits.add(new RenameFile(source.path(), directory + type.getNameAsString() + SUFFIX + ".java"));
        mutations.add(new Mutation(MutationKind.RENAME_CLASS, "rename-class " + type.getNameAsString(), edits));
      }
    }
    return mutations;
  }

  private List<Mutation> renameNestedTypes() {
    List<Mutation> mutations = new ArrayList<>();
    for (Source source : sources) {
      for (TypeDeclaration<?> type : source.unit().findAll(TypeDeclaration.class)) {
        if (type.isNestedType()) {
          mutations.add(new Mutation(MutationKind.RENAME_NESTED_TYPE, "rename-nested-type " + qualified(type),
              renameTypeDeclaration(source, type)));
        }
      }
    }
    return mutations;
  }

  /** A type's name and its constructors' names (they must match, or the file stops parsing). */
  private static List<Edit> renameTypeDeclaration(Source source, TypeDeclaration<?> type) {
    List<Edit> edits = new ArrayList<>();
    edits.add(source.rename(type));
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof ConstructorDeclaration constructor) {
        edits.add(source.rename(constructor));
      } else if (member instanceof CompactConstructorDeclaration constructor) {
        edits.add(source.rename(constructor));
      }
    }
    return edits;
  }

  /** Methods, and the elements of annotation types, which are methods too (JLS 9.6.1). */
  private List<Mutation> renameMethods() {
    List<Mutation> mutations = new ArrayList<>();
    for (Source source : sources) {
      for (MethodDeclaration method : source.unit().findAll(MethodDeclaration.class)) {
        mutations.add(new Mutation(MutationKind.RENAME_METHOD, "rename-method " + signature(method),
            List.of(source.rename(method))));
      }
      for (AnnotationMemberDeclaration element : source.unit().findAll(AnnotationMemberDeclaration.class)) {
        mutations.add(new Mutation(MutationKind.RENAME_METHOD,
            "rename-method " + owner(element) + "." + element.getNameAsString() + "()",
            List.of(source.rename(element))));
      }
    }
    return mutations;
  }

  private List<Mutation> renameFields() {
    List<Mutation> mutations = new ArrayList<>();
    for (Source source : sources) {
      for (FieldDeclaration field : source.unit().findAll(FieldDeclaration.class)) {
        for (VariableDeclarator variable : field.getVariables()) {
          mutations.add(new Mutation(MutationKind.RENAME_FIELD,
              "rename-field " + owner(field) + "." + variable.getNameAsString(), List.of(source.rename(variable))));
        }
      }
    }
    return mutations;
  }

  private List<Mutation> renameRecordComponents() {
    List<Mutation> mutations = new ArrayList<>();
    for (Source source : sources) {
      for (RecordDeclaration record : source.unit().findAll(RecordDeclaration.class)) {
        for (Parameter component : record.getParameters()) {
          mutations.add(new Mutation(MutationKind.RENAME_RECORD_COMPONENT,
              "rename-record-component " + qualified(record) + "." + component.getNameAsString(),
              List.of(source.rename(component))));
        }
      }
    }
    return mutations;
  }

  private List<Mutation> renameEnumConstants() {
    List<Mutation> mutations = new ArrayList<>();
    for (Source source : sources) {
      for (EnumConstantDeclaration constant : source.unit().findAll(EnumConstantDeclaration.class)) {
        mutations.add(new Mutation(MutationKind.RENAME_ENUM_CONSTANT,
            "rename-enum-constant " + owner(constant) + "." + constant.getNameAsString(),
            List.of(source.rename(constant))));
      }
    }
    return mutations;
  }

  /** Removes the last parameter, with the comma before it: {@code m(A a, B b)} becomes {@code m(A a)}. */
  private List<Mutation> removeParameters() {
    List<Mutation> mutations = new ArrayList<>();
    for (Source source : sources) {
      for (MethodDeclaration method : source.unit().findAll(MethodDeclaration.class)) {
        NodeList<Parameter> parameters = method.getParameters();
        if (parameters.isEmpty()) {
          continue;
        }
        Parameter last = parameters.getLast().orElseThrow();
        int begin = parameters.size() == 1
            ? source.offset(last.getBegin().orElseThrow())
            : source.offset(parameters.get(parameters.size() - 2).getEnd().orElseThrow()) + 1;
        int end = source.offset(last.getEnd().orElseThrow()) + 1;
        mutations.add(new Mutation(MutationKind.REMOVE_PARAMETER,
            "remove-parameter " + signature(method) + " -" + last.getNameAsString(),
            List.of(new Replace(source.path(), begin, end - begin, ""))));
      }
    }
    return mutations;
  }

  private static String signature(MethodDeclaration method) {
    String parameters = method.getParameters().stream()
        .map(p -> p.getType().asString() + (p.isVarArgs() ? "..." : ""))
        .collect(Collectors.joining(","));
    return owner(method) + "." + method.getNameAsString() + "(" + parameters + ")";
  }

  /** The qualified-by-enclosing-types name of the type declaring a member, e.g. {@code Order.Line}. */
  private static String owner(Node member) {
    for (Node node = member.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof TypeDeclaration<?> type) {
        return qualified(type);
      }
      if (node instanceof com.github.javaparser.ast.expr.ObjectCreationExpr creation) {
        return owner(creation) + ".new " + creation.getTypeAsString() + "(){}";
      }
      if (node instanceof EnumConstantDeclaration constant) {
        return owner(constant) + "." + constant.getNameAsString() + "{}";
      }
    }
    return "?";
  }

  private static String qualified(TypeDeclaration<?> type) {
    List<String> names = new ArrayList<>();
    for (Node node = type; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof TypeDeclaration<?> t) {
        names.add(0, t.getNameAsString());
      }
    }
    return String.join(".", names);
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
