package dev.importhealth.core.internal.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CtSym} against the real ct.sym of the running JDK (and of JDK 25 where installed). */
class CtSymTest {

  private static final int RUNNING = Runtime.version().feature();

  @Test
  void readsTheRunningJdksOlderReleases() {
    CtSym ctSym = CtSym.ofRunningJdk();
    assertThat(ctSym.isEmpty()).isFalse();
    // Pack200 was removed in 14: releases 8 and 9 carry it, this one does not
    assertThat(ctSym.lists("java.util.jar.Pack200", 8)).isTrue();
    assertThat(ctSym.lists("java.util.jar.Pack200", 9)).isTrue();
    assertThat(ctSym.lists("java.util.jar.Pack200", 17)).isFalse();
    assertThat(ctSym.lists("java.util.jar.Pack200$Packer", 11)).isTrue();
    assertThat(ctSym.lastReleaseWithClass("java.util.jar.Pack200", RUNNING)).isEqualTo(13);
    // String is in every release, up to the one before this JDK
    assertThat(ctSym.lists("java.lang.String", 9)).isTrue();
    assertThat(ctSym.lastReleaseWithClass("java.lang.String", RUNNING)).isEqualTo(RUNNING - 1);
    assertThat(ctSym.lastReleaseWithClass("java.util.jar.Pack300", RUNNING)).isZero();
    // packages: java.rmi.activation was removed in 17
    assertThat(ctSym.lastReleaseWithPackage("java.rmi.activation", RUNNING)).isEqualTo(16);
    assertThat(ctSym.lastReleaseWithPackage("java.util.jar", RUNNING)).isEqualTo(RUNNING - 1);
    assertThat(ctSym.lastReleaseWithPackage("com.acme", RUNNING)).isZero();
  }

  @Test
  void readsAJdk17File() {
    Path file = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/lib/ct.sym");
    assumeTrue(Files.isRegularFile(file));
    CtSym ctSym = CtSym.read(file);
    assertThat(ctSym.lists("java.util.jar.Pack200", 7)).isTrue();
    assertThat(ctSym.lastReleaseWithClass("java.lang.Compiler", 17)).isEqualTo(16);
    assertThat(ctSym.lastReleaseWithClass("java.lang.String", 17)).isEqualTo(16);
  }

  @Test
  void readsAJdk25File() {
    Path file = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/lib/ct.sym");
    assumeTrue(Files.isRegularFile(file));
    CtSym ctSym = CtSym.read(file);
    assertThat(ctSym.lastReleaseWithClass("java.util.jar.Pack200", 25)).isEqualTo(13);
    // java.lang.Compiler was removed in 21
    assertThat(ctSym.lastReleaseWithClass("java.lang.Compiler", 25)).isEqualTo(20);
    assertThat(ctSym.lastReleaseWithClass("java.lang.String", 25)).isEqualTo(24);
    assertThat(ctSym.lists("java.lang.String", 25)).isTrue();
  }

  @Test
  void missingOrDamagedFilesReadAsEmpty(@TempDir Path dir) throws IOException {
    assertThat(CtSym.read(dir.resolve("ct.sym")).isEmpty()).isTrue();
    Path garbage = Files.writeString(dir.resolve("garbage.sym"), "not a zip");
    CtSym damaged = CtSym.read(garbage);
    assertThat(damaged.isEmpty()).isTrue();
    assertThat(damaged.lastReleaseWithClass("java.util.jar.Pack200", RUNNING)).isZero();
  }
}
