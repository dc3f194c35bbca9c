package dev.importhealth.core.model;

import java.nio.file.Path;

/**
 * A directory whose subdirectories mirror packages.
 *
 * @param generated true for {@code target/generated-sources/*} and the like
 */
public record SourceRoot(Path directory, String module, SourceScope scope, boolean generated) {}
