package dev.importhealth.core.internal.cache;

import dev.importhealth.core.report.ReportContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which commit the project's repository is at, read from files, without running git: rule messages
 * quote the history reachable from {@code HEAD}. {@code HEAD} is resolved to a commit id through
 * the ref it names, loose (per worktree first, then the shared directory of a linked worktree) or
 * packed, so that packing refs ({@code git gc}) changes nothing. A reftable, {@code shallow} and
 * {@code info/grafts} are stamped, since they change what the history holds.
 */
final class GitState {

  private GitState() {}

  static void describe(Path projectRoot, FileStamps stamps, Digests digest) {
    Path repository = ReportContext.repositoryRootOf(projectRoot);
    Path dotGit = repository.resolve(".git");
    Optional<Path> gitDir = Files.isDirectory(dotGit) ? Optional.of(dotGit) : linkedGitDir(dotGit);
    digest.field("git").field(repository.toString());
    if (gitDir.isEmpty()) {
      digest.field(Files.exists(dotGit, LinkOption.NOFOLLOW_LINKS) ? "unreadable .git" : "no repository");
      return;
    }
    Path common = commonDir(gitDir.get());
    String head = read(gitDir.get().resolve("HEAD")).orElse("no HEAD").strip();
    if (head.startsWith("ref: ")) {
      String ref = head.substring("ref: ".length());
      head = read(gitDir.get().resolve(ref)).or(() -> read(common.resolve(ref))).map(String::strip)
          .or(() -> packed(common.resolve("packed-refs"), ref)).orElse(head + " (unborn)");
    }
    digest.field("HEAD").field(head);
    stamps.walk(common.resolve("reftable"));
    stamps.add(common.resolve("shallow"));
    stamps.add(common.resolve("info").resolve("grafts"));
  }

  /** The id {@code packed-refs} gives {@code ref}: lines are {@code <id> <ref>}. */
  private static Optional<String> packed(Path packedRefs, String ref) {
    try (Stream<String> lines = Files.isRegularFile(packedRefs) ? Files.lines(packedRefs) : Stream.empty()) {
      return lines.filter(line -> line.endsWith(" " + ref)).map(line -> line.substring(0, line.indexOf(' ')))
          .findFirst();
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.of("unreadable packed-refs");
    }
  }

  /** A linked worktree or submodule: {@code .git} is a file saying {@code gitdir: <path>}. */
  private static Optional<Path> linkedGitDir(Path dotGit) {
    return read(dotGit).filter(text -> text.startsWith("gitdir: "))
        .map(text -> dotGit.getParent().resolve(text.substring("gitdir: ".length()).strip()).normalize());
  }

  private static Path commonDir(Path gitDir) {
    return read(gitDir.resolve("commondir")).map(text -> gitDir.resolve(text.strip()).normalize()).orElse(gitDir);
  }

  private static Optional<String> read(Path file) {
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.of("unreadable");
    }
  }
}
