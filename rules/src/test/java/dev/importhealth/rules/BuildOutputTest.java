package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.Finding;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's output directories (target/classes) are read, but never hide a deleted source. */
class BuildOutputTest {

  @TempDir Path project;

  @Test
  void staleClassesInTargetDoNotHideADeletedSourceButGeneratedOnesResolve() throws Exception {
    Files.writeString(project.resolve("pom.xml"), """
        <project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId>
          <version>1</version></project>
        """);
    Files.writeString(project.resolve("import-health.yaml"), "namespaces: [com.acme]\n");
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/acme"));
    Files.writeString(sources.resolve("App.java"), """
        package com.acme;
        import com.acme.Deleted;
        import com.acme.gen.Generated;
        class App { Generated g; Deleted d; }
        """);
    // what an earlier build left behind: a class whose source is gone, and generated code whose
    // generated sources were cleaned
    Path scratch = Files.createDirectories(project.resolve("scratch/com/acme/gen"));
    Files.writeString(scratch.resolve("Generated.java"), "package com.acme.gen; public class Generated {}\n");
    Files.writeString(scratch.getParent().resolve("Deleted.java"), "package com.acme; public class Deleted {}\n");
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
        scratch.resolve("Generated.java").toString(), scratch.getParent().resolve("Deleted.java").toString());
    assertThat(exit).isZero();
    deleteRecursively(project.resolve("scratch"));

    AnalysisResult result = new Engine(List.of(new UnresolvedImport()))
        .check(new CheckRequest(project, List.of(), Optional.empty(), List.of(), 1));

    assertThat(result.findings()).extracting(Finding::message)
        .singleElement().asString().contains("Import 'com.acme.Deleted' cannot be resolved");
  }

  private static void deleteRecursively(Path dir) throws Exception {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
