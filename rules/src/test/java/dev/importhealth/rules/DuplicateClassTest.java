package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.rules.testing.RuleTester;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateClassTest {

  private static final String POM = "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n"
      + "  <artifactId>%s</artifactId>\n  <version>1</version>\n%s</project>\n";

  @TempDir
  Path temp;

  @Test
  void aTestCopyOfAMainClassShadowsIt() {
    RuleTester.of(new DuplicateClass())
        .addFile("pom.xml", POM.formatted("app", ""))
        .addSource("main/java/com/acme/Util.java", "package com.acme;\npublic class Util {}\n")
        .addSource("test/java/com/acme/Util.java", """
            package com.acme;
            // FINDING: Class 'com.acme.Util' is also declared in the module's main sources (src/main/java/com/acme/Util.java), and on the test classpath the test copy comes first and wins
            public class Util {}
            """)
        .addSource("test/java/com/acme/UtilTest.java", "package com.acme;\nclass UtilTest {}\n")
        .expectFindingsAsMarked();
  }

  @Test
  void twoFilesOfOneSourceRootDeclaringOneClass() {
    RuleTester.of(new DuplicateClass())
        .addSource("com/acme/Util.java", "package com.acme;\npublic class Util {}\n")
        .addSource("com/acme/old/Util.java", """
            package com.acme;
            // FINDING: Class 'com.acme.Util' is also declared in src/com/acme/Util.java, compiled with it, which javac rejects as a duplicate class.
            class Util {}
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void aSourceClassThatAJarOnTheClasspathAlsoHolds() throws Exception {
    Path lib = jar("lib-1.0.jar", Map.of("org/lib/Codec.java", "package org.lib; public class Codec {}",
        "org/lib/Other.java", "package org.lib; public class Other {}"));
    RuleTester.of(new DuplicateClass())
        .withClasspath(lib.toString())
        .addSource("org/lib/Codec.java", """
            package org.lib;
            // FINDING: Class 'org.lib.Codec' is also declared in 'lib-1.0.jar' on the classpath; the module's own classes come first
            public class Codec {}
            """)
        .addSource("org/lib/Mine.java", "package org.lib;\npublic class Mine {}\n")
        .expectFindingsAsMarked();
  }

  @Test
  void twoJarsOnTheOnlyModulesClasspathAreReportedAtItsBuildFile() throws Exception {
    Path old = jar("codec-1.0.jar", Map.of("org/codec/Codec.java", "package org.codec; public class Codec {}",
        "org/codec/Hex.java", "package org.codec; public class Hex { public static class Table {} }"));
    Path fresh = jar("codec-2.0.jar", Map.of("org/codec/Codec.java", "package org.codec; public class Codec {}",
        "org/codec/Hex.java", "package org.codec; public class Hex { public static class Table {} }",
        "org/codec/Base32.java", "package org.codec; public class Base32 {}"));
    Path unrelated = jar("other.jar", Map.of("org/other/Thing.java", "package org.other; public class Thing {}"));

    AnalysisResult result = RuleTester.of(new DuplicateClass())
        .withClasspath(old.toString()).withClasspath(unrelated.toString()).withClasspath(fresh.toString())
        .addFile("pom.xml", POM.formatted("app", "  <dependencies>\n  </dependencies>\n"))
        .addSource("main/java/com/acme/App.java", "package com.acme;\nclass App {}\n")
        .run();

    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.message()).isEqualTo("'codec-1.0.jar' and 'codec-2.0.jar' on the classpath of module '.' both "
          + "hold 2 classes (e.g. 'org.codec.Codec', 'org.codec.Hex'); 'codec-1.0.jar' comes first and wins, so "
          + "'codec-2.0.jar''s copies are never used: two versions of one library, or a library and a repackaged copy "
          + "of it.");
      FileRegion region = (FileRegion) finding.location();
      assertThat(region.file()).isEqualTo(result.projectRoot().resolve("pom.xml"));
      assertThat(region.startLine()).as("the line that opens the dependencies").isEqualTo(6);
    });
  }

  @Test
  void theSameJarTwiceAndTheProjectsOwnBuildAreNoDuplicates() throws Exception {
    Path lib = jar("lib.jar", Map.of("org/lib/A.java", "package org.lib; public class A {}"));
    // an installed jar of the project itself: its classes are the sources'
    Path own = jar("app-1.jar", Map.of("com/acme/App.java", "package com.acme; public class App {}",
        "com/acme/Other.java", "package com.acme; public class Other {}",
        "com/acme/Gone.java", "package com.acme; public class Gone {}"));
    RuleTester.of(new DuplicateClass())
        .withClasspath(lib.toString()).withClasspath(lib.toString()).withClasspath(own.toString())
        .addSource("com/acme/App.java", "package com.acme;\npublic class App {}\n")
        .addSource("com/acme/Other.java", "package com.acme;\npublic class Other {}\n")
        .expectNoFindings();
  }

  @Test
  void stubsOfJdkClassesModuleInfoAndPackageInfoAreLeftAlone() {
    RuleTester.of(new DuplicateClass())
        .addFile("pom.xml", POM.formatted("app", ""))
        .addSource("main/java/java/lang/invoke/MethodHandle.java", "package java.lang.invoke;\nclass MethodHandle {}\n")
        .addSource("test/java/java/lang/invoke/MethodHandle.java", "package java.lang.invoke;\nclass MethodHandle {}\n")
        .addSource("main/java/module-info.java", "module com.acme {}\n")
        .addSource("test/java/module-info.java", "module com.acme {}\n")
        .addSource("main/java/com/acme/package-info.java", "package com.acme;\n")
        .addSource("test/java/com/acme/package-info.java", "package com.acme;\n")
        .expectNoFindings();
  }

  @Test
  void twoModulesWithoutKnownDependenciesMayNeverShareAClasspath() {
    // maven's core-it plugins each carry their own PropertiesUtil: unrelated modules, no problem
    RuleTester.of(new DuplicateClass())
        .addFile("pom.xml", POM.formatted("parent", "  <packaging>pom</packaging>\n  <modules><module>a</module>"
            + "<module>b</module></modules>\n"))
        .addFile("a/pom.xml", POM.formatted("a", ""))
        .addFile("b/pom.xml", POM.formatted("b", ""))
        .addFile("a/src/main/java/com/acme/Util.java", "package com.acme;\npublic class Util {}\n")
        .addFile("b/src/main/java/com/acme/Util.java", "package com.acme;\npublic class Util {}\n")
        .expectNoFindings();
  }

  @Test
  void aModuleWhoseResolvedClasspathHoldsAnotherModulesCopy() throws Exception {
    Path root = Files.createDirectories(temp.resolve("project"));
    write(root.resolve("pom.xml"), POM.formatted("parent", "  <packaging>pom</packaging>\n  <modules><module>a</module>"
        + "<module>b</module><module>c</module></modules>\n"));
    write(root.resolve("a/pom.xml"), POM.formatted("a", ""));
    write(root.resolve("b/pom.xml"), POM.formatted("b", ""));
    write(root.resolve("c/pom.xml"), POM.formatted("c", ""));
    write(root.resolve("a/src/main/java/com/acme/Util.java"), "package com.acme;\npublic class Util {}\n");
    write(root.resolve("a/src/main/java/com/acme/Core.java"), "package com.acme;\npublic class Core {}\n");
    write(root.resolve("b/src/main/java/com/acme/Util.java"), "package com.acme;\npublic class Util {}\n");
    write(root.resolve("c/src/main/java/com/acme/Util.java"), "package com.acme;\npublic class Util {}\n");
    // b depends on a (a's jar, as Maven resolves it from the local repository); c depends on nothing
    Path aJar = jar("a-1.jar", Map.of("com/acme/Util.java", "package com.acme; public class Util {}",
        "com/acme/Core.java", "package com.acme; public class Core {}"));
    Path lib = jar("lib.jar", Map.of("org/lib/A.java", "package org.lib; public class A {}"));
    writeMavenCache(root, Map.of("a", List.of(lib), "b", List.of(aJar, lib), "c", List.of(lib)));

    AnalysisResult result = new Engine(List.of(new DuplicateClass()))
        .check(new CheckRequest(root, List.of(), Optional.empty(), List.of(), 1, true));

    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.message()).isEqualTo("Class 'com.acme.Util' is also declared in module 'a' "
          + "(a/src/main/java/com/acme/Util.java), whose classes are on this module's classpath; this module's copy "
          + "comes first here, so module 'a''s code gets it when it runs in this module.");
      assertThat(((FileRegion) finding.location()).file())
          .isEqualTo(root.toRealPath().resolve("b/src/main/java/com/acme/Util.java"));
    });
  }

  @Test
  void jarsOfDifferentModulesInOneJoinedClasspathMayNeverMeet() throws Exception {
    Path old = jar("codec-1.0.jar", Map.of("org/codec/Codec.java", "package org.codec; public class Codec {}"));
    Path fresh = jar("codec-2.0.jar", Map.of("org/codec/Codec.java", "package org.codec; public class Codec {}"));
    RuleTester.of(new DuplicateClass())
        .withClasspath(old.toString()).withClasspath(fresh.toString())
        .addFile("pom.xml", POM.formatted("parent", "  <packaging>pom</packaging>\n  <modules><module>a</module>"
            + "<module>b</module></modules>\n"))
        .addFile("a/pom.xml", POM.formatted("a", ""))
        .addFile("b/pom.xml", POM.formatted("b", ""))
        .addFile("a/src/main/java/com/acme/A.java", "package com.acme;\npublic class A {}\n")
        .addFile("b/src/main/java/com/acme/B.java", "package com.acme;\npublic class B {}\n")
        .expectNoFindings();
  }

  /** A jar of the given sources, compiled. */
  private Path jar(String name, Map<String, String> sources) throws IOException {
    Path src = Files.createDirectories(temp.resolve("src-" + name));
    Path classes = Files.createDirectories(temp.resolve("classes-" + name));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      write(file, source.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac").isZero();
    Path jar = temp.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** The cache {@code --maven-classpath} reads instead of running Maven, for modules in discovery order. */
  private static void writeMavenCache(Path root, Map<String, List<Path>> byModule) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    List<String> lines = new ArrayList<>(List.of("import-health maven classpath, per module, v2", ""));
    for (String module : List.of(".", "a", "b", "c")) {
      Path pom = root.toRealPath().resolve(module).normalize().resolve("pom.xml");
      digest.update(pom.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(pom));
      if (byModule.containsKey(module)) {
        lines.add("module\t" + module);
        byModule.get(module).forEach(entry -> lines.add(entry.toString()));
      }
    }
    lines.set(1, HexFormat.of().formatHex(digest.digest()));
    write(root.resolve(".import-health/cache/maven-classpath.txt"), String.join("\n", lines) + "\n");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
