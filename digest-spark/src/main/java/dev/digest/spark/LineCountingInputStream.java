package dev.digest.spark;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the line ends of the bytes read through it, as the parser counts them (LF, CRLF and a
 * lone CR each once, however the reads cut them): the lines of a piece, which the pieces after it
 * number their lines on from.
 */
final class LineCountingInputStream extends FilterInputStream {
  private long lineEnds;
  private boolean afterCr;

  LineCountingInputStream(InputStream in) {
    super(in);
  }

  long lineEnds() {
    return lineEnds;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((byte) c);
    }
    return c;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    for (int i = off; i < off + n; i++) {
      count(b[i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Every byte must be counted: skip by reading.
    byte[] scratch = new byte[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  private void count(byte c) {
    // A CR counts at once; the LF of a CRLF then does not.
    if (c == '\r' || (c == '\n' && !afterCr)) {
      lineEnds++;
    }
    afterCr = c == '\r';
  }
}
