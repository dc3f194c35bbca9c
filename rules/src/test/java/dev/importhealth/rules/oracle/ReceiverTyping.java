package dev.importhealth.rules.oracle;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Asks javac's attributed trees how the receiver of a member access was typed: from
 * declarations alone, or only by inference. import-health resolves members only on receivers of
 * the first kind (this, super, types, new, casts, and variables, fields and calls whose declared
 * type is not inferred and not a type variable), so a missing member on the second kind is
 * outside its scope. The answer comes from javac, not from import-health.
 */
final class ReceiverTyping {

  enum Receiver {
    /** Not a qualified access: an unqualified name or call, a type, an import. */
    NONE,
    /** The receiver's type follows from declarations. */
    DECLARED,
    /** Typing the receiver took inference: an implicit lambda parameter, var, a type variable. */
    INFERRED,
    /**
     * The type searched for the member (the receiver's, or for an unqualified name an enclosing
     * class) has a supertype javac could not resolve, so the member may live in the missing part.
     */
    BROKEN_HIERARCHY
  }

  private final Trees trees;
  private final Types types;
  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  private Map<Element, VariableTree> locals;

  ReceiverTyping(Trees trees, Types types, CompilationUnitTree unit) {
    this.trees = trees;
    this.types = types;
    this.unit = unit;
    this.positions = trees.getSourcePositions();
  }

  /** The receiver of the access to {@code member} written around {@code position}. */
  Receiver at(long position, String member) {
    ExpressionTree receiver = receiverAt(position, member);
    if (receiver == null) {
      return enclosingClasses(position).stream().anyMatch(this::brokenHierarchy)
          ? Receiver.BROKEN_HIERARCHY : Receiver.NONE;
    }
    if (!declared(receiver)) {
      return Receiver.INFERRED;
    }
    TreePath path = TreePath.getPath(unit, receiver);
    Element element = trees.getElement(path);
    TypeMirror type = element instanceof TypeElement typeElement ? typeElement.asType() : trees.getTypeMirror(path);
    return type != null && brokenHierarchy(type) ? Receiver.BROKEN_HIERARCHY : Receiver.DECLARED;
  }

  /** The receiver expression of the innermost access to {@code member} spanning {@code position}. */
  private ExpressionTree receiverAt(long position, String member) {
    ExpressionTree[] best = {null};
    long[] span = {Long.MAX_VALUE};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        consider(tree, tree.getIdentifier().contentEquals(member), tree.getExpression());
        return super.visitMemberSelect(tree, unused);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
        consider(tree, tree.getName().contentEquals(member), tree.getQualifierExpression());
        return super.visitMemberReference(tree, unused);
      }

      private void consider(Tree tree, boolean named, ExpressionTree receiver) {
        long start = positions.getStartPosition(unit, tree);
        long end = positions.getEndPosition(unit, tree);
        if (named && start >= 0 && start <= position && position < end && end - start < span[0]) {
          span[0] = end - start;
          best[0] = receiver;
        }
      }
    }.scan(unit, null);
    return best[0];
  }

  /** The types of the classes (named, local or anonymous) whose bodies contain {@code position}. */
  private List<TypeMirror> enclosingClasses(long position) {
    List<TypeMirror> classes = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        long start = positions.getStartPosition(unit, tree);
        if (start <= position && position < positions.getEndPosition(unit, tree)) {
          Element element = trees.getElement(getCurrentPath());
          if (element != null) {
            classes.add(element.asType());
          }
        }
        return super.visitClass(tree, unused);
      }
    }.scan(unit, null);
    return classes;
  }

  /** Whether {@code type} is erroneous or has an erroneous supertype, directly or further up. */
  private boolean brokenHierarchy(TypeMirror type) {
    Set<Element> seen = new HashSet<>();
    List<TypeMirror> queue = new ArrayList<>(List.of(type));
    while (!queue.isEmpty()) {
      TypeMirror next = queue.remove(queue.size() - 1);
      if (next.getKind() == TypeKind.ERROR) {
        return true;
      }
      if (next.getKind() == TypeKind.DECLARED && seen.add(types.asElement(next))) {
        queue.addAll(types.directSupertypes(next));
      }
    }
    return false;
  }

  /** Whether javac typed {@code expression} without inference. */
  private boolean declared(ExpressionTree expression) {
    switch (expression.getKind()) {
      case PARENTHESIZED:
        return declared(((ParenthesizedTree) expression).getExpression());
      case TYPE_CAST, STRING_LITERAL, NEW_ARRAY:
        return true;
      case NEW_CLASS:
        return ((NewClassTree) expression).getEnclosingExpression() == null;
      case ARRAY_ACCESS:
        return declared(((ArrayAccessTree) expression).getExpression());
      case IDENTIFIER, MEMBER_SELECT:
        return declaredName(expression);
      case METHOD_INVOCATION:
        return declaredCall((MethodInvocationTree) expression);
      default:
        return false; // conditionals, lambdas, switch expressions: typed by inference
    }
  }

  private boolean declaredName(ExpressionTree name) {
    if (name instanceof IdentifierTree identifier
        && (identifier.getName().contentEquals("this") || identifier.getName().contentEquals("super"))) {
      return true;
    }
    if (name instanceof MemberSelectTree select
        && (select.getIdentifier().contentEquals("this") || select.getIdentifier().contentEquals("super"))) {
      return true; // Outer.this, Outer.super
    }
    Element element = trees.getElement(TreePath.getPath(unit, name));
    if (element == null) {
      return false;
    }
    switch (element.getKind()) {
      case PACKAGE, CLASS, INTERFACE, ENUM, RECORD, ANNOTATION_TYPE:
        return true;
      case FIELD, ENUM_CONSTANT:
        return !isTypeVariable(element.asType())
            && (!(name instanceof MemberSelectTree select) || declared(select.getExpression()));
      case PARAMETER, LOCAL_VARIABLE, EXCEPTION_PARAMETER, RESOURCE_VARIABLE, BINDING_VARIABLE:
        return !isTypeVariable(element.asType()) && explicitlyTyped((VariableElement) element);
      default:
        return false;
    }
  }

  private boolean declaredCall(MethodInvocationTree call) {
    Element element = trees.getElement(TreePath.getPath(unit, call));
    if (!(element instanceof ExecutableElement method) || isTypeVariable(method.getReturnType())) {
      return false;
    }
    ExpressionTree select = call.getMethodSelect();
    return !(select instanceof MemberSelectTree qualified) || declared(qualified.getExpression());
  }

  /** A local or parameter with a written type; {@code var x = new T(...)} counts as written. */
  private boolean explicitlyTyped(VariableElement variable) {
    VariableTree declaration = locals().get(variable);
    if (declaration == null) {
      return false;
    }
    Tree type = declaration.getType();
    if (type != null && positions.getStartPosition(unit, type) >= 0) {
      return true;
    }
    return declaration.getInitializer() instanceof NewClassTree creation && creation.getClassBody() == null;
  }

  private Map<Element, VariableTree> locals() {
    if (locals == null) {
      locals = new HashMap<>();
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
          Element element = trees.getElement(getCurrentPath());
          if (element != null) {
            locals.put(element, tree);
          }
          return super.visitVariable(tree, unused);
        }
      }.scan(unit, null);
    }
    return locals;
  }

  private static boolean isTypeVariable(TypeMirror type) {
    TypeMirror component = type;
    while (component instanceof ArrayType array) {
      component = array.getComponentType();
    }
    return component.getKind() == TypeKind.TYPEVAR;
  }
}
