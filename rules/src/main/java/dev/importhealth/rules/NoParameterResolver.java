package dev.importhealth.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.semantics.UnknownReason;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.ParameterView;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.fixtures.Annotations;
import dev.importhealth.rules.internal.fixtures.DeclaredTypes;
import dev.importhealth.rules.internal.fixtures.FrameworkNames;
import dev.importhealth.rules.internal.fixtures.RuntimeTestClasses;
import dev.importhealth.rules.internal.fixtures.Tri;
import dev.importhealth.rules.internal.fixtures.jupiter.JupiterConfiguration;
import dev.importhealth.rules.internal.fixtures.jupiter.JupiterInvocations;
import dev.importhealth.rules.internal.fixtures.jupiter.JupiterTests;
import dev.importhealth.rules.internal.fixtures.jupiter.ParameterSupport.Failure;
import dev.importhealth.rules.internal.fixtures.jupiter.ParameterSupport.Site;
import dev.importhealth.rules.internal.fixtures.jupiter.ParameterSupport;
import dev.importhealth.rules.internal.fixtures.jupiter.ReflectionStrings;
import dev.importhealth.rules.internal.fixtures.jupiter.ResolverModels;
import java.util.List;
import java.util.Optional;

/**
 * A parameter of a JUnit Jupiter test method, lifecycle method or test class constructor that no
 * registered ParameterResolver supports: JUnit fails the test with "No ParameterResolver
 * registered for parameter". Judged only when every registered extension is modelled.
 */
@CheckerRule(
    id = "IH304",
    name = "no-parameter-resolver",
    severity = Severity.ERROR,
    summary = "Test parameter that no registered ParameterResolver supports",
    help = "Register an extension that resolves the parameter (@ExtendWith, @RegisterExtension), annotate it "
        + "for the resolver you use (@TempDir, @Mock with MockitoExtension, @Autowired with SpringExtension), "
        + "or remove the parameter.",
    tags = {"correctness", "junit"},
    precision = "high")
public final class NoParameterResolver implements FileRule {

  private static final String AUTODETECTION = "junit.jupiter.extensions.autodetection.enabled";

  @Override
  public void check(FileContext context) {
    Optional<Optional<String>> autodetection = JupiterConfiguration.parameter(context, AUTODETECTION);
    if (autodetection.isEmpty()) {
      countTestsNotJudged(context);
      return;
    }
    // with autodetection on, any jar's META-INF/services may register a resolver
    if (!autodetection.get().map(v -> v.strip().equalsIgnoreCase("false")).orElse(true)) {
      return;
    }
    for (TypeDeclaration<?> declaration : DeclaredTypes.of(context.unit())) {
      Optional<TypeView> declaring = context.structures().declared(declaration);
      // only parameters can fail to resolve; most tests have none, and deep abstract test
      // hierarchies (commons-collections) have many runtime classes to judge each one in
      List<MethodView> withParameters = declaring.map(TypeView::methods).orElse(List.of()).stream()
          .filter(m -> m.node().isPresent() && !m.parameters().isEmpty()).toList();
      if (withParameters.isEmpty()) {
        continue;
      }
      List<TypeView> runtimeClasses = RuntimeTestClasses.of(context, declaring.get());
      for (MethodView method : withParameters) {
        for (TypeView runtimeClass : runtimeClasses) {
          if (judge(context, method, declaring.get(), runtimeClass)) {
            break; // one runtime class that fails is enough
          }
        }
      }
    }
  }

  /** For the IH902 notice: the tests with parameters that an unreadable build setting kept from judgement. */
  private static void countTestsNotJudged(FileContext context) {
    Annotations annotations = new Annotations(context.structures());
    for (TypeDeclaration<?> declaration : DeclaredTypes.of(context.unit())) {
      for (MethodView method : context.structures().declared(declaration).map(TypeView::methods).orElse(List.of())) {
        if (!method.parameters().isEmpty() && JupiterTests.isTestMethod(annotations, method) == Tri.YES) {
          context.unchecked(new Resolution.Unknown<>(UnknownReason.TEST_SETUP_UNKNOWN, "extension autodetection"));
        }
      }
    }
  }

  /** Reports the parameters that fail when {@code method} runs in {@code runtimeClass}. */
  private static boolean judge(FileContext context, MethodView method, TypeView declaring, TypeView runtimeClass) {
    Optional<JupiterInvocations> invocations = JupiterInvocations.of(context, method, declaring, runtimeClass);
    if (invocations.isEmpty()) {
      return false;
    }
    Site site = invocations.get().site();
    ParameterSupport support = new ParameterSupport(context);
    boolean reported = false;
    for (int i = 0; i < method.parameters().size(); i++) {
      ParameterView parameter = method.parameters().get(i);
      if (invocations.get().filled().get(i) != Tri.NO) {
        continue; // the arguments of a @ParameterizedTest fill it
      }
      for (List<String> extensions : invocations.get().registries()) {
        Optional<Failure> problem = support.failure(parameter, extensions, site);
        if (problem.isPresent()) {
          String hint = hint(parameter, extensions, site, invocations.get().parameterizedClass());
          report(context, declaring, method, parameter, problem.get(), hint);
          reported = true;
          break;
        }
      }
    }
    return reported;
  }

  private static String hint(ParameterView parameter, List<String> extensions, Site site,
      boolean parameterizedClass) {
    boolean mock = parameter.annotations().stream().anyMatch(a -> a.is("org.mockito.Mock") || a.is("org.mockito.Captor"));
    if (mock && !extensions.contains(ResolverModels.MOCKITO_EXTENSION)) {
      return "@Mock and @Captor parameters are resolved by MockitoExtension: add @ExtendWith(MockitoExtension.class) to the class.";
    }
    if (extensions.contains(ResolverModels.SPRING_EXTENSION) && site != Site.CONSTRUCTOR) {
      return "SpringExtension injects only parameters annotated @Autowired, @Qualifier or @Value, and the ApplicationContext: add @Autowired.";
    }
    if (parameter.type().equals(TypeRef.Named.of(FrameworkNames.REPETITION_INFO))) {
      return "RepetitionInfo is available only in @RepeatedTest methods: make the test a @RepeatedTest or remove the parameter.";
    }
    if (parameterizedClass && site == Site.LIFECYCLE) {
      return "The arguments of a @ParameterizedTest are never passed to lifecycle methods: remove the parameter.";
    }
    return "Register an extension that resolves it (@ExtendWith, @RegisterExtension), or remove the parameter.";
  }

  private static void report(FileContext context, TypeView declaring, MethodView method, ParameterView parameter,
      Failure problem, String hint) {
    ReflectionStrings strings = new ReflectionStrings(context.semantics());
    String kind = method.isConstructor() ? "constructor" : "method";
    String quoted = "[" + strings.parameter(parameter) + "] in " + kind + " ["
        + strings.executable(declaring, method, (CallableDeclaration<?>) method.node().orElseThrow()) + "]";
    String runtime = problem == Failure.NO_RESOLVER
        ? "No ParameterResolver registered for parameter " + quoted + "."
        : "Failed to resolve parameter " + quoted + ": Can only resolve @TempDir parameter of type java.nio.file.Path"
            + " or java.io.File but was: " + className(parameter);
    String what = problem == Failure.NO_RESOLVER ? "no registered ParameterResolver supports it"
        : "@TempDir parameters must be of type Path or File";
    context.report(parameter.node().orElseThrow().getName(), "Parameter '" + parameter.name() + "' of "
        + (method.isConstructor() ? "the constructor" : "'" + method.signature() + "'") + " cannot be resolved: "
        + what + "; at run time JUnit fails with \"" + runtime + "\" " + hint);
  }

  /** {@code Class.getName()} of a parameter's non-array type. */
  private static String className(ParameterView parameter) {
    return parameter.type() instanceof TypeRef.Named named ? named.binaryName() : parameter.typeText();
  }
}
