package dev.importhealth.core.history;

/** The git history cannot be read: not a repository, no {@code git} command, an unknown revision. */
public final class GitHistoryException extends Exception {
  private static final long serialVersionUID = 1L;

  public GitHistoryException(String message) {
    super(message);
  }

  public GitHistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
