package dev.importhealth.rules.internal.migrations;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.config.Migration;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.fixtures.Tri;
import dev.importhealth.rules.internal.fixtures.TypeHierarchy;
import java.util.List;
import java.util.Optional;

/** Registered members used on a receiver: {@code b.m()}, {@code B.m()}, {@code b.f}, {@code B::m}. */
final class MemberUses {

  private MemberUses() {}

  /**
   * A member used on a receiver whose type the index resolves, when the registry names that member
   * of that type or of a supertype it inherits the member from.
   */
  static Optional<MovedPaths.Place> at(Expression scope, String member, Node node, List<Migration> registry,
      FileContext context) {
    if (!hasMemberEntry(registry, member) || !(scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
      return Optional.empty();
    }
    return receiverType(context.semantics().meaning(scope))
        .flatMap(type -> entryFor(type, member, registry, context))
        .map(migration -> new MovedPaths.Place(node, migration, migration.from(), migration.to()));
  }

  /** {@code Type::old} or {@code value::old}. */
  static Optional<MovedPaths.Place> inReference(MethodReferenceExpr reference, List<Migration> registry,
      FileContext context) {
    String member = reference.getIdentifier();
    if (!hasMemberEntry(registry, member)) {
      return Optional.empty();
    }
    return receiverType(context.semantics().referenceQualifier(reference))
        .flatMap(type -> entryFor(type, member, registry, context))
        .map(migration -> new MovedPaths.Place(reference, migration, migration.from(), migration.to()));
  }

  private static boolean hasMemberEntry(List<Migration> registry, String member) {
    return registry.stream().anyMatch(m -> m.kind() == Migration.Kind.MEMBER && Migration.member(m.from()).equals(member));
  }

  /** The binary name of the type a receiver is, or is a value of. */
  private static Optional<String> receiverType(Resolution<Meaning> meaning) {
    if (!(meaning instanceof Resolution.Found<Meaning> found)) {
      return Optional.empty();
    }
    if (found.value() instanceof Meaning.TypeName name) {
      return Optional.of(name.type().binaryName());
    }
    if (found.value() instanceof Meaning.Value value && value.type().isPresent() && !value.type().get().isArray()) {
      return Optional.of(value.type().get().type().binaryName());
    }
    return Optional.empty();
  }

  private static Optional<Migration> entryFor(String binaryName, String member, List<Migration> registry,
      FileContext context) {
    for (Migration migration : registry) {
      if (migration.coversMember(binaryName.replace('$', '.'), member)) {
        return Optional.of(migration);
      }
    }
    // inherited: a subtype's receiver uses the registered type's member
    Optional<TypeView> view = context.structures().type(binaryName);
    if (view.isEmpty()) {
      return Optional.empty();
    }
    TypeHierarchy hierarchy = new TypeHierarchy(context.structures());
    return registry.stream()
        .filter(m -> m.kind() == Migration.Kind.MEMBER && Migration.member(m.from()).equals(member))
        .filter(m -> hierarchy.isSubtypeOf(view.get(), Migration.owner(m.from())) == Tri.YES)
        .findFirst();
  }
}
