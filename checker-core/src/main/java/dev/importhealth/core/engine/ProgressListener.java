package dev.importhealth.core.engine;

/**
 * Told how far a check has got, for a progress display. Called from the engine's worker threads,
 * once per file in the counted phases, so an implementation must be thread-safe and cheap (store
 * the numbers; draw elsewhere).
 */
@FunctionalInterface
public interface ProgressListener {

  /** Listens to nothing. */
  ProgressListener NONE = (phase, done, total) -> { };

  /**
   * @param phase what the engine is doing: {@code parsing}, {@code indexing}, {@code checking}
   *     or {@code project rules}; for an inspection, {@code inspecting} after indexing
   * @param done files finished in this phase
   * @param total files in this phase; 0 for a phase that is not counted in files
   */
  void progress(String phase, int done, int total);
}
