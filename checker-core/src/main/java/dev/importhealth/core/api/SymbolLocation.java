package dev.importhealth.core.api;

import java.util.Objects;
import java.util.Optional;

/** A class, or a member of it, read from bytecode where no source file is known. */
public record SymbolLocation(String className, Optional<String> member) implements Location {

  public SymbolLocation {
    Objects.requireNonNull(className);
    Objects.requireNonNull(member);
  }

  @Override
  public String describe() {
    return className + member.map(m -> "#" + m).orElse("");
  }
}
