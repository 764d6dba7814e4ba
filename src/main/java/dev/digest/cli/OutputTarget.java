package dev.digest.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where records go: standard output, or a file written atomically (a temporary file beside it,
 * renamed over it only when the run succeeds), so a failed run leaves an existing file untouched
 * and no partial file behind.
 */
final class OutputTarget {
  /** Ends every temporary file's name, so that nothing reads one as output or input (not {@code *.txt}). */
  static final String PARTIAL_SUFFIX = ".digest-partial";

  private static final int BUFFER = 1 << 16;
  /** Characters of the target's name kept in the temporary file's name, so it stays under NAME_MAX. */
  private static final int NAME_KEPT = 40;

  private final OutputStream stream;
  private final String destination;
  /** What this opened under the buffer (null for standard output, which is never closed). */
  private final OutputStream opened;
  private final Path target;
  private final Path temporary;
  private final FileChannel channel;
  /** Writes a temporary file's data back to disk as it grows; null for other outputs. */
  private final Writeback writeback;
  private final Thread cleanup;
  private final OutputClaim claim = new OutputClaim();

  private OutputTarget(
      OutputStream opened, boolean stdout, String destination, Path target, Path temporary, FileChannel channel) {
    this.stream = new GuardedOutputStream(new BufferedOutputStream(opened, BUFFER), temporary == null, destination);
    this.opened = stdout ? null : opened;
    this.destination = destination;
    this.target = target;
    this.temporary = temporary;
    this.channel = channel;
    this.writeback = channel == null ? null : new Writeback(channel);
    // Ctrl-C and kill (SIGTERM) run shutdown hooks but no finally blocks: without this hook they
    // would leave the temporary file behind. Only kill -9 can, and its name says what it is.
    this.cleanup = temporary == null ? null : new Thread(this::onShutdown, "digest-partial-cleanup");
    if (cleanup != null) {
      Runtime.getRuntime().addShutdownHook(cleanup);
    }
  }

  /**
   * The file {@code -o} names, or null for standard output: no {@code -o}, or {@code -o -}, which
   * means standard output as {@code -} does for inputs (a file named {@code -} is {@code -o ./-}).
   */
  static Path fileNamed(String option) {
    return option == null || option.equals("-") ? null : Paths.get(option);
  }

  static OutputTarget stdout(OutputStream stdout) {
    return new OutputTarget(stdout, true, "the output", null, null, null);
  }

  /**
   * {@code -o FILE}. A symbolic link is followed, so the link stays and the file it names gets the
   * output. A FILE that exists and is not a regular file (a device such as {@code /dev/null}, a
   * named pipe) is written directly: there is no file to replace.
   */
  static OutputTarget file(Path requested) {
    String destination = requested.toString();
    Path target = requested;
    try {
      if (Files.exists(requested)) {
        if (!Files.isRegularFile(requested)) {
          // Opened as named: /dev/stdout leads to a pipe, which has no real path.
          OutputStream direct = Files.newOutputStream(requested, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
          return new OutputTarget(direct, false, destination, null, null, null);
        }
        target = requested.toRealPath();
        refuseWriteProtected(target, destination);
      }
    } catch (IOException e) {
      throw new RunFailure("cannot write " + destination + ": " + reason(e), e);
    }
    Path temporary;
    try {
      temporary = createTemporary(target.toAbsolutePath());
    } catch (IOException e) {
      throw new RunFailure("cannot write " + destination + ": " + reason(e) + "; " + folderHint(e), e);
    }
    FileOutputStream file;
    try {
      keepPermissions(target, temporary);
      // FileOutputStream, not the channel's own stream, which copies every block once more on its
      // way out; the channel only forces the data to disk at the end.
      file = new FileOutputStream(temporary.toFile());
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new RunFailure("cannot write " + destination + ": " + reason(e), e);
    }
    return new OutputTarget(file, false, destination, target, temporary, file.getChannel());
  }

  /** A rename would replace a write-protected file all the same: respect the protection, as cp and sort -o do. */
  private static void refuseWriteProtected(Path target, String destination) {
    try {
      target.getFileSystem().provider().checkAccess(target, AccessMode.WRITE);
    } catch (AccessDeniedException e) {
      throw new RunFailure(
          "cannot write " + destination + ": it is write-protected; make it writable (chmod u+w) or choose another file", e);
    } catch (IOException e) {
      throw new RunFailure("cannot write " + destination + ": " + reason(e) + "; " + folderHint(e), e);
    }
  }

  OutputStream stream() {
    return stream;
  }

  /** Makes the output final: flushes, and for a file forces it to disk and renames it into place. */
  void commit() throws IOException {
    if (temporary == null) {
      stream.flush();
      if (opened != null) {
        stream.close();
      }
      return;
    }
    stream.flush();
    try {
      IOException earlier = writeback.stop();
      if (earlier != null) {
        throw earlier;
      }
      // Without this, a power cut soon after the rename can leave an empty or partial file on
      // file systems that order the rename before the data (XFS, ext4 with some mount options).
      channel.force(false);
    } catch (IOException e) {
      throw new OutputFailure(false, destination, e);
    }
    stream.close();
    if (!claim.claimForCommit()) {
      throw new RunStopped(); // a shutdown dropped the output: the target stays as it was
    }
    boolean renamed = false;
    try {
      rename();
      renamed = true;
      ProcessExit.outputReplaced();
    } finally {
      if (!renamed) {
        deleteQuietly(temporary);
      }
      claim.settle(renamed);
      forgetCleanup();
    }
  }

  private void rename() {
    try {
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new RunFailure("cannot write " + destination + ": " + reason(e), e);
    }
  }

  /**
   * Ends a failed run. A file output is dropped: the temporary file goes, the target stays as it
   * was. What is buffered here is dropped too; what a failed run hands on to standard output is
   * the caller's choice (see {@link dev.digest.write.RecordWriter#flush()}).
   */
  void abandon() {
    if (writeback != null) {
      writeback.abandon();
    }
    closeQuietly(opened); // not the buffer, whose close would write what is to be dropped
    if (temporary != null && claim.claimForDrop()) {
      deleteQuietly(temporary);
      forgetCleanup();
    }
  }

  /**
   * Ctrl-C or kill: drops the output unless the run has claimed it for its rename; then waits for
   * the rename to end, and a replaced target makes the process exit as the completed run does.
   */
  private void onShutdown() {
    claim.settleOnShutdown(() -> deleteQuietly(temporary));
  }

  private void forgetCleanup() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs, and finds the output settled
    }
  }

  private static void closeQuietly(OutputStream out) {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        // the run has failed already
      }
    }
  }

  /**
   * {@code .NAME.RANDOM.digest-partial} beside the target: hidden, and named so that no reader of
   * outputs or of {@code *.txt} inputs takes it for one. Created here rather than by
   * {@code Files.createTempFile}, which makes it readable by its owner only.
   */
  private static Path createTemporary(Path target) throws IOException {
    Path fileName = target.getFileName();
    if (fileName == null) {
      throw new RunFailure(target + " is a folder; name a file for -o");
    }
    String name = fileName.toString();
    String prefix = "." + (name.length() > NAME_KEPT ? name.substring(0, NAME_KEPT) : name) + ".";
    for (int attempt = 0; ; attempt++) {
      String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      Path candidate = target.resolveSibling(prefix + random + PARTIAL_SUFFIX);
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** A replaced file keeps its permission bits (its owner is whoever runs digest). */
  private static void keepPermissions(Path target, Path temporary) {
    try {
      if (Files.isRegularFile(target)) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system, or not ours to change: the new file gets the default permissions
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // nothing more can be done; the name marks it as partial
    }
  }

  private static String folderHint(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "check that the folder exists";
    }
    if (e instanceof java.nio.file.AccessDeniedException || "Read-only file system".equals(reason(e))) {
      return "choose a folder you can write to";
    }
    return "check the disk and the folder";
  }

  static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException) {
      String r = ((java.nio.file.FileSystemException) e).getReason();
      return r != null ? r : e.getClass().getSimpleName();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
