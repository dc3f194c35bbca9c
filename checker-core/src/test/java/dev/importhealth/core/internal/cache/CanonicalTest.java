package dev.importhealth.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The text the fingerprint takes of the discovered project. */
class CanonicalTest {

  record Part(String name, Optional<Path> where, Map<String, Integer> counts, Set<String> tags, List<Part> parts) {}

  @Test
  void doesNotDependOnTheOrderOfMapsAndSets() {
    Map<String, Integer> ab = new LinkedHashMap<>();
    ab.put("a", 1);
    ab.put("b", 2);
    Map<String, Integer> ba = new LinkedHashMap<>();
    ba.put("b", 2);
    ba.put("a", 1);

    assertThat(Canonical.of(new Part("p", Optional.empty(), ab, new LinkedHashSet<>(List.of("x", "y")), List.of())))
        .isEqualTo(Canonical.of(new Part("p", Optional.empty(), ba, new LinkedHashSet<>(List.of("y", "x")), List.of())));
  }

  @Test
  void tellsApartWhatOnlyLooksAlike() {
    Part plain = new Part("p", Optional.empty(), Map.of(), Set.of(), List.of());
    List<String> texts = List.of(
        Canonical.of(plain),
        Canonical.of(new Part("p", Optional.of(Path.of("p")), Map.of(), Set.of(), List.of())),
        Canonical.of(new Part("p;", Optional.empty(), Map.of(), Set.of(), List.of())),
        Canonical.of(new Part("p", Optional.empty(), Map.of(), Set.of(), List.of(plain))),
        Canonical.of(new Part("p", Optional.empty(), Map.of(), Set.of(), List.of(plain, plain))),
        Canonical.of(new Part("p", Optional.empty(), Map.of("a", 1), Set.of(), List.of())),
        Canonical.of(new Part("p", Optional.empty(), Map.of(), Set.of("a"), List.of())),
        Canonical.of(List.of("a", "b")),
        Canonical.of(List.of("b", "a")),
        Canonical.of("a"),
        Canonical.of(Path.of("a")));

    assertThat(texts).doesNotHaveDuplicates();
    assertThat(texts.get(0)).contains("name=", "where=", "counts=", "tags=", "parts=");
  }
}
