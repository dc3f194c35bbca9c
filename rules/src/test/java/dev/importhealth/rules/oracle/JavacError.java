package dev.importhealth.rules.oracle;

/**
 * One ERROR diagnostic javac reported.
 *
 * @param file the source path relative to the project root, with forward slashes
 * @param symbol the name the error is about (a class, variable, method or package), or empty
 * @param kind the diagnostic code, refined where one code covers cases import-health treats
 *     differently; see {@link ErrorKinds}
 */
record JavacError(String file, long line, String kind, String symbol, String message) {

  boolean inScope() {
    return ErrorKinds.IN_SCOPE.contains(kind);
  }

  @Override
  public String toString() {
    return file + ":" + line + " [" + kind + "] " + message.replaceAll("\\s+", " ");
  }
}
