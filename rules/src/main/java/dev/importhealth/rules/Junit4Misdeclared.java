package dev.importhealth.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.structure.FieldView;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.Structures;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.core.structure.Visibility;
import dev.importhealth.rules.internal.fixtures.DeclaredTypes;
import dev.importhealth.rules.internal.fixtures.Junit4MemberValidation;
import dev.importhealth.rules.internal.fixtures.Junit4Runners.Kind;
import dev.importhealth.rules.internal.fixtures.Junit4Runners;
import dev.importhealth.rules.internal.fixtures.RuntimeTestClasses;
import dev.importhealth.rules.internal.fixtures.TypeHierarchy;
import java.util.List;
import java.util.Optional;

/**
 * JUnit 4 test classes the runner rejects before running a test: lifecycle methods and rules
 * with the wrong modifiers or types, non-public classes, and Parameterized classes without a
 * public static {@code @Parameters} method or with non-public {@code @Parameter} fields. Only
 * classes on the default runner or a runner whose validation is known are judged.
 */
@CheckerRule(
    id = "IH308",
    name = "junit4-misdeclared",
    severity = Severity.ERROR,
    summary = "JUnit 4 test class the runner rejects",
    help = "Declare JUnit 4 members as the runner requires: public test classes, public non-static "
        + "@Test/@Before/@After methods, public static @BeforeClass/@AfterClass methods, public "
        + "@Rule fields and public static @ClassRule fields, a public static @Parameters method.",
    tags = {"correctness", "junit4"})
public final class Junit4Misdeclared implements FileRule {

  private static final String PARAMETERS = Junit4Runners.PARAMETERIZED + "$Parameters";
  private static final String PARAMETER = Junit4Runners.PARAMETERIZED + "$Parameter";

  @Override
  public void check(FileContext context) {
    Structures structures = context.structures();
    for (TypeDeclaration<?> declaration : DeclaredTypes.of(context.unit())) {
      Optional<TypeView> found = structures.declared(declaration);
      if (found.isEmpty() || found.get().kind() != TypeKind.CLASS) {
        continue;
      }
      TypeView type = found.get();
      Optional<Kind> runs = Junit4Runners.kindForDeclaring(context, type);
      if (runs.isEmpty()) {
        continue;
      }
      Optional<Kind> own = RuntimeTestClasses.canRun(context, type) ? Junit4Runners.kind(structures, type) : Optional.empty();
      own.ifPresent(kind -> checkClass(context, type, declaration, kind));
      for (MethodView method : type.methods()) {
        Junit4MemberValidation.method(method)
            .ifPresent(r -> reject(context, method.node().get().getName(), null, r.quoted(), r.fix()));
      }
      for (FieldView field : type.fields()) {
        Junit4MemberValidation.rule(context, field)
            .ifPresent(r -> reject(context, field.node().get(), null, r.quoted(), r.fix()));
      }
    }
  }

  private static void checkClass(FileContext context, TypeView type, TypeDeclaration<?> declaration, Kind kind) {
    if (type.outerBinaryName().isEmpty() && type.visibility() != Visibility.PUBLIC) {
      reject(context, declaration.getName(), type, "The class " + type.binaryName() + " is not public.", "Make the class public.");
    }
    if (kind == Kind.BLOCK && declaration instanceof ClassOrInterfaceDeclaration c && !c.getConstructors().isEmpty()) {
      List<ConstructorDeclaration> open = c.getConstructors().stream().filter(ConstructorDeclaration::isPublic).toList();
      if (open.size() != 1) {
        reject(context, declaration.getName(), type, "Test class should have exactly one public constructor",
            "Give it one public constructor without parameters.");
      } else if (!open.get(0).getParameters().isEmpty()) {
        reject(context, open.get(0).getName(), type, "Test class should have exactly one public zero-argument constructor",
            "JUnit 4 creates test instances without arguments: remove the parameters.");
      }
    }
    if (kind == Kind.PARAMETERIZED) {
      List<MethodView> parameters = new TypeHierarchy(context.structures()).classChain(type).orElseThrow().stream()
          .flatMap(t -> t.methods().stream()).filter(m -> Junit4Runners.annotated(m.annotations(), PARAMETERS)).toList();
      if (parameters.stream().noneMatch(m -> m.isStatic() && m.visibility() == Visibility.PUBLIC)) {
        reject(context, declaration.getName(), type, "No public static parameters method on class " + type.binaryName(),
            parameters.isEmpty() ? "Add a public static method annotated with @Parameters that returns the rows."
                : "Make " + parameters.get(0).name() + "() public and static.");
      }
      for (FieldView field : type.fields()) {
        if (Junit4Runners.annotated(field.annotations(), PARAMETER) && field.visibility() != Visibility.PUBLIC) {
          reject(context, field.node().orElseThrow(), type, "Cannot set parameter '" + field.name()
              + "'. Ensure that the field '" + field.name() + "' is public.", "Make the field public.");
        }
      }
    }
  }

  private static void reject(FileContext context, Node node, TypeView type, String quoted, String fix) {
    Node at = node instanceof NodeWithSimpleName<?> named ? named.getName() : node;
    String subject = type == null ? "" : " " + type.binaryName();
    context.report(at, "JUnit 4 rejects the test class" + subject + ": at run time it fails with \"" + quoted + "\". " + fix);
  }
}
