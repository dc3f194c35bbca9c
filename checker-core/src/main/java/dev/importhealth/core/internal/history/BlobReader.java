package dev.importhealth.core.internal.history;

import dev.importhealth.core.history.GitHistoryException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads many objects through one {@code git cat-file --batch}: one process, however many files. */
final class BlobReader {

  /** {@code <oid> <type> <size>}, the header of an object that exists. */
  private static final Pattern FOUND = Pattern.compile("[0-9a-f]{7,64} (\\w+) (\\d+)");

  private BlobReader() {}

  /** The text of each object that exists; names with a line break cannot be asked for and are left out. */
  static Map<String, String> read(Git git, Collection<String> objects) throws GitHistoryException {
    List<String> names = objects.stream().filter(n -> n.indexOf('\n') < 0 && n.indexOf('\r') < 0).toList();
    Map<String, String> contents = new HashMap<>();
    if (names.isEmpty()) {
      return contents;
    }
    StringBuilder input = new StringBuilder();
    names.forEach(n -> input.append(n).append('\n'));
    Git.Result result = git.run(List.of("cat-file", "--batch"), input.toString().getBytes(StandardCharsets.UTF_8));
    if (result.exitCode() != 0) {
      throw new GitHistoryException("git cat-file failed: " + result.err());
    }
    byte[] out = result.out();
    int pos = 0;
    for (String name : names) {
      int eol = indexOf(out, (byte) '\n', pos);
      if (eol < 0) {
        break;
      }
      Matcher header = FOUND.matcher(new String(out, pos, eol - pos, StandardCharsets.UTF_8));
      pos = eol + 1;
      if (header.matches()) { // else "NAME missing" or "NAME ambiguous", with no content
        int size = Integer.parseInt(header.group(2));
        if (header.group(1).equals("blob")) {
          contents.put(name, new String(out, pos, size, StandardCharsets.UTF_8));
        }
        pos += size + 1;
      }
    }
    return contents;
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
