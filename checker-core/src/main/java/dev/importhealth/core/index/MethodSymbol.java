package dev.importhealth.core.index;

/**
 * A method (or, named {@code <init>}, a constructor) as far as reference checking needs it.
 *
 * @param parameterCount declared parameters, the varargs one included
 * @param parameterList the parameter types as written, for messages ({@code String, int...});
 *     empty when not known
 */
public record MethodSymbol(
    String name, int parameterCount, boolean varargs, boolean isStatic, TypeRef returnType, String parameterList,
    Access access) {

  public static final String CONSTRUCTOR = "<init>";

  public MethodSymbol(String name, int parameterCount, boolean varargs, boolean isStatic, TypeRef returnType) {
    this(name, parameterCount, varargs, isStatic, returnType, "", Access.INHERITED_EVERYWHERE);
  }

  public MethodSymbol(
      String name, int parameterCount, boolean varargs, boolean isStatic, TypeRef returnType, String parameterList) {
    this(name, parameterCount, varargs, isStatic, returnType, parameterList, Access.INHERITED_EVERYWHERE);
  }

  /** Whether a call with {@code argumentCount} arguments can select this method. */
  public boolean acceptsArguments(int argumentCount) {
    return varargs ? argumentCount >= parameterCount - 1 : argumentCount == parameterCount;
  }

  /** Signature for messages: {@code createUser(String, String)}, or {@code createUser(2 parameters)}. */
  public String shape() {
    if (!parameterList.isEmpty() || parameterCount == 0) {
      return name + "(" + parameterList + ")";
    }
    return name + "(" + parameterCount + (varargs ? "+" : "") + (parameterCount == 1 ? " parameter)" : " parameters)");
  }
}
