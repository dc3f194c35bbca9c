package dev.importhealth.core.internal.cache;

import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.model.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine knows of a check's inputs once the project is set up and its Java files are
 * read; {@link InputFingerprint} adds what it finds on disk.
 *
 * @param toolVersion {@link ToolVersion#of} the engine's and the rules' classes
 * @param project as discovery (and the Maven classpath, when asked) described it
 * @param request the check; its start, thread count and cache directory do not change a result
 * @param classpath as the setup resolved it, in order (order decides which of two equal names wins)
 * @param configFile the configuration file the setup read, if any
 * @param javaFiles every Java source file the run parsed, with a digest of the bytes it parsed: a
 *     cryptographic one (SHA-256), since an edit that keeps the digest would go unnoticed
 */
public record ResultInputs(
    String toolVersion,
    Project project,
    CheckRequest request,
    List<Path> classpath,
    Optional<Path> configFile,
    Map<Path, byte[]> javaFiles) {

  public ResultInputs {
    classpath = List.copyOf(classpath);
    javaFiles = Map.copyOf(javaFiles);
  }

  /** Where the cache lives, which is never an input. */
  Optional<Path> cacheDirectory() {
    return request.cache().map(directory -> project.root().resolve(directory).toAbsolutePath().normalize());
  }
}
