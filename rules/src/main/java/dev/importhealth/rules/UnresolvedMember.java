package dev.importhealth.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.rules.internal.CodeReferences;
import dev.importhealth.rules.internal.Outcomes;

/**
 * A method or field used on a type that does not have it (nor its supertypes), or a call no
 * overload of that name can take. Only receivers whose type is known without inference are
 * checked; a hierarchy with an unknown part, or a type Lombok may extend, is never judged.
 */
@CheckerRule(
    id = "IH105",
    name = "unresolved-member",
    severity = Severity.ERROR,
    summary = "Use of a method or field that does not exist",
    help = "The member was renamed or removed, or the call passes the wrong number of arguments. "
        + "Call the member by its current name; the message suggests close names the type does have.",
    tags = {"correctness"})
public final class UnresolvedMember implements FileRule {

  @Override
  public void check(FileContext context) {
    context.unit().walk(Node.TreeTraversal.PREORDER, node -> {
      if (node instanceof MethodCallExpr call) {
        report(context, call.getName(), "Method call '" + call.getNameAsString() + "(...)' cannot be resolved",
            context.semantics().methodCall(call));
      } else if (node instanceof MethodReferenceExpr reference) {
        report(context, reference, "Method reference '" + reference + "' cannot be resolved",
            context.semantics().methodReference(reference));
      } else if (node instanceof SingleMemberAnnotationExpr single) {
        reportElement(context, single, single.getMemberValue(), "value");
      } else if (node instanceof NormalAnnotationExpr normal) {
        normal.getPairs().forEach(pair -> reportElement(context, normal, pair.getName(), pair.getNameAsString()));
      }
    });
    // names that cannot be checked are already counted by IH103, which walks them too
    CodeReferences.forEachName(context.unit(), context.semantics(), (node, resolution) ->
        Outcomes.report(context, node, "'" + node + "' cannot be resolved", resolution, false, MissingKind.MEMBER));
  }

  /** An annotation element, {@code @A(name = v)} or {@code @A(v)} for {@code value}, is a method of A. */
  private static void reportElement(FileContext context, AnnotationExpr annotation, Node node, String element) {
    // an annotation type that cannot be checked is already counted by IH103
    Outcomes.report(context, node, "Annotation element '" + element + "' cannot be resolved",
        context.semantics().annotationElement(annotation, element), false, MissingKind.MEMBER);
  }

  private static void report(FileContext context, Node node, String lead, Resolution<?> resolution) {
    Outcomes.report(context, node, lead, resolution, true, MissingKind.MEMBER);
  }
}
