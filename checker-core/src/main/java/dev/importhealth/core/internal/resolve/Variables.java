package dev.importhealth.core.internal.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithStatements;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnknownType;
import com.github.javaparser.ast.type.VarType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Finds the declaration of a local variable, parameter or pattern variable visible at a node,
 * within one scope level. Lenient by design: a declaration anywhere in an enclosing block
 * counts, because a variable that shadows a field must never be mistaken for a missing one.
 */
final class Variables {

  // Scope nodes are shared by every name resolved inside them; without these caches a large
  // method would be rescanned for each of its names.
  private final Map<Node, Map<String, Optional<Local>>> declarations = Collections.synchronizedMap(new IdentityHashMap<>());
  private final Map<Node, Map<String, List<TypePatternExpr>>> patterns = Collections.synchronizedMap(new IdentityHashMap<>());

  /**
   * A local declaration: its written type, or empty when the type is inferred, and the array
   * dimensions the declaration adds to it (1 for a varargs parameter).
   */
  record Local(Optional<Type> type, int extraDimensions) {
    Local(Optional<Type> type) {
      this(type, 0);
    }

    static Local of(Type type) {
      return new Local(isInferred(type) ? Optional.empty() : Optional.of(type));
    }

    /** A parameter; {@code T... xs} is an array {@code T[]} (JLS 8.4.1). */
    static Local of(Parameter parameter) {
      Local local = of(parameter.getType());
      return parameter.isVarArgs() && local.type().isPresent() ? new Local(local.type(), 1) : local;
    }

    /** {@code var}, an untyped lambda parameter, or Lombok's {@code val} / {@code var} pseudo-types. */
    private static boolean isInferred(Type type) {
      if (type instanceof VarType || type instanceof UnknownType) {
        return true;
      }
      String written = type.asString();
      return written.equals("val") || written.equals("lombok.val") || written.equals("lombok.experimental.var");
    }
  }

  /** The declaration of {@code name} that scope level {@code node} introduces, if any. */
  Optional<Local> declaredAt(Node node, String name) {
    if (!introducesNames(node)) {
      return Optional.empty();
    }
    Map<String, Optional<Local>> names =
        declarations.computeIfAbsent(node, n -> new java.util.concurrent.ConcurrentHashMap<>());
    Optional<Local> known = names.get(name);
    if (known == null) {
      known = lookUp(node, name);
      names.put(name, known);
    }
    return known;
  }

  private static boolean introducesNames(Node node) {
    return node instanceof LambdaExpr || node instanceof CallableDeclaration<?> || node instanceof InitializerDeclaration
        || node instanceof FieldDeclaration || node instanceof CompactConstructorDeclaration
        || node instanceof CatchClause || node instanceof ForEachStmt
        || node instanceof ForStmt || node instanceof TryStmt || node instanceof SwitchStmt
        || node instanceof NodeWithStatements<?>;
  }

  private Optional<Local> lookUp(Node node, String name) {
    if (node instanceof LambdaExpr lambda) {
      Optional<Local> parameter = parameter(lambda.getParameters(), name);
      return parameter.isPresent() ? parameter : patternVariable(lambda, name);
    }
    if (node instanceof CallableDeclaration<?> callable) {
      Optional<Local> parameter = parameter(callable.getParameters(), name);
      return parameter.isPresent() ? parameter : patternVariable(callable, name);
    }
    if (node instanceof InitializerDeclaration || node instanceof FieldDeclaration
        || node instanceof CompactConstructorDeclaration) {
      // a compact constructor's parameters are the record components, which are fields too
      return patternVariable(node, name);
    }
    if (node instanceof CatchClause clause && clause.getParameter().getNameAsString().equals(name)) {
      return Optional.of(Local.of(clause.getParameter().getType()));
    }
    if (node instanceof ForEachStmt forEach) {
      return declarator(forEach.getVariable(), name);
    }
    if (node instanceof ForStmt forStmt) {
      for (Expression init : forStmt.getInitialization()) {
        if (init instanceof VariableDeclarationExpr declaration) {
          Optional<Local> found = declarator(declaration, name);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    if (node instanceof TryStmt tryStmt) {
      for (Expression resource : tryStmt.getResources()) {
        if (resource instanceof VariableDeclarationExpr declaration) {
          Optional<Local> found = declarator(declaration, name);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    if (node instanceof SwitchStmt switchStmt) {
      // a local declared in one case group is in scope in the following ones
      for (SwitchEntry entry : switchStmt.getEntries()) {
        Optional<Local> found = inStatements(entry.getStatements(), name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (node instanceof NodeWithStatements<?> block) {
      return inStatements(block.getStatements(), name);
    }
    return Optional.empty();
  }

  private static Optional<Local> inStatements(List<Statement> statements, String name) {
    for (Statement statement : statements) {
      if (statement instanceof ExpressionStmt expression
          && expression.getExpression() instanceof VariableDeclarationExpr declaration) {
        Optional<Local> found = declarator(declaration, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Local> declarator(VariableDeclarationExpr declaration, String name) {
    for (VariableDeclarator variable : declaration.getVariables()) {
      if (variable.getNameAsString().equals(name)) {
        if (variable.getType() instanceof VarType) {
          // `var x = new T(...)` is the one inferred form whose type is plain to see
          return Optional.of(variable.getInitializer()
              .filter(ObjectCreationExpr.class::isInstance)
              .map(ObjectCreationExpr.class::cast)
              .filter(creation -> creation.getAnonymousClassBody().isEmpty())
              .map(creation -> Local.of(creation.getType()))
              .orElse(new Local(Optional.empty())));
        }
        return Optional.of(Local.of(variable.getType()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Local> parameter(List<Parameter> parameters, String name) {
    for (Parameter parameter : parameters) {
      if (parameter.getNameAsString().equals(name)) {
        return Optional.of(Local.of(parameter));
      }
    }
    return Optional.empty();
  }

  /**
   * Pattern variables ({@code o instanceof Foo f}, {@code case Foo f ->}) have flow-dependent
   * scope; any pattern of that name in the enclosing body counts, typed only if unambiguous.
   */
  private Optional<Local> patternVariable(Node body, String name) {
    Map<String, List<TypePatternExpr>> byName = patterns.computeIfAbsent(body, b -> {
      Map<String, List<TypePatternExpr>> collected = new HashMap<>();
      b.walk(TypePatternExpr.class, p -> collected.computeIfAbsent(p.getNameAsString(), n -> new ArrayList<>()).add(p));
      return collected;
    });
    List<TypePatternExpr> named = byName.getOrDefault(name, List.of());
    if (named.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(named.size() == 1 ? Local.of(named.get(0).getType()) : new Local(Optional.empty()));
  }
}
