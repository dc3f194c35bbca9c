package dev.importhealth.core.api;

/**
 * A rule that judges the project as a whole, once every file has been read: what no single file
 * can tell, such as a registry entry no file uses any more. Runs only when the whole project is
 * being reported on (a check of a few changed files cannot see that something is unused).
 * Implementations are final and stateless.
 */
public interface ProjectRule extends Rule {

  void check(ProjectContext context);
}
