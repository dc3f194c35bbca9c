package dev.importhealth.core.engine;

import dev.importhealth.core.internal.cache.Fingerprint;
import dev.importhealth.core.internal.cache.InputFingerprint;
import dev.importhealth.core.internal.cache.ResultCache;
import dev.importhealth.core.internal.cache.ResultInputs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole result reused when nothing it depends on changed ({@link InputFingerprint}): what makes a
 * warm full check with no changes cost little more than reading the files. One per check.
 */
final class ResultReuse {

  private Optional<Fingerprint> fingerprint = Optional.empty();
  private Path directory;

  /** The stored result for exactly these inputs, with this run's timings. */
  Optional<AnalysisResult> lookup(CheckRequest request, ProjectSetup setup, List<SourceLoading.FileText> texts,
      String toolVersion, long start) {
    Optional<Path> cache = setup.cacheDirectory(request);
    // another base than HEAD may name a branch that moves: not an input the fingerprint can see
    if (cache.isEmpty() || !request.base().orElse("HEAD").equals("HEAD")) {
      return Optional.empty();
    }
    directory = cache.get();
    Map<Path, byte[]> javaFiles = new LinkedHashMap<>();
    texts.forEach(text -> javaFiles.put(text.file().path(), text.hash()));
    Fingerprint made = InputFingerprint.of(new ResultInputs(toolVersion, setup.project(), request, setup.classpath(),
        setup.config().file(), javaFiles));
    fingerprint = Optional.of(made);
    return ResultCache.read(directory, made).result().map(stored -> {
      Map<String, Long> timings = new LinkedHashMap<>();
      timings.put("result from cache", (System.nanoTime() - start) / 1_000_000);
      return new AnalysisResult(stored.projectRoot(), stored.rules(), stored.configuredSeverities(), stored.findings(),
          stored.notices(), stored.filesAnalysed(), timings, stored.checksums(), stored.suppressed());
    });
  }

  /** Keeps a fresh result for the next run with the same inputs, unless an input is too recent to tell. */
  void store(AnalysisResult result) {
    fingerprint.filter(Fingerprint::settled).ifPresent(made -> ResultCache.write(directory, made, result));
  }
}
