package dev.digest.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where records go: standard output, or a file written atomically (a temporary file beside it,
 * renamed over it only when the run succeeds), so a failed run leaves an existing file untouched
 * and no partial file behind. A device or named pipe cannot be replaced that way and is written
 * directly.
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

  static OutputTarget file(Path named) {
    if (Files.exists(named) && !Files.isRegularFile(named)) {
      return device(named);
    }
    // A symbolic link stays a link: the file it points to is the one replaced.
    Path target = Files.isSymbolicLink(named) && Files.exists(named) ? realPath(named) : named;
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null) {
      throw new RunFailure(target + " is a folder; name a file for -o");
    }
    Path temporary = null;
    OutputStream file = null;
    try {
      // A name no user would give an output, so that a run killed mid-way leaves nothing that looks like one.
      while (file == null) {
        temporary = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".digest-partial");
        try {
          // Created as any new file is (mode 0666 less the umask), not 0600 as createTempFile makes it.
          file = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
          // another run's temporary file: draw another name
        }
      }
      keepPermissions(target, temporary);
      return new OutputTarget(new GuardedOutputStream(new BufferedOutputStream(file, BUFFER), false), target, temporary);
    } catch (IOException e) {
      if (file != null) {
        closeQuietly(file);
        deleteQuietly(temporary);
      }
      throw new RunFailure(
          "cannot write " + target + ": " + reason(e) + "; check that the folder exists and is writable", e);
    }
  }

  /** A file that is replaced keeps its permissions, as it would if it were written in place. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (Files.isRegularFile(target) && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    }
  }

  private static void closeQuietly(OutputStream out) {
    try {
      out.close();
    } catch (IOException e) {
      // the run has failed already
    }
  }

  /**
   * Something that is not a regular file ({@code /dev/null}, a named pipe, a terminal): written
   * directly, as the shell's {@code >} would. Renaming a file over it would replace the device
   * itself with a regular file.
   */
  private static OutputTarget device(Path target) {
    try {
      OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE);
      return new OutputTarget(new GuardedOutputStream(new BufferedOutputStream(out, BUFFER), false), target, null);
    } catch (IOException e) {
      throw new RunFailure("cannot write " + target + ": " + reason(e), e);
    }
  }

  private static Path realPath(Path link) {
    try {
      return link.toRealPath();
    } catch (IOException e) {
      throw new RunFailure("cannot follow the link " + link + ": " + reason(e), e);
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
    if (temporary == null) {
      return;
    }
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
    if (target != null) {
      closeQuietly(stream);
      if (temporary != null) {
        deleteQuietly(temporary);
      }
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
