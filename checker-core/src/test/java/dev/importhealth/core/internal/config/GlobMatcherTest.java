package dev.importhealth.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobMatcherTest {

  private static final List<String> PATHS =
      List.of(
          "A.java",
          "src/A.java",
          "src/main/java/com/acme/A.java",
          "src/main/java/com/acme/B.kt",
          "src/test/java/com/acme/ATest.java",
          "lib/x-1.0.jar",
          "gen/a/b/c.java",
          "a.b",
          "x{y}.txt");

  private static final List<String> GLOBS =
      List.of(
          "*.java",
          "src/*.java",
          "src/**",
          "src/**.java",
          "src/main/java/**/*.java",
          "src/*/java/com/acme/*",
          "**.java",
          "src/main/java/com/acme/?.java",
          "src/main/java/com/acme/[AB].*",
          "src/main/java/com/acme/[!A].*",
          "src/main/java/com/acme/*.{java,kt}",
          "lib/*-1.0.jar",
          "a.b",
          "gen/**/c.java",
          "x\\{y\\}.txt");

  /** Where no {@code **}{@code /} is involved, matching is exactly the JDK's "glob:". */
  @Test
  void agreesWithTheJdkPathMatcher() {
    for (String glob : GLOBS) {
      PathMatcher jdk = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      GlobMatcher ours = GlobMatcher.compile(glob);
      for (String path : PATHS) {
        boolean zeroDirCase = glob.contains("**/");
        if (!zeroDirCase) {
          assertThat(ours.matches(path))
              .as("%s vs %s", glob, path)
              .isEqualTo(jdk.matches(Path.of(path)));
        } else if (jdk.matches(Path.of(path))) {
          // the extension only ever adds matches
          assertThat(ours.matches(path)).as("%s vs %s", glob, path).isTrue();
        }
      }
    }
  }

  @Test
  void doubleStarSlashAlsoMatchesZeroDirectories() {
    assertThat(GlobMatcher.compile("**/*.java").matches("A.java")).isTrue();
    assertThat(GlobMatcher.compile("**/*.java").matches("a/b/A.java")).isTrue();
    assertThat(GlobMatcher.compile("src/**/A.java").matches("src/A.java")).isTrue();
    assertThat(GlobMatcher.compile("src/**/A.java").matches("src/x/y/A.java")).isTrue();
    assertThat(GlobMatcher.compile("src/**/A.java").matches("srcA.java")).isFalse();
  }

  @Test
  void directoryGlobsCoverEverythingBelow() {
    GlobMatcher legacy = GlobMatcher.compile("./src/legacy/");
    assertThat(legacy.matchesPathOrAncestor("src/legacy/a/B.java")).isTrue();
    assertThat(legacy.matches("src/legacy/a/B.java")).isFalse();
    assertThat(legacy.matchesPathOrAncestor("src/legacy2/B.java")).isFalse();
    assertThat(GlobMatcher.compile("**/generated").matchesPathOrAncestor("m/target/generated/X.java"))
        .isTrue();
  }

  @Test
  void malformedGlobsAreRejected() {
    for (String bad : List.of("src/{a,b", "src/[ab", "a\\", "{a,{b}}", "[a/b]")) {
      assertThatThrownBy(() -> GlobMatcher.compile(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void sourceFilterAppliesSourcesThenExclude(@TempDir Path root) {
    SourceFilter filter =
        SourceFilter.of(root, List.of("src/main/java", "lib/**/*.java"), List.of("**/generated/**"));

    assertThat(filter.test(root.resolve("src/main/java/com/acme/A.java"))).isTrue();
    assertThat(filter.test(root.resolve("lib/A.java"))).isTrue();
    assertThat(filter.test(root.resolve("src/test/java/com/acme/ATest.java"))).isFalse();
    assertThat(filter.test(root.resolve("src/main/java/generated/G.java"))).isFalse();
    assertThat(filter.test(root.resolve("../elsewhere/A.java"))).isFalse();
    assertThat(filter.acceptsAll()).isFalse();
  }

  @Test
  void emptySourcesMeanEverythingNotExcluded(@TempDir Path root) {
    SourceFilter all = SourceFilter.of(root, List.of(), List.of());
    assertThat(all.acceptsAll()).isTrue();
    assertThat(all.test(root.resolve("any/Where.java"))).isTrue();

    SourceFilter excl =
        SourceFilter.of(
            root,
            new dev.importhealth.core.config.Config(
                Optional.empty(), List.of(), List.of(), List.of("**/*Test.java"), List.of(), Map.of()));
    assertThat(excl.test(root.resolve("src/ATest.java"))).isFalse();
    assertThat(excl.test(root.resolve("ATest.java"))).isFalse();
    assertThat(excl.test(root.resolve("src/A.java"))).isTrue();
  }
}
