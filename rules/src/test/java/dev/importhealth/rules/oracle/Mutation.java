package dev.importhealth.rules.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One breaking change to the sample, as edits to its files. Text edits use offsets into the
 * unmutated text and keep line breaks, so javac's and import-health's line numbers agree.
 *
 * @param id a stable, readable name, e.g. {@code rename-method Order.total}
 */
record Mutation(MutationKind kind, String id, List<Edit> edits) {

  /** A change to a copy of the sample; paths are relative to the sample root. */
  sealed interface Edit permits Replace, DeleteFile, DeleteDirectory, RenameFile {}

  /** Replace {@code length} characters at {@code offset} of the unmutated {@code file}. */
  record Replace(String file, int offset, int length, String replacement) implements Edit {}

  record DeleteFile(String file) implements Edit {}

  record DeleteDirectory(String directory) implements Edit {}

  record RenameFile(String from, String to) implements Edit {}

  Mutation {
    edits = List.copyOf(edits);
  }

  /** Applies the text edits (last offset first, so earlier offsets stay valid), then the file moves. */
  void applyTo(Path root) throws IOException {
    List<Replace> replaces = edits.stream().filter(Replace.class::isInstance).map(Replace.class::cast)
        .sorted(Comparator.comparing(Replace::file).thenComparing(Replace::offset, Comparator.reverseOrder()))
        .toList();
    for (Replace replace : replaces) {
      Path file = root.resolve(replace.file());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String edited = text.substring(0, replace.offset()) + replace.replacement()
          + text.substring(replace.offset() + replace.length());
      Files.writeString(file, edited, StandardCharsets.UTF_8);
    }
    for (Edit edit : edits) {
      if (edit instanceof DeleteFile delete) {
        Files.delete(root.resolve(delete.file()));
      } else if (edit instanceof DeleteDirectory delete) {
        deleteTree(root.resolve(delete.directory()));
      } else if (edit instanceof RenameFile rename) {
        Files.move(root.resolve(rename.from()), root.resolve(rename.to()));
      }
    }
  }

  @Override
  public String toString() {
    return id;
  }

  static void deleteTree(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
