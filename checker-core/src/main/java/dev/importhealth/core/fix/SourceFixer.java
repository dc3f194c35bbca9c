package dev.importhealth.core.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Fix;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.internal.source.SourceParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the fixes of a check's findings into new file contents, and writes them safely: a file
 * that changed since the check read it is left alone, and a file is replaced atomically or not at
 * all.
 */
public final class SourceFixer {

  /** The new text of one file, and which fixes it carries. */
  public record Change(Path file, String before, String after, List<Fix> applied, List<Fix> skipped) {}

  /** A file with fixes that is left as it is, and why. */
  public record Refusal(Path file, String reason) {}

  public record Plan(List<Change> changes, List<Refusal> refusals) {}

  private SourceFixer() {}

  /** What applying every fix of {@code result} would do; nothing is written. */
  public static Plan plan(AnalysisResult result) {
    Map<Path, List<Fix>> byFile = new LinkedHashMap<>();
    for (Finding finding : result.findings()) {
      finding.fix().ifPresent(fix -> byFile.computeIfAbsent(fix.file(), f -> new ArrayList<>()).add(fix));
    }
    List<Change> changes = new ArrayList<>();
    List<Refusal> refusals = new ArrayList<>();
    for (Map.Entry<Path, List<Fix>> entry : byFile.entrySet()) {
      Path file = entry.getKey();
      try {
        byte[] bytes = Files.readAllBytes(file);
        Long checksum = result.checksums().get(file);
        if (checksum == null || checksum != SourceParser.checksum(bytes)) {
          refusals.add(new Refusal(file, "it changed since it was checked; run fix again"));
          continue;
        }
        String before = decode(bytes);
        TextEdits.Merged merged = TextEdits.merge(entry.getValue());
        String after = TextEdits.apply(before, merged.edits());
        changes.add(new Change(file, before, after, merged.applied(), merged.skipped()));
      } catch (CharacterCodingException e) {
        refusals.add(new Refusal(file, "it is not UTF-8 text"));
      } catch (IOException e) {
        refusals.add(new Refusal(file, "it cannot be read: " + e.getMessage()));
      } catch (TextEdits.ConflictException e) {
        refusals.add(new Refusal(file, "its edits conflict: " + e.getMessage()));
      }
    }
    return new Plan(changes, refusals);
  }

  /** A unified diff of the change, with paths relative to {@code root} as {@code git diff} writes them. */
  public static String diff(Change change, Path root) {
    String name = root.relativize(change.file()).toString().replace('\\', '/');
    List<String> before = change.before().lines().toList();
    List<String> after = change.after().lines().toList();
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
        "a/" + name, "b/" + name, before, DiffUtils.diff(before, after), 3);
    return diff.isEmpty() ? "" : String.join("\n", diff) + "\n";
  }

  /**
   * Replaces the file with the new text: written beside it, then moved over it in one step, so a
   * failure leaves the old file whole. Refuses when the file is no longer what the plan read.
   */
  public static void write(Change change) throws IOException {
    Path file = change.file();
    if (!decode(Files.readAllBytes(file)).equals(change.before())) {
      throw new IOException(file + " changed since it was read; left alone");
    }
    Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".import-health.tmp");
    try {
      Files.writeString(temporary, change.after(), StandardCharsets.UTF_8);
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (posix != null) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
      }
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }
}
