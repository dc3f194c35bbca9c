package dev.importhealth.core.structure;

import java.util.Optional;

/**
 * How a declaration of the project's sources is deprecated (JLS 9.6.4.6): annotated {@code
 * @java.lang.Deprecated}, or documented with a Javadoc {@code @deprecated} tag alone, which javac
 * honours as well.
 *
 * @param forRemoval {@code @Deprecated(forRemoval = true)}, written with the literal {@code true}
 * @param comment the text of the Javadoc {@code @deprecated} tag, inline tags as written ({@code
 *     {@link Foo#bar()}}), when the declaration has one
 */
public record Deprecation(boolean forRemoval, Optional<String> comment) {}
