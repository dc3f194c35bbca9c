package dev.importhealth.core.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One type of the project, its classpath or the JDK, with the members reference checking needs.
 * Members a type has implicitly (a default constructor, an enum's {@code values()}, a record's
 * accessors) are included; members of {@code Object} are found through the hierarchy.
 *
 * @param binaryName e.g. {@code com.acme.Outer$Inner}, the key of the index
 * @param outerBinaryName the enclosing type of a member type, or empty for a top-level type
 * @param supertypes superclass first (when declared), then interfaces
 * @param memberTypes simple name to binary name of each declared member type
 * @param membersKnown false when something outside the declaration may add members (Lombok, an
 *     unknown compile-time transformation): then no member may be declared missing
 * @param typeParameters the names of the type's own type parameters
 * @param access for a member type, who inherits it from the enclosing type
 */
public record TypeSymbol(
    String binaryName,
    String packageName,
    String simpleName,
    Optional<String> outerBinaryName,
    TypeKind kind,
    boolean isStatic,
    TypeOrigin origin,
    List<TypeRef> supertypes,
    List<FieldSymbol> fields,
    List<MethodSymbol> methods,
    Map<String, String> memberTypes,
    List<String> typeParameters,
    boolean membersKnown,
    Access access) {

  public TypeSymbol(String binaryName, String packageName, String simpleName, Optional<String> outerBinaryName,
      TypeKind kind, boolean isStatic, TypeOrigin origin, List<TypeRef> supertypes, List<FieldSymbol> fields,
      List<MethodSymbol> methods, Map<String, String> memberTypes, List<String> typeParameters, boolean membersKnown) {
    this(binaryName, packageName, simpleName, outerBinaryName, kind, isStatic, origin, supertypes, fields, methods,
        memberTypes, typeParameters, membersKnown, Access.INHERITED_EVERYWHERE);
  }

  public TypeSymbol {
    Objects.requireNonNull(access);
    Objects.requireNonNull(binaryName);
    Objects.requireNonNull(packageName);
    Objects.requireNonNull(simpleName);
    Objects.requireNonNull(outerBinaryName);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(origin);
    supertypes = List.copyOf(supertypes);
    fields = List.copyOf(fields);
    methods = List.copyOf(methods);
    memberTypes = Map.copyOf(memberTypes);
    typeParameters = List.copyOf(typeParameters);
  }

  /** The same type, but its members may not be judged (another declaration of the name exists). */
  public TypeSymbol withMembersUnknown() {
    return new TypeSymbol(binaryName, packageName, simpleName, outerBinaryName, kind, isStatic, origin, supertypes,
        fields, methods, memberTypes, typeParameters, false, access);
  }
}
