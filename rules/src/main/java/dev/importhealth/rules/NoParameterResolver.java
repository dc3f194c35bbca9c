package dev.importhealth.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.ParameterView;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.fixtures.Annotations;
import dev.importhealth.rules.internal.fixtures.ExtensionRegistry;
import dev.importhealth.rules.internal.fixtures.FrameworkNames;
import dev.importhealth.rules.internal.fixtures.JupiterConfiguration;
import dev.importhealth.rules.internal.fixtures.JupiterExecutables;
import dev.importhealth.rules.internal.fixtures.JupiterExecutables.Kind;
import dev.importhealth.rules.internal.fixtures.ParameterSupport;
import dev.importhealth.rules.internal.fixtures.ParameterSupport.Site;
import dev.importhealth.rules.internal.fixtures.ParameterizedArguments;
import dev.importhealth.rules.internal.fixtures.ReflectionStrings;
import dev.importhealth.rules.internal.fixtures.ResolverModels;
import dev.importhealth.rules.internal.fixtures.RuntimeTestClasses;
import dev.importhealth.rules.internal.fixtures.Tri;
import java.util.ArrayList;
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
    // with autodetection on, any jar's META-INF/services may register a resolver
    if (!JupiterConfiguration.parameter(context, AUTODETECTION)
        .map(value -> value.map(v -> v.strip().equalsIgnoreCase("false")).orElse(true)).orElse(false)) {
      return;
    }
    JupiterExecutables executables = new JupiterExecutables(context);
    for (TypeDeclaration<?> declaration : context.unit().findAll(TypeDeclaration.class)) {
      Optional<TypeView> declaring = context.structures().declared(declaration);
      for (MethodView method : declaring.map(TypeView::methods).orElse(List.of())) {
        if (method.node().isEmpty()) {
          continue; // the default constructor has no parameters
        }
        for (TypeView runtimeClass : RuntimeTestClasses.of(context.structures(), declaring.get())) {
          if (judge(context, executables, method, declaring.get(), runtimeClass)) {
            break; // one runtime class that fails is enough
          }
        }
      }
    }
  }

  /** Reports the parameters that fail when {@code method} runs in {@code runtimeClass}. */
  private static boolean judge(FileContext context, JupiterExecutables executables, MethodView method,
      TypeView declaring, TypeView runtimeClass) {
    ExtensionRegistry registry = new ExtensionRegistry(context.structures(), context.semantics());
    Optional<List<String>> classLevel = registry.classLevel(runtimeClass);
    if (classLevel.isEmpty() || !executables.runsUnconditionally(runtimeClass)
        || (!method.isConstructor() && executables.overridden(method, declaring, runtimeClass))) {
      return false;
    }
    List<MethodView> tests = executables.tests(runtimeClass);
    List<List<String>> registries = new ArrayList<>();
    Optional<Kind> kind = executables.testKind(method);
    Optional<String> lifecycle = executables.lifecycle(method, runtimeClass);
    Optional<List<Tri>> filled = Optional.empty();
    Site site;
    if (kind.isPresent()) {
      if (kind.get() == Kind.TEMPLATE) {
        return false; // its invocation providers may register any resolver
      }
      site = kind.get() == Kind.REPEATED ? Site.REPEATED_TEST : Site.TEST;
      registry.methodLevel(method).ifPresent(m -> registries.add(concat(classLevel.get(), m)));
      if (kind.get() == Kind.PARAMETERIZED) {
        filled = ParameterizedArguments.filled(new Annotations(context.structures()), method);
        if (filled.isEmpty()) {
          return false;
        }
      }
    } else if (lifecycle.isPresent() && !tests.isEmpty()
        || method.isConstructor() && runtimeClass == declaring && !tests.isEmpty()
            && declaring.methods().stream().filter(MethodView::isConstructor).count() == 1) {
      site = method.isConstructor() ? Site.CONSTRUCTOR : Site.LIFECYCLE;
      if (lifecycle.isPresent() && (lifecycle.get().equals(FrameworkNames.BEFORE_ALL)
          || lifecycle.get().equals(FrameworkNames.AFTER_ALL))) {
        registries.add(classLevel.get());
      } else {
        // per test: under PER_METHOD its method-level extensions serve these too
        for (MethodView test : tests) {
          if (executables.testKind(test).orElse(Kind.TEMPLATE) != Kind.TEMPLATE) {
            registry.methodLevel(test).ifPresent(m -> registries.add(concat(classLevel.get(), m)));
          }
        }
      }
    } else {
      return false;
    }
    ParameterSupport support = new ParameterSupport(context);
    boolean reported = false;
    for (int i = 0; i < method.parameters().size(); i++) {
      ParameterView parameter = method.parameters().get(i);
      if (filled.isPresent() && filled.get().get(i) != Tri.NO) {
        continue; // the arguments fill it
      }
      for (List<String> extensions : registries) {
        Optional<String> problem = problem(support, parameter, extensions, site);
        if (problem.isPresent()) {
          String hint = hint(parameter, extensions, site, lifecycle.isPresent() && tests.stream()
              .anyMatch(t -> executables.testKind(t).orElse(null) == Kind.PARAMETERIZED));
          report(context, declaring, method, parameter, problem.get(), hint);
          reported = true;
          break;
        }
      }
    }
    return reported;
  }

  /** What JUnit says after "... for parameter [p] in method [m]", when it provably fails. */
  private static Optional<String> problem(ParameterSupport support, ParameterView parameter, List<String> extensions,
      Site site) {
    Tri tempDir = support.tempDir(parameter);
    if (tempDir == Tri.UNKNOWN || (tempDir == Tri.YES && site == Site.CONSTRUCTOR)
        || support.supported(parameter, extensions, site) != Tri.NO) {
      return Optional.empty();
    }
    if (tempDir == Tri.NO) {
      return Optional.of("No ParameterResolver registered");
    }
    return ParameterSupport.tempDirTypeSupported(parameter.type()) == Tri.NO
        ? Optional.of("Failed to resolve") : Optional.empty();
  }

  private static String hint(ParameterView parameter, List<String> extensions, Site site, boolean parameterized) {
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
    if (parameterized && site == Site.LIFECYCLE) {
      return "The arguments of a @ParameterizedTest are never passed to lifecycle methods: remove the parameter.";
    }
    return "Register an extension that resolves it (@ExtendWith, @RegisterExtension), or remove the parameter.";
  }

  private static void report(FileContext context, TypeView declaring, MethodView method, ParameterView parameter,
      String problem, String hint) {
    ReflectionStrings strings = new ReflectionStrings(context.semantics());
    String kind = method.isConstructor() ? "constructor" : "method";
    String quoted = "[" + strings.parameter(parameter) + "] in " + kind + " ["
        + strings.executable(declaring, method, (CallableDeclaration<?>) method.node().orElseThrow()) + "]";
    String runtime = problem.startsWith("No")
        ? "No ParameterResolver registered for parameter " + quoted + "."
        : "Failed to resolve parameter " + quoted + ": Can only resolve @TempDir parameter of type java.nio.file.Path"
            + " or java.io.File but was: " + className(parameter);
    String what = problem.startsWith("No") ? "no registered ParameterResolver supports it"
        : "@TempDir parameters must be of type Path or File";
    context.report(parameter.node().orElseThrow().getName(), "Parameter '" + parameter.name() + "' of "
        + (method.isConstructor() ? "the constructor" : "'" + method.signature() + "'") + " cannot be resolved: "
        + what + "; at run time JUnit fails with \"" + runtime + "\" " + hint);
  }

  /** {@code Class.getName()} of the parameter's type, as far as it matters here. */
  private static String className(ParameterView parameter) {
    if (parameter.type() instanceof TypeRef.Named named && named.arrayDimensions() == 0) {
      return named.binaryName();
    }
    return parameter.type() instanceof TypeRef.Primitive primitive && primitive.arrayDimensions() == 0
        ? primitive.keyword() : parameter.typeText();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> out = new ArrayList<>(first);
    out.addAll(second);
    return out;
  }
}
