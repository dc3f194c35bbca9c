package dev.importhealth.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintsTest {

  private static final String CODE = "package a;\n\nclass A {\n  void m() { x.gone(); }\n}\n";

  @Test
  void ignoresLineNumbersWhitespaceAndMessages(@TempDir Path root) throws IOException {
    Path file = write(root, CODE);
    String before = fingerprint(root, finding(file, 4, 16, 20, "Method 'gone' cannot be resolved."));

    write(root, "// one\n".repeat(50) + CODE.replace("x.gone();", "x . gone( ) ;"));
    String after = fingerprint(root, finding(file, 54, 18, 22, "Method 'gone' is missing."));

    assertThat(after).isEqualTo(before).matches("[0-9a-f]{32}");
  }

  @Test
  void dependsOnRuleFileAndFlaggedCode(@TempDir Path root) throws IOException {
    Path file = write(root, CODE);
    String original = fingerprint(root, finding(file, 4, 16, 20, "m."));

    Finding otherRule = new Finding("IH103", Severity.ERROR, "m.", new FileRegion(file, 4, 16, 4, 20), List.of());
    assertThat(fingerprint(root, otherRule)).isNotEqualTo(original);
    write(root, CODE.replace("gone", "lost"));
    assertThat(fingerprint(root, finding(file, 4, 16, 20, "m."))).isNotEqualTo(original);
  }

  @Test
  void identicalFindingsGetTheirOccurrenceIndex(@TempDir Path root) throws IOException {
    Path file = write(root, "class A {\n  int a = gone();\n  int a = gone();\n}\n");
    List<Fingerprints.Fingerprinted> both = Fingerprints.of(
        List.of(finding(file, 3, 11, 15, "m."), finding(file, 2, 11, 15, "m.")), root);

    assertThat(both).extracting(f -> f.entry().line()).containsExactly(2, 3);
    assertThat(both.get(0).entry().fingerprint()).isNotEqualTo(both.get(1).entry().fingerprint());
    assertThat(both.get(0).entry().file()).isEqualTo("src/A.java");
  }

  @Test
  void renderedBaselineReadsBackAndCorruptOnesAreRejected(@TempDir Path root) throws IOException {
    Path file = write(root, CODE);
    Baseline baseline = new Baseline(Fingerprints.of(List.of(finding(file, 4, 16, 20, "m.")), root).stream()
        .map(Fingerprints.Fingerprinted::entry).toList());
    Path json = root.resolve("b.json");
    Files.writeString(json, baseline.render("1.0"), StandardCharsets.UTF_8);

    assertThat(Baseline.read(json)).isEqualTo(baseline);
    String text = baseline.render("1.0");
    Files.writeString(json, text.replace("\"rule\"", "\"rules\""), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Baseline.read(json)).isInstanceOf(BaselineException.class)
        .hasMessageContaining(json.toString()).hasMessageContaining("entry 1 has no \"rule\"");
    Files.writeString(json, text.replace("\"entries\": [", "\"entries\": [{\"x\": 1}, "), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Baseline.read(json)).isInstanceOf(BaselineException.class);
  }

  private static Finding finding(Path file, int line, int from, int to, String message) {
    return new Finding("IH105", Severity.ERROR, message, new FileRegion(file, line, from, line, to), List.of());
  }

  private static String fingerprint(Path root, Finding finding) {
    return Fingerprints.of(List.of(finding), root).get(0).entry().fingerprint();
  }

  private static Path write(Path root, String text) throws IOException {
    Path file = root.resolve("src/A.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
