package dev.digest.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A writer's output as it continues a file ({@code --append}): what a new file starts with is left
 * out (a JSON array's {@code [}, a csv or tsv header row, both what digest's writers write first),
 * and the joint to the file's last bytes ({@code ,} after the last item of an array, a missing line
 * end) goes before the first byte that remains, so a run that writes no record adds nothing.
 */
final class ContinuingOutput extends FilterOutputStream {
  /** What a new file starts with. */
  enum Opening {
    NONE,
    /** {@code [}. */
    BRACKET,
    /** The bytes through the first LF. */
    HEADER_ROW
  }

  private final Opening opening;
  private final byte[] joint;
  private boolean openingDone;
  private boolean jointDone;

  ContinuingOutput(OutputStream out, Opening opening, byte[] joint) {
    super(out);
    this.opening = opening;
    this.joint = joint.clone();
    this.openingDone = opening == Opening.NONE;
  }

  @Override
  public void write(int b) throws IOException {
    if (!openingDone) {
      openingDone = opening == Opening.BRACKET || b == '\n';
      return;
    }
    if (!jointDone) {
      out.write(joint);
      jointDone = true;
    }
    out.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int i = off;
    int end = off + len;
    while (!openingDone && i < end) {
      write(b[i++]);
    }
    if (i < end) {
      if (!jointDone) {
        out.write(joint);
        jointDone = true;
      }
      out.write(b, i, end - i);
    }
  }

  @Override
  public void close() {
    // the target closes the stream under this one
  }
}
