package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IH404 in SARIF: findings at a source class, and a finding about two jars anchored at the build
 * file, all with a physical location GitHub displays, and valid as GitHub ingests them.
 */
class DuplicateClassEndToEndTest {

  @TempDir
  Path dir;

  @Test
  void duplicateClassesAreReportedWithPhysicalLocationsGitHubAccepts() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    write(project.resolve("pom.xml"), "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>a</groupId>\n"
        + "  <artifactId>app</artifactId>\n  <version>1</version>\n  <dependencies>\n  </dependencies>\n</project>\n");
    write(project.resolve("src/main/java/org/codec/Codec.java"), "package org.codec;\npublic class Codec {}\n");
    write(project.resolve("src/main/java/com/acme/App.java"), "package com.acme;\npublic class App {}\n");
    Path first = jar("codec-1.0.jar", "package org.codec; public class Codec {}", "package org.codec; public class Hex {}");
    Path second = jar("codec-2.0.jar", "package org.codec; public class Codec {}", "package org.codec; public class Hex {}");
    Path sarif = dir.resolve("report.sarif");

    Cli.Run run = Cli.run("check", project.toString(), "--classpath", first + java.io.File.pathSeparator + second,
        "--format", "sarif", "-o", sarif.toString());

    assertThat(run.exitCode()).as("warnings only: %s", run).isEqualTo(ExitCode.CLEAN.code());
    JsonNode results = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("results");
    List<String> places = new ArrayList<>();
    for (JsonNode result : results) {
      assertThat(result.get("ruleId").asText()).isEqualTo("IH404");
      JsonNode location = result.get("locations").get(0).get("physicalLocation");
      places.add(location.get("artifactLocation").get("uri").asText() + ":"
          + location.get("region").get("startLine").asInt());
    }
    assertThat(places).containsExactlyInAnyOrder("pom.xml:6", "src/main/java/org/codec/Codec.java:2");
    SarifValidation.validate(sarif, dir);
  }

  /** A jar of the given one-class sources (package org.codec), compiled. */
  private Path jar(String name, String... sources) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src-" + name + "/org/codec"));
    Path classes = Files.createDirectories(dir.resolve("classes-" + name));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
    for (String source : sources) {
      String simple = source.substring(source.indexOf("class ") + 6, source.indexOf(" {"));
      Path file = src.resolve(simple + ".java");
      write(file, source);
      args.add(file.toString());
    }
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))).isZero();
    Path jar = dir.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String source : sources) {
        String simple = source.substring(source.indexOf("class ") + 6, source.indexOf(" {"));
        out.putNextEntry(new JarEntry("org/codec/" + simple + ".class"));
        out.write(Files.readAllBytes(classes.resolve("org/codec/" + simple + ".class")));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
