package dev.digest.cli;

import dev.digest.parse.DigestInputException;
import dev.digest.parse.InputSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A file input that fails at its end when the file changed while it was read (a download or a
 * copy still being written, a file truncated or rewritten in place): the records would be those of
 * no version of the file, and a shrunk file would otherwise end the run early with exit 0.
 *
 * <p>At the end of the bytes it compares what was read with the size when the file was opened, and
 * the file's size and modification time then and now. A file replaced by a rename (how editors
 * and {@code -o} save) is not a change: the open file was read whole, one consistent version.
 * The check costs one comparison per read of the parser's buffer and two {@code stat} calls per file.
 */
final class ChangeDetectingFile implements InputSource {
  private static final String HINT = "run again when it is complete";

  private final InputSource file;
  private final Path path;

  private ChangeDetectingFile(InputSource file, Path path) {
    this.file = file;
    this.path = path;
  }

  static InputSource of(Path path, String name) {
    Objects.requireNonNull(path, "path");
    return new ChangeDetectingFile(InputSource.file(path, name), path);
  }

  @Override
  public String name() {
    return file.name();
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public InputStream open() throws IOException {
    InputStream in = file.open();
    BasicFileAttributes opened;
    try {
      opened = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      in.close();
      throw new DigestInputException(name(), 0, "cannot read the file's size: " + OutputTarget.reason(e), "check the path", e);
    }
    // Pipes and devices named as files (<(cmd), /dev/stdin) have no size to compare with.
    return opened.isRegularFile() ? new Checked(in, opened) : in;
  }

  /** Counts the bytes read and, at the end, compares them and the file with how it was opened. */
  private final class Checked extends FilterInputStream {
    private final BasicFileAttributes opened;
    private long read;
    private boolean checked;

    Checked(InputStream in, BasicFileAttributes opened) {
      super(in);
      this.opened = opened;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b < 0) {
        atEnd();
      } else {
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n < 0) {
        atEnd();
      } else {
        read += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(n);
      read += skipped;
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void atEnd() throws DigestInputException {
      if (checked) {
        return;
      }
      checked = true;
      BasicFileAttributes now = attributesNow();
      boolean sameFile = now != null && Objects.equals(now.fileKey(), opened.fileKey());
      boolean modified =
          sameFile && (now.size() != opened.size() || !now.lastModifiedTime().equals(opened.lastModifiedTime()));
      // Files of /proc and /sys say they are empty and hold bytes all the same; a file that was
      // empty when opened and was written since shows as modified.
      boolean sizeDiffers = read != opened.size() && (opened.size() > 0 || modified);
      if (sizeDiffers) {
        throw new DigestInputException(
            name(),
            0,
            "the file changed while it was read: it held " + opened.size() + " bytes when opened and " + read + " were read",
            HINT);
      }
      if (modified) {
        throw new DigestInputException(name(), 0, "the file changed while it was read: it was written to meanwhile", HINT);
      }
    }

    private BasicFileAttributes attributesNow() {
      try {
        return Files.readAttributes(path, BasicFileAttributes.class);
      } catch (IOException e) {
        return null; // deleted or renamed away: what was read is the whole of the open file
      }
    }
  }
}
