package dev.importhealth.core.index;

/**
 * A method (or, named {@code <init>}, a constructor) as far as reference checking needs it.
 *
 * @param parameterCount declared parameters, the varargs one included
 */
public record MethodSymbol(
    String name, int parameterCount, boolean varargs, boolean isStatic, TypeRef returnType) {

  public static final String CONSTRUCTOR = "<init>";

  /** Whether a call with {@code argumentCount} arguments can select this method. */
  public boolean acceptsArguments(int argumentCount) {
    return varargs ? argumentCount >= parameterCount - 1 : argumentCount == parameterCount;
  }

  /** Signature shape for messages, e.g. {@code createUser(2 parameters)}. */
  public String shape() {
    return name + "(" + parameterCount + (varargs ? "+" : "") + (parameterCount == 1 ? " parameter)" : " parameters)");
  }
}
