package dev.importhealth.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Fix;
import dev.importhealth.core.api.Notice;
import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.api.SymbolLocation;
import dev.importhealth.core.api.TextEdit;
import dev.importhealth.core.engine.AnalysisResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result cache file: what it gives back, and what it refuses to trust. */
class ResultCacheTest {

  static final Fingerprint FINGERPRINT = new Fingerprint("a".repeat(64), true);
  static final Path ROOT = Path.of("/work/größe projekt").toAbsolutePath();

  @TempDir Path cache;

  @Test
  void readsBackEveryPartOfAResult() {
    AnalysisResult result = richResult(3);

    assertThat(ResultCache.write(cache, FINGERPRINT, result)).isEmpty();
    ResultCache.Lookup lookup = ResultCache.read(cache, FINGERPRINT);

    assertThat(lookup.reason()).isEqualTo("hit");
    assertThat(lookup.result()).contains(result);
    // equal maps may differ in order; the timings are shown in phase order
    assertThat(lookup.result().get().timings().keySet()).containsExactlyElementsOf(result.timings().keySet());
  }

  @Test
  void missesWithoutAFile() {
    assertThat(ResultCache.read(cache.resolve("never-written"), FINGERPRINT))
        .isEqualTo(new ResultCache.Lookup(Optional.empty(), "no cache"));
  }

  @Test
  void missesForAnotherFingerprint() {
    ResultCache.write(cache, FINGERPRINT, richResult(1));

    assertMissThenRecovers(new Fingerprint("b".repeat(64), true), "fingerprint differs");
  }

  @Test
  void refusesAFileItDidNotWrite() throws IOException {
    Files.writeString(cache.resolve(ResultCache.FILE_NAME), "{\"projectRoot\": \"/p\"}\n");

    assertMissThenRecovers(FINGERPRINT, "not a result cache");
  }

  @Test
  void refusesAnotherFormatVersion() throws IOException {
    ResultCache.write(cache, FINGERPRINT, richResult(1));
    spoil(text -> text.replaceFirst("format 1\n", "format 2\n"));

    assertMissThenRecovers(FINGERPRINT, "written by another version (format 2, this version reads format 1)");
  }

  @Test
  void refusesAFileCutShortAnywhere() throws IOException {
    ResultCache.write(cache, FINGERPRINT, richResult(1));
    Path file = cache.resolve(ResultCache.FILE_NAME);
    byte[] whole = Files.readAllBytes(file);

    for (int length = 0; length < whole.length; length += 7) {
      Files.write(file, java.util.Arrays.copyOf(whole, length));
      assertThat(ResultCache.read(cache, FINGERPRINT)).as("cut at %d of %d", length, whole.length)
          .isEqualTo(new ResultCache.Lookup(Optional.empty(), "truncated"));
    }
    assertMissThenRecovers(FINGERPRINT, "truncated");
  }

  @Test
  void refusesAPayloadThatDoesNotMatchItsChecksum() throws IOException {
    ResultCache.write(cache, FINGERPRINT, richResult(1));
    // the same length, one finding's message changed: only the checksum can tell
    spoil(text -> text.replace("no longer exists", "no longer exisTs"));

    assertMissThenRecovers(FINGERPRINT, "corrupt: checksum mismatch");
  }

  @Test
  void refusesJsonItCannotReadEvenWithAMatchingChecksum() throws IOException {
    byte[] json = "{\"projectRoot\": \"/p\", \"rules\": [".getBytes(StandardCharsets.UTF_8);
    String header = ResultCache.MAGIC + "format 1\nfingerprint " + FINGERPRINT.hex() + "\npayload " + json.length
        + " " + Digests.hex(Digests.sha256(json)) + "\n\n";
    Files.write(cache.resolve(ResultCache.FILE_NAME), (header + new String(json, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8));

    ResultCache.Lookup lookup = ResultCache.read(cache, FINGERPRINT);

    assertThat(lookup.result()).isEmpty();
    assertThat(lookup.reason()).startsWith("corrupt: unreadable result (");
    assertMissThenRecovers(FINGERPRINT, lookup.reason());
  }

  @Test
  void writesNothingUnderAFingerprintThatIsNotSettled() {
    Optional<String> why = ResultCache.write(cache, new Fingerprint(FINGERPRINT.hex(), false), richResult(1));

    assertThat(why).hasValueSatisfying(reason -> assertThat(reason).contains("changed less than 2 s ago"));
    assertThat(ResultCache.read(cache, FINGERPRINT).reason()).isEqualTo("no cache");
  }

  @Test
  void keepsItselfOutOfGitWithoutTouchingAnIgnoreFileThatExists() throws IOException {
    Path fresh = cache.resolve("fresh/cache");
    Path kept = cache.resolve("kept");
    Files.createDirectories(kept);
    Files.writeString(kept.resolve(".gitignore"), "result.cache\n");

    ResultCache.write(fresh, FINGERPRINT, richResult(1));
    ResultCache.write(kept, FINGERPRINT, richResult(1));

    assertThat(Files.readString(fresh.resolve(".gitignore"))).isEqualTo("*\n");
    assertThat(Files.readString(kept.resolve(".gitignore"))).isEqualTo("result.cache\n");
  }

  @Test
  void aDirectoryThatCannotBeWrittenOnlyCostsTheCache() throws IOException {
    Path occupied = Files.writeString(cache.resolve("a-file"), "not a directory");

    assertThat(ResultCache.write(occupied, FINGERPRINT, richResult(1)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("cannot be written"));
  }

  @Test
  void aReadOnlyDirectoryOnlyCostsTheCache() throws IOException {
    Path readOnly = Files.createDirectories(cache.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeThat(Files.isWritable(readOnly)).as("permissions bind this user (not root)").isFalse();

      assertThat(ResultCache.write(readOnly, FINGERPRINT, richResult(1)))
          .hasValueSatisfying(reason -> assertThat(reason).contains("cannot be written"));
      assertThat(ResultCache.read(readOnly, FINGERPRINT).reason()).isEqualTo("no cache");
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** The miss has {@code reason}, and the next write replaces the bad file with a good one. */
  private void assertMissThenRecovers(Fingerprint fingerprint, String reason) {
    assertThat(ResultCache.read(cache, fingerprint)).isEqualTo(new ResultCache.Lookup(Optional.empty(), reason));

    AnalysisResult fresh = richResult(2);
    assertThat(ResultCache.write(cache, fingerprint, fresh)).isEmpty();
    assertThat(ResultCache.read(cache, fingerprint).result()).contains(fresh);
  }

  private void spoil(java.util.function.UnaryOperator<String> edit) throws IOException {
    Path file = cache.resolve(ResultCache.FILE_NAME);
    // ISO-8859-1 maps bytes to chars one to one, so the edit keeps every other byte as it was
    Files.writeString(file, edit.apply(Files.readString(file, StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
  }

  /** A result with every kind of part; {@code variant} makes results that differ. */
  static AnalysisResult richResult(int variant) {
    Path app = ROOT.resolve("src/main/java/com/acme/App.java");
    Path broken = ROOT.resolve("src/main/java/com/acme/Maß Tabelle.java");
    RuleDescriptor unresolved = new RuleDescriptor("IH101", "unresolved-import", Severity.ERROR,
        "Import of a type that does not exist", "Fix the import.", List.of("correctness", "imports"), "very-high");
    RuleDescriptor withoutPrecision = new RuleDescriptor("IH901", "unparsable-file", Severity.NOTE,
        "Source file that could not be parsed", "", List.of(), null);
    Fix fix = new Fix("Replace the import and add a static one.", List.of(
        new TextEdit(new FileRegion(app, 3, 8, 3, 27), "com.acme.util.Strings"),
        new TextEdit(new FileRegion(app, 4, 1, 4, 1), "import static com.acme.Util.join;\n")));
    List<Finding> findings = List.of(
        new Finding("IH101", Severity.ERROR, "'com.acme.Strings' no longer exists; it moved to \"util\".",
            new FileRegion(app, 3, 8, 3, 27), List.of("com.acme.util.Strings", "com.acme.text.Strings"),
            Optional.of(fix)),
        new Finding("IH104", Severity.WARNING, "Method 'gone()' is missing.\tSee the history.",
            new SymbolLocation("com.acme.Lib$Inner", Optional.of("gone()")), List.of()),
        new Finding("IH105", Severity.NOTE, "Type moved (variant " + variant + ").",
            new SymbolLocation("com.acme.Old", Optional.empty()), List.of()));
    List<Notice> notices = List.of(
        new Notice("IH901", "The file cannot be parsed: ';' expected.", Optional.of(FileRegion.at(broken, 7, 12))),
        new Notice("IH902", "12 references could not be checked.", Optional.empty()));
    Map<String, Severity> severities = new LinkedHashMap<>();
    severities.put("IH101", Severity.ERROR);
    severities.put("IH901", Severity.NOTE);
    Map<String, Long> timings = new LinkedHashMap<>();
    timings.put("parse", 412L);
    timings.put("index", 1_300L);
    timings.put("resolve", 77L);
    timings.put("rule IH101", 12L);
    Map<Path, Long> checksums = Map.of(app, 0xCAFE_BABE_0000_0001L, broken, -42L);
    return new AnalysisResult(ROOT, List.of(unresolved, withoutPrecision), severities, findings, notices,
        1200 + variant, timings, checksums);
  }
}
