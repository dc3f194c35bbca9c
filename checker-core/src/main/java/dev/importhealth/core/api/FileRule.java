package dev.importhealth.core.api;

/**
 * A rule that checks one compilation unit at a time, against the whole project's index.
 * Implementations are final and stateless: the engine calls them from several threads.
 * Metadata comes from the {@link CheckerRule} annotation on the class.
 */
public interface FileRule extends Rule {

  void check(FileContext context);
}
