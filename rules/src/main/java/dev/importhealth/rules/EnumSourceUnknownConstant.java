package dev.importhealth.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.semantics.NameSimilarity;
import dev.importhealth.core.structure.AnnotationUse;
import dev.importhealth.core.structure.FieldView;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.Messages;
import dev.importhealth.rules.internal.fixtures.AnnotationElements;
import dev.importhealth.rules.internal.fixtures.Annotations;
import dev.importhealth.rules.internal.fixtures.DeclaredTypes;
import dev.importhealth.rules.internal.fixtures.FrameworkNames;
import dev.importhealth.rules.internal.fixtures.Tri;
import dev.importhealth.rules.internal.fixtures.jupiter.EnumSourceElements;
import dev.importhealth.rules.internal.fixtures.jupiter.JupiterTests;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An {@code @EnumSource} whose {@code names}, {@code from} or {@code to} do not name constants of
 * the enum, as JUnit's {@code EnumArgumentsProvider} validates them before the first invocation.
 * Only enums whose constants are all known are judged.
 */
@CheckerRule(
    id = "IH305",
    name = "enum-source-unknown-constant",
    severity = Severity.ERROR,
    summary = "Enum source naming a constant the enum does not have",
    help = "Use the names of the enum's constants exactly as declared (the message suggests close ones), "
        + "or, for the MATCH_* modes, a valid regular expression.",
    tags = {"correctness", "junit"})
public final class EnumSourceUnknownConstant implements FileRule {

  @Override
  public void check(FileContext context) {
    Annotations annotations = new Annotations(context.structures());
    for (TypeDeclaration<?> declaration : DeclaredTypes.of(context.unit())) {
      Optional<TypeView> type = context.structures().declared(declaration);
      for (MethodView method : type.map(TypeView::methods).orElse(List.of())) {
        // on any other method the annotation is never read
        if (JupiterTests.isParameterized(annotations, method) != Tri.YES) {
          continue;
        }
        AnnotationElements.direct(method.annotations()).stream()
            .filter(a -> a.is(FrameworkNames.ENUM_SOURCE))
            .forEach(source -> check(context, method, source));
      }
    }
  }

  private static void check(FileContext context, MethodView method, AnnotationUse source) {
    Optional<TypeView> enumType = EnumSourceElements.enumType(method, source).flatMap(context.structures()::type)
        .filter(t -> t.kind() == TypeKind.ENUM && t.complete());
    Optional<List<String>> names = EnumSourceElements.names(source);
    Optional<String> mode = EnumSourceElements.mode(source);
    if (enumType.isEmpty() || names.isEmpty() || mode.isEmpty()) {
      return;
    }
    List<String> constants = enumType.get().fields().stream().filter(FieldView::enumConstant).map(FieldView::name)
        .toList();
    Optional<List<String>> range = range(context, source, enumType.get(), constants);
    if (range.isEmpty() || reportDuplicate(context, source, names.get())) {
      return;
    }
    if (mode.get().equals("INCLUDE") || mode.get().equals("EXCLUDE")) {
      for (String name : names.get()) {
        if (!range.get().contains(name)) {
          String problem = constants.contains(name)
              ? "'" + name + "' lies outside the range given by 'from' and 'to'"
              : "'" + name + "' is not a constant of enum " + enumType.get().binaryName();
          report(context, source, "names", name, problem + ": at run time JUnit fails with \"Invalid enum constant "
              + "name(s) in @EnumSource(...). Valid names include: " + range.get() + "\". Name a constant of the "
              + "enum exactly as declared.", NameSimilarity.rank(name, range.get()));
        }
      }
    } else {
      for (String regex : names.get()) {
        try {
          Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
          report(context, source, "names", regex, "'" + regex + "' is not a valid regular expression for mode "
              + mode.get() + ": at run time JUnit fails with \"Pattern compilation failed for a regular expression "
              + "supplied in @EnumSource(...)\". Fix the expression.", List.of());
        }
      }
    }
  }

  /** The constants between {@code from} and {@code to} (JUnit 5.12+); empty after reporting a bad bound. */
  private static Optional<List<String>> range(FileContext context, AnnotationUse source, TypeView enumType,
      List<String> constants) {
    Optional<Optional<String>> fromValue = EnumSourceElements.bound(source, "from");
    Optional<Optional<String>> toValue = EnumSourceElements.bound(source, "to");
    if (fromValue.isEmpty() || toValue.isEmpty() || constants.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> from = fromValue.get();
    Optional<String> to = toValue.get();
    int first = 0;
    int last = constants.size() - 1;
    for (String element : List.of("from", "to")) {
      Optional<String> bound = element.equals("from") ? from : to;
      if (bound.isPresent() && !constants.contains(bound.get())) {
        report(context, source, element, bound.get(), "'" + bound.get() + "' is not a constant of enum "
            + enumType.binaryName() + ": at run time JUnit fails with \"No enum constant "
            + enumType.binaryName().replace('$', '.') + "." + bound.get() + "\". Name a constant exactly as declared.",
            NameSimilarity.rank(bound.get(), constants));
        return Optional.empty();
      }
    }
    first = from.map(constants::indexOf).orElse(first);
    last = to.map(constants::indexOf).orElse(last);
    if (first > last) {
      report(context, source, "from", from.orElseThrow(), "'from' (" + from.get() + ") comes after 'to' ("
          + to.orElseThrow() + ") in the declaration order of " + enumType.binaryName() + ": at run time JUnit fails "
          + "with \"Invalid enum range: 'from' (" + from.get() + ") must come before 'to' (" + to.get() + ") in the "
          + "natural order of enum constants.\" Swap the bounds.", List.of());
      return Optional.empty();
    }
    return Optional.of(constants.subList(first, last + 1));
  }

  private static boolean reportDuplicate(FileContext context, AnnotationUse source, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        report(context, source, "names", name, "'" + name + "' is listed twice: at run time JUnit fails with "
            + "\"Duplicate enum constant name(s) found in @EnumSource(...)\". List each name once.", List.of());
        return true;
      }
    }
    return false;
  }

  private static void report(FileContext context, AnnotationUse source, String element, String text, String message,
      List<String> suggestions) {
    Optional<Node> node = AnnotationElements.stringNode(source, element, text);
    node.ifPresent(n -> context.report(n, message + Messages.didYouMean(suggestions), suggestions));
  }
}
