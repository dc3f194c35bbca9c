package dev.importhealth.core.structure;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeSymbol;
import java.util.List;
import java.util.Optional;

/**
 * Reflection-like views of the project's types and its classpath's, for rules that judge what a
 * test framework will find at run time. Views are built on first use and cached; thread-safe.
 */
public interface Structures {

  /**
   * The type with this binary name, from project sources or a class file; empty when the index
   * does not know it (then a rule must not conclude anything from its absence).
   */
  Optional<TypeView> type(String binaryName);

  /** The view of a type declared in a project source file (a named type, not local or anonymous). */
  Optional<TypeView> declared(TypeDeclaration<?> declaration);

  /** Every project source type that extends or implements {@code binaryName}, directly or not. */
  List<TypeView> sourceSubtypes(String binaryName);

  /**
   * The annotations that {@code annotation}'s type carries, and theirs, transitively (each type
   * once; the annotation itself not included). Empty when some annotation type on the way cannot
   * be read: then its meta-annotations are not known.
   */
  Optional<List<AnnotationUse>> metaAnnotations(AnnotationUse annotation);

  /**
   * Whether a classpath resource exists ({@code com/acme/data.csv}, no leading slash) in any
   * module's resource or output directory, or any classpath entry. Module dependencies are not
   * modelled, so "exists anywhere" is the precise answer for "may exist at run time".
   */
  boolean resourceExists(String path);

  /**
   * The source declaration of a type the semantics answered with, by identity: empty for compiled
   * types, and for a binary name that several source files declare (which one a use sees is not
   * known).
   */
  Optional<Node> declaration(TypeSymbol type);

  /**
   * The source declaration of a method or constructor the semantics answered with, by identity: a
   * method, constructor or annotation element declaration. Empty for members of compiled types and
   * for members the compiler adds (a default constructor, an enum's {@code values()}).
   */
  Optional<Node> declaration(MethodSymbol method);

  /**
   * The source declaration of a field the semantics answered with ({@link
   * dev.importhealth.core.semantics.Meaning.Value#field}), by identity: a field's variable
   * declarator or an enum constant. Empty for fields of compiled types and implicit ones.
   */
  Optional<Node> declaration(FieldSymbol field);

  /**
   * How a declaration of a project source file is deprecated: a named type, a method, constructor
   * or annotation element, a field's variable declarator, or an enum constant. Only the
   * declaration's own mark counts: like javac, the members of a deprecated type are not deprecated.
   */
  Optional<Deprecation> deprecation(Node declaration);

  /**
   * The simple names of the deprecated declarations of the project's sources (a constructor's is
   * its type's), so that a rule can pass over every other name without resolving it; empty when
   * nothing is deprecated.
   */
  java.util.Set<String> deprecatedNames();

  /**
   * False when the source declaration of this method cannot be deprecated: its file marks nothing
   * of that name. Cheaper than {@link #declaration(MethodSymbol)}, which may need the file parsed.
   */
  default boolean mayBeDeprecated(MethodSymbol method) {
    return true;
  }

  /**
   * False when neither the source declaration of this type nor that of a type enclosing it can be
   * deprecated: their file marks none of them. Cheaper than {@link #declaration(TypeSymbol)}.
   */
  default boolean mayBeDeprecated(TypeSymbol type) {
    return true;
  }

  /**
   * Whether the project's dependencies are known: a classpath was given (or Maven resolved it).
   * Only then is a type or resource that neither the project nor the classpath holds absent at
   * run time; without it, any dependency may provide it.
   */
  boolean dependenciesKnown();
}
