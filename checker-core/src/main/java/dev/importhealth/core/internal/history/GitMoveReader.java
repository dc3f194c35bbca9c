package dev.importhealth.core.internal.history;

import dev.importhealth.core.history.GitHistoryException;
import dev.importhealth.core.history.GitMoves;
import dev.importhealth.core.history.Move;
import dev.importhealth.core.internal.project.JavaPackageReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Reads the renames of {@code .java} files from {@code git log -M} and turns them into moves of
 * types: the old file's package is read from its blob before the rename, the new one's from
 * {@code HEAD}, and the type names are the file names, which must declare a type of that name.
 */
public final class GitMoveReader {

  /** One rename of one file in one commit, as {@code git log --raw} shows it. */
  record Rename(Move.Commit commit, String oldBlob, String oldPath, String newPath) {}

  /** A file followed through its renames: where it started and where it is after the last one. */
  private static final class Chain {
    final String originPath;
    final String originBlob;
    final List<Move.Commit> commits = new ArrayList<>();
    String path;

    Chain(String originPath, String originBlob) {
      this.originPath = originPath;
      this.originBlob = originBlob;
    }
  }

  /** The similarity (in %) a rename that changes the file's name needs; see {@link #trustworthy}. */
  static final int RENAMED_FILE_SIMILARITY = 75;

  private GitMoveReader() {}

  public static GitMoves read(Path directory, Optional<String> since) throws GitHistoryException {
    Git git = new Git(directory);
    Git.Result top = git.run(List.of("rev-parse", "--show-toplevel", "--is-shallow-repository"));
    if (top.exitCode() != 0) {
      throw new GitHistoryException(top.err().contains("not a git repository")
          ? directory + " is not in a git repository" : "git cannot read " + directory + ": " + top.err());
    }
    String[] lines = top.text().split("\n");
    Path root = Path.of(lines[0].trim());
    boolean shallow = lines.length > 1 && lines[1].trim().equals("true");
    git = new Git(root);
    Optional<String> head = commit(git, "HEAD");
    List<String> range = new ArrayList<>();
    if (since.isPresent()) {
      String rev = since.get();
      Optional<String> base = rev.isBlank() || rev.startsWith("-") ? Optional.empty() : commit(git, rev);
      if (base.isEmpty()) {
        throw new GitHistoryException("'" + rev + "' is not a commit of the repository at " + root);
      }
      range.add("^" + base.get());
    }
    if (head.isEmpty()) {
      return new GitMoves(root, shallow, List.of()); // a repository without commits has no history
    }
    range.add(0, head.get());
    List<Rename> renames = renames(git, range);
    return new GitMoves(root, shallow, moves(git, head.get(), renames));
  }

  private static Optional<String> commit(Git git, String rev) throws GitHistoryException {
    Git.Result result = git.run(List.of("rev-parse", "--verify", "--quiet", rev + "^{commit}"));
    return result.exitCode() == 0 ? Optional.of(result.text().trim()) : Optional.empty();
  }

  /** Every rename of a Java file in the range, oldest commit first (parents before children). */
  static List<Rename> renames(Git git, List<String> range) throws GitHistoryException {
    List<String> args = new ArrayList<>(List.of("log", "-M", "--raw", "-z", "--diff-filter=R", "--topo-order",
        "--reverse", "--no-ext-diff", "--no-textconv", "--no-color", "--date=short", "--format=%x01%H %h %cd"));
    args.addAll(range);
    args.addAll(List.of("--", "*.java"));
    Git.Result log = git.run(args);
    if (log.exitCode() != 0) {
      throw new GitHistoryException("git log failed: " + log.err());
    }
    return parseLog(log.text());
  }

  /** Parses {@code git log --raw -z} output with the format {@code %x01%H %h %cd}. */
  static List<Rename> parseLog(String output) {
    List<Rename> renames = new ArrayList<>();
    for (String chunk : output.split("\u0001")) {
      int end = chunk.indexOf('\0');
      if (chunk.isBlank() || end < 0) {
        continue;
      }
      String[] header = chunk.substring(0, end).trim().split(" ");
      Move.Commit commit = new Move.Commit(header[0], header[1], LocalDate.parse(header[2]));
      String[] tokens = chunk.substring(end + 1).split("\0", -1);
      for (int i = 0; i < tokens.length; i++) {
        String token = tokens[i].stripLeading();
        if (!token.startsWith(":")) {
          continue;
        }
        String[] fields = token.split(" ");
        String status = fields[fields.length - 1];
        boolean twoPaths = status.startsWith("R") || status.startsWith("C");
        if (status.startsWith("R") && i + 2 < tokens.length
            && trustworthy(tokens[i + 1], tokens[i + 2], status.substring(1))) {
          renames.add(new Rename(commit, fields[2], tokens[i + 1], tokens[i + 2]));
        }
        i += twoPaths ? 2 : 1;
      }
    }
    return renames;
  }

  /**
   * Whether git's rename is one to follow: a file keeping its name is moved at git's own threshold
   * (50 % similar); a file that changes its name too must be 75 % similar, because a small file
   * that is mostly a licence header reaches 50 % against an unrelated small file.
   */
  static boolean trustworthy(String oldPath, String newPath, String score) {
    String oldName = oldPath.substring(oldPath.lastIndexOf('/') + 1);
    String newName = newPath.substring(newPath.lastIndexOf('/') + 1);
    if (oldName.equals(newName)) {
      return true;
    }
    try {
      return Integer.parseInt(score) >= RENAMED_FILE_SIMILARITY;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Collapses chains, keeps what survives at {@code head}, and names the types. */
  static List<Move> moves(Git git, String head, List<Rename> renames) throws GitHistoryException {
    Map<String, Chain> byPath = new HashMap<>();
    List<Rename> batch = new ArrayList<>();
    for (int i = 0; i < renames.size(); i++) {
      batch.add(renames.get(i));
      if (i + 1 == renames.size() || !renames.get(i + 1).commit().equals(renames.get(i).commit())) {
        apply(batch, byPath);
        batch.clear();
      }
    }
    Set<String> headFiles = javaFilesAt(git, head);
    List<Chain> surviving = byPath.values().stream()
        .filter(c -> headFiles.contains(c.path) && !c.path.equals(c.originPath) && !headFiles.contains(c.originPath))
        .toList();
    if (surviving.isEmpty()) {
      return List.of();
    }
    Map<String, String> objects = new LinkedHashMap<>();
    for (Chain chain : surviving) {
      objects.put(chain.originBlob, "");
      objects.put(head + ":" + chain.path, "");
    }
    Map<String, String> contents = BlobReader.read(git, objects.keySet());
    Map<String, Move> candidates = new LinkedHashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Chain chain : surviving) {
      Optional<String> from = typeName(chain.originPath, contents.get(chain.originBlob));
      Optional<String> to = typeName(chain.path, contents.get(head + ":" + chain.path));
      if (from.isEmpty() || to.isEmpty() || from.get().equals(to.get())) {
        continue; // not a type's file, or moved without changing its name (to another module)
      }
      Move move = new Move(from.get(), to.get(), chain.originPath, chain.path, chain.commits);
      Move other = candidates.putIfAbsent(move.from(), move);
      if (other != null && !other.to().equals(move.to())) {
        ambiguous.add(move.from()); // copies of one old type in two places: which one is meant?
      }
    }
    ambiguous.forEach(candidates::remove);
    candidates.keySet().removeAll(stillAt(git, head, headFiles, candidates.keySet()));
    return List.copyOf(candidates.values());
  }

  /** One commit's renames: sources are taken first, so that swaps and cycles within it work. */
  private static void apply(List<Rename> batch, Map<String, Chain> byPath) {
    List<Chain> moved = new ArrayList<>();
    for (Rename rename : batch) {
      Chain chain = byPath.remove(rename.oldPath());
      moved.add(chain != null ? chain : new Chain(rename.oldPath(), rename.oldBlob()));
    }
    for (int i = 0; i < batch.size(); i++) {
      Chain chain = moved.get(i);
      chain.commits.add(batch.get(i).commit());
      chain.path = batch.get(i).newPath();
      byPath.put(chain.path, chain); // a chain that ended at this path was overwritten: it is gone
    }
  }

  private static Set<String> javaFilesAt(Git git, String head) throws GitHistoryException {
    Git.Result tree = git.run(List.of("ls-tree", "-r", "-z", "--name-only", head));
    if (tree.exitCode() != 0) {
      throw new GitHistoryException("git ls-tree failed: " + tree.err());
    }
    Set<String> files = new HashSet<>();
    for (String path : tree.text().split("\0")) {
      if (path.endsWith(".java")) {
        files.add(path);
      }
    }
    return files;
  }

  /** The old names of {@code names} that a file at {@code head} still declares: copied, not moved. */
  private static Set<String> stillAt(Git git, String head, Set<String> headFiles, Set<String> names)
      throws GitHistoryException {
    Set<String> simpleNames = new HashSet<>();
    names.forEach(n -> simpleNames.add(n.substring(n.lastIndexOf('.') + 1) + ".java"));
    List<String> sameFileName = headFiles.stream()
        .filter(p -> simpleNames.contains(p.substring(p.lastIndexOf('/') + 1))).map(p -> head + ":" + p).toList();
    Map<String, String> contents = BlobReader.read(git, sameFileName);
    Set<String> still = new HashSet<>();
    for (String object : sameFileName) {
      typeName(object.substring(head.length() + 1), contents.get(object)).ifPresent(still::add);
    }
    still.retainAll(names);
    return still;
  }

  private static final Pattern TYPE_KEYWORD = Pattern.compile("\\b(?:class|interface|enum|record)\\s+");

  /** The type a Java file is named after, when its text declares a type of that name. */
  static Optional<String> typeName(String path, String text) {
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    String simple = fileName.substring(0, fileName.length() - ".java".length());
    if (text == null || !SourceVersion.isIdentifier(simple) || SourceVersion.isKeyword(simple)
        || !Pattern.compile(TYPE_KEYWORD.pattern() + Pattern.quote(simple) + "\\b").matcher(text).find()) {
      return Optional.empty();
    }
    String head = text.length() > 64 * 1024 ? text.substring(0, 64 * 1024) : text;
    return JavaPackageReader.packageOf(head).map(pkg -> pkg.isEmpty() ? simple : pkg + "." + simple);
  }

}
