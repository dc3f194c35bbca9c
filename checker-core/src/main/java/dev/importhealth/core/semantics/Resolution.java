package dev.importhealth.core.semantics;

import java.util.List;
import java.util.function.Function;

/**
 * The answer to "what does this name refer to?". Only {@link Missing} may become a finding:
 * {@link Unknown} means the index cannot tell (classpath incomplete, generated members), and
 * {@link Broken} means the cause is already reported elsewhere (an unresolved import).
 */
public sealed interface Resolution<T> {

  record Found<T>(T value) implements Resolution<T> {}

  /**
   * Certainly absent: the compiler would reject the reference.
   *
   * @param kind what sort of thing is missing; decides which rule reports it
   * @param problem what is missing, as a clause, e.g. {@code type 'Foo' does not exist in package 'a.b'}
   * @param suggestions likely intended names, best first
   */
  record Missing<T>(MissingKind kind, String problem, List<String> suggestions) implements Resolution<T> {
    public Missing {
      suggestions = List.copyOf(suggestions);
    }
  }

  /** @param reason why nothing can be said, for notices and debugging */
  record Unknown<T>(UnknownReason reason, String detail) implements Resolution<T> {}

  /** The reference depends on something already reported (for example an unresolved import). */
  record Broken<T>() implements Resolution<T> {}

  static <T> Resolution<T> found(T value) {
    return new Found<>(value);
  }

  static <T> Resolution<T> missing(MissingKind kind, String problem, List<String> suggestions) {
    return new Missing<>(kind, problem, suggestions);
  }

  static <T> Resolution<T> missing(MissingKind kind, String problem) {
    return new Missing<>(kind, problem, List.of());
  }

  static <T> Resolution<T> unknown(UnknownReason reason, String detail) {
    return new Unknown<>(reason, detail);
  }

  static <T> Resolution<T> broken() {
    return new Broken<>();
  }

  default boolean isFound() {
    return this instanceof Found;
  }

  default T valueOrNull() {
    return this instanceof Found<T> f ? f.value() : null;
  }

  /** Maps a found value; other outcomes pass through unchanged. */
  @SuppressWarnings("unchecked")
  default <U> Resolution<U> map(Function<? super T, ? extends U> mapper) {
    if (this instanceof Found<T> f) {
      return new Found<>(mapper.apply(f.value()));
    }
    return (Resolution<U>) this;
  }

  /** Same outcome, other value type; only for non-found outcomes. */
  @SuppressWarnings("unchecked")
  default <U> Resolution<U> cast() {
    if (this instanceof Found) {
      throw new IllegalStateException("a found resolution cannot be cast");
    }
    return (Resolution<U>) this;
  }
}
