package dev.digest.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where records go: standard output, or a file written atomically (a temporary file beside it,
 * renamed over it only when the run succeeds), so a failed run leaves an existing file untouched
 * and no partial file behind.
 */
final class OutputTarget {
  private static final int BUFFER = 1 << 16;

  private final OutputStream stream;
  private final Path target;
  private final Path temporary;

  private OutputTarget(OutputStream stream, Path target, Path temporary) {
    this.stream = stream;
    this.target = target;
    this.temporary = temporary;
  }

  static OutputTarget stdout(OutputStream stdout) {
    return new OutputTarget(new GuardedOutputStream(new BufferedOutputStream(stdout, BUFFER), true), null, null);
  }

  static OutputTarget file(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    Path temporary;
    try {
      // A name no user would give an output, so that a run killed mid-way leaves nothing that looks like one.
      temporary = Files.createTempFile(dir, "." + target.getFileName() + ".", ".digest-partial");
    } catch (IOException e) {
      throw new RunFailure(
          "cannot write " + target + ": " + reason(e) + "; check that the folder exists and is writable", e);
    }
    try {
      OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      return new OutputTarget(new GuardedOutputStream(new BufferedOutputStream(file, BUFFER), false), target, temporary);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new RunFailure("cannot write " + target + ": " + reason(e), e);
    }
  }

  OutputStream stream() {
    return stream;
  }

  String describe() {
    return target == null ? "standard output" : target.toString();
  }

  /** Makes the output final: flushes standard output, or closes and renames the file into place. */
  void commit() throws IOException {
    if (target == null) {
      stream.flush();
      return;
    }
    stream.close();
    try {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new RunFailure("cannot write " + target + ": " + reason(e), e);
    }
  }

  /** Drops a file output that failed: the temporary file goes, the target stays as it was. */
  void abandon() {
    if (temporary != null) {
      try {
        stream.close();
      } catch (IOException e) {
        // the run has failed already; the file is removed below either way
      }
      deleteQuietly(temporary);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // nothing more can be done; the name marks it as partial
    }
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
