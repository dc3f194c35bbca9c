package dev.importhealth.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPathsTest {

  @TempDir Path root;

  @Test
  void relativisesWithForwardSlashes() {
    assertThat(ReportPaths.relative(root, root.resolve("src/main/java/A.java")))
        .contains("src/main/java/A.java");
    assertThat(ReportPaths.relative(root, root.resolve("src/../B.java"))).contains("B.java");
  }

  @Test
  void refusesPathsOutsideTheBase(@TempDir Path elsewhere) {
    assertThat(ReportPaths.relative(root, elsewhere.resolve("A.java"))).isEmpty();
    assertThat(ReportPaths.relative(root, root)).isEmpty();
    assertThat(ReportPaths.relativeOrAbsolute(root, elsewhere.resolve("A.java")))
        .isEqualTo(elsewhere.resolve("A.java").toString());
  }

  @Test
  void percentEncodesWhatUrisCannotHoldLiterally() {
    assertThat(ReportPaths.encodePath("src/a b/Größe.java"))
        .isEqualTo("src/a%20b/Gr%C3%B6%C3%9Fe.java");
    assertThat(ReportPaths.encodePath("a#b?c%d:e+f/[g]"))
        .isEqualTo("a%23b%3Fc%25d%3Ae%2Bf/%5Bg%5D");
    assertThat(ReportPaths.encodePath("Outer$Inner_x-1.~(a),b;c=d&e@f!'*.java"))
        .isEqualTo("Outer$Inner_x-1.~(a),b;c=d&e@f!'*.java");
  }

  @Test
  void encodedUrisDecodeToThePath() {
    String path = "src/main/java/com/exämple/Maß Tabelle #2.java";

    assertThat(URI.create(ReportPaths.encodePath(path)).getPath()).isEqualTo(path);
  }

  @Test
  void endsDirectoryUrisWithASlash() {
    String uri = ReportPaths.directoryUri(root.resolve("does-not-exist"));

    assertThat(uri).startsWith("file:///").endsWith("/does-not-exist/");
  }
}
