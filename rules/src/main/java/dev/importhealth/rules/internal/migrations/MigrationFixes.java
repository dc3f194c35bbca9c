package dev.importhealth.rules.internal.migrations;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Fix;
import dev.importhealth.core.api.TextEdit;
import dev.importhealth.core.config.Migration;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exact edits that move one use of an old path to the new one (IH201's fix): the import or
 * qualified name rewritten, simple names renamed where the type's own name changed, and an import
 * added where a simple name now needs one. No fix where the new name would mean something else in
 * the file, or where a rename cannot be proven to touch only uses of the old path.
 */
public final class MigrationFixes {

  private MigrationFixes() {}

  public static Optional<Fix> of(FileContext context, MovedPaths.Place place) {
    List<TextEdit> edits = edits(context, place);
    return edits.isEmpty() ? Optional.empty()
        : Optional.of(new Fix("Replace '" + place.oldPath() + "' with '" + place.newPath() + "'.", edits));
  }

  private static List<TextEdit> edits(FileContext context, MovedPaths.Place place) {
    Node node = place.node();
    Migration migration = place.migration();
    if (node.getParentNode().orElse(null) instanceof ImportDeclaration imp && imp.getName() == node) {
      return importEdits(context, imp, place);
    }
    if (migration.kind() == Migration.Kind.MEMBER) {
      return memberEdits(context, place);
    }
    if (node instanceof ClassOrInterfaceType type && type.getScope().isEmpty()) {
      return simpleNameEdits(context, type.getName(), type.getNameAsString(), place.oldPath(), place.newPath());
    }
    if (node instanceof NameExpr name) {
      return simpleNameEdits(context, name.getName(), name.getNameAsString(), place.oldPath(), place.newPath());
    }
    if (node instanceof Name name && name.getQualifier().isEmpty()) {
      return simpleNameEdits(context, name, name.getIdentifier(), place.oldPath(), place.newPath());
    }
    return writtenPrefix(node, place.oldPath())
        .map(prefix -> List.of(new TextEdit(context.region(prefix), place.newPath())))
        .orElse(List.of());
  }

  private static List<TextEdit> importEdits(FileContext context, ImportDeclaration imp, MovedPaths.Place place) {
    ImportEdits imports = new ImportEdits(context);
    List<TextEdit> edits = new ArrayList<>();
    if (place.migration().kind() == Migration.Kind.MEMBER) {
      String oldMember = Migration.member(place.migration().from());
      String newMember = Migration.member(place.migration().to());
      if (!oldMember.equals(newMember)) {
        Optional<List<TextEdit>> renames = SimpleNames.staticallyImportedCalls(context, oldMember, newMember);
        if (renames.isEmpty()) {
          return List.of();
        }
        edits.addAll(renames.get());
      }
      edits.addAll(imports.rename(imp, place.newPath()));
      return edits;
    }
    String name = imp.getNameAsString();
    String newName = place.newPath() + name.substring(place.oldPath().length());
    edits.addAll(imports.rename(imp, newName));
    String oldSimple = simpleName(name);
    String newSimple = simpleName(newName);
    if (!imp.isStatic() && !imp.isAsterisk() && !oldSimple.equals(newSimple)) {
      if (!SimpleNames.isFree(context, newSimple, newName, name)) {
        return List.of();
      }
      Optional<List<Node>> uses = SimpleNames.usesOfImported(context, oldSimple);
      if (uses.isEmpty()) {
        return List.of();
      }
      uses.get().forEach(use -> edits.add(new TextEdit(context.region(use), newSimple)));
    }
    return edits;
  }

  /** A type used by its simple name through its package or an on-demand import. */
  private static List<TextEdit> simpleNameEdits(FileContext context, Node name, String written, String oldType,
      String newType) {
    String newSimple = simpleName(newType);
    if (!SimpleNames.isFree(context, newSimple, newType, oldType)) {
      return List.of();
    }
    List<TextEdit> edits = new ArrayList<>(new ImportEdits(context).addType(newType));
    if (!written.equals(newSimple)) {
      edits.add(new TextEdit(context.region(name), newSimple));
    }
    return edits;
  }

  /**
   * {@code recv.old()} or {@code Type.OLD}: the member's name, and where the member moved to
   * another type, the type name it was used on (a value of the old type has no new member).
   */
  private static List<TextEdit> memberEdits(FileContext context, MovedPaths.Place place) {
    String newMember = Migration.member(place.migration().to());
    String newOwner = Migration.owner(place.migration().to());
    Node node = place.node();
    List<TextEdit> edits = new ArrayList<>();
    edits.add(new TextEdit(memberName(context, node), newMember));
    if (newOwner.equals(Migration.owner(place.migration().from()))) {
      return edits;
    }
    Expression scope;
    Resolution<Meaning> receiver;
    if (node instanceof MethodReferenceExpr reference) {
      scope = reference.getScope();
      receiver = context.semantics().referenceQualifier(reference);
    } else {
      scope = node instanceof FieldAccessExpr access ? access.getScope()
          : ((MethodCallExpr) node.getParentNode().orElseThrow()).getScope().orElseThrow();
      receiver = context.semantics().meaning(scope);
    }
    if (!(receiver instanceof Resolution.Found<Meaning> found && found.value() instanceof Meaning.TypeName)) {
      return List.of();
    }
    String simple = simpleName(newOwner);
    if (SimpleNames.isFree(context, simple, newOwner, Migration.owner(place.migration().from()))) {
      edits.addAll(new ImportEdits(context).addType(newOwner));
      edits.add(new TextEdit(context.region(scope), simple));
    } else {
      edits.add(new TextEdit(context.region(scope), newOwner));
    }
    return edits;
  }

  /** Where the member's name is written: a method reference's is the end of its text. */
  private static FileRegion memberName(FileContext context, Node node) {
    if (node instanceof MethodReferenceExpr reference) {
      FileRegion whole = context.region(reference);
      int length = reference.getIdentifier().length();
      return new FileRegion(whole.file(), whole.endLine(), whole.endColumn() - length, whole.endLine(), whole.endColumn());
    }
    return context.region(node instanceof FieldAccessExpr access ? access.getName() : node);
  }

  /** The part of a written qualified name that spells {@code prefix}: {@code a.b.Old} of {@code a.b.Old.X}. */
  private static Optional<Node> writtenPrefix(Node node, String prefix) {
    Node current = node;
    while (current != null) {
      if (current instanceof ClassOrInterfaceType type) {
        if (type.getTypeArguments().isPresent() || !type.getAnnotations().isEmpty()) {
          return Optional.empty(); // rewriting the name would drop what is written inside it
        }
        if (type.getNameWithScope().equals(prefix)) {
          return Optional.of(type);
        }
        current = type.getScope().orElse(null);
      } else if (current instanceof Name name) {
        if (name.asString().equals(prefix)) {
          return Optional.of(name);
        }
        current = name.getQualifier().orElse(null);
      } else if (current instanceof FieldAccessExpr access) {
        if (access.toString().equals(prefix)) {
          return Optional.of(access);
        }
        current = access.getScope();
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
