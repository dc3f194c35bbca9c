package dev.importhealth.core.internal.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * What tells, without reading a file, that it changed: its size and modification time, fed to a
 * digest path by path, in name order within each directory so that the order is the same on every
 * run. Project files also count by change time (ctime) and inode: tools that copy time stamps
 * ({@code cp -p}, {@code touch -r}, unpacking an archive) cannot set the ctime, and an editor
 * that saves by replacing the file makes a new inode. Also tells whether every time seen is old
 * enough to trust (see {@link Fingerprint#settled()}).
 */
final class FileStamps {

  private final Digests digest;
  private final long settledBefore;
  private final boolean changeTimes;
  private boolean settled = true;

  /**
   * @param changeTimes read each file's ctime and inode too: one more system call per file, spent
   *     on the project's own few hundred files, not on the thousands of class files a build rewrites
   */
  FileStamps(Digests digest, Instant start, boolean changeTimes) {
    this.digest = digest;
    this.settledBefore = start.minus(Fingerprint.SETTLING).toEpochMilli();
    this.changeTimes = changeTimes;
  }

  /** Every file and directory below {@code start} (a directory or a single file). */
  void walk(Path start) {
    walk(start, dir -> false, file -> false, dir -> false);
  }

  /**
   * Every file and directory below {@code start}, except directories {@code skipDirectory} holds
   * for (not entered) and files {@code skipFile} holds for; a {@code quietDirectory} is entered but
   * whether it exists does not count. Symbolic links count by their target and are not followed
   * into directories.
   */
  void walk(Path start, Predicate<Path> skipDirectory, Predicate<Path> skipFile, Predicate<Path> quietDirectory) {
    if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
      add(start);
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(start)) {
      entries.forEach(children::add);
    } catch (IOException | RuntimeException e) {
      digest.field(start.toString()).field("unreadable directory");
      return;
    }
    // siblings share their parent, so the paths' own order is their names' order
    children.sort(null);
    for (Path child : children) {
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        digest.field(child.toString()).field("unreadable");
        continue;
      }
      if (attributes.isDirectory()) {
        if (!skipDirectory.test(child)) {
          if (!quietDirectory.test(child)) {
            // an empty directory counts too: whether a resource or package directory exists is read
            digest.field(child.toString()).field("directory");
          }
          walk(child, skipDirectory, skipFile, quietDirectory);
        }
      } else if (!skipFile.test(child)) {
        add(child, attributes);
      }
    }
  }

  /** One file (a jar, a git file), or that there is none. */
  void add(Path file) {
    try {
      add(file, Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      digest.field(file.toString()).field(Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "unreadable" : "absent");
    }
  }

  private void add(Path file, BasicFileAttributes attributes) {
    digest.field(file.toString());
    try {
      if (attributes.isSymbolicLink()) {
        digest.field("link to " + Files.readSymbolicLink(file));
        attributes = Files.readAttributes(file, BasicFileAttributes.class);
      }
      digest.field(attributes.size()).field(time(attributes.lastModifiedTime()));
      if (changeTimes) {
        Map<String, Object> unix = Files.readAttributes(file, "unix:ctime,ino,dev", LinkOption.NOFOLLOW_LINKS);
        digest.field(time((FileTime) unix.get("ctime"))).field((Long) unix.get("ino")).field((Long) unix.get("dev"));
      }
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      // no unix view (Windows): size and time must do
    } catch (IOException e) {
      digest.field("unreadable");
    }
  }

  boolean settled() {
    return settled;
  }

  private long time(FileTime time) {
    if (time.toMillis() > settledBefore) {
      settled = false;
    }
    return time.to(TimeUnit.NANOSECONDS);
  }
}
