package dev.digest.run;

import dev.digest.parse.DigestPieces;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * Standard input as the cutter reads it: once armed, a read that would wait for a live input (a
 * terminal, {@code tail -f}) throws {@link DigestPieces.InputIsLive} instead, and the rest of the
 * input is parsed as one stream, record by record as it arrives. A pipe that is only briefly
 * empty (a producer a little slower than the cutter) is given a moment first, so that {@code cat
 * big.txt | digest} is still cut. The moment decides only how the input is shared among threads,
 * never what is written.
 */
final class LiveInputProbe extends FilterInputStream {
  private static final int PATIENCE_MILLIS = 20;
  private volatile boolean armed;

  LiveInputProbe(InputStream in) {
    super(in);
  }

  /** From here on, a read that would wait says the input is live. */
  void arm() {
    armed = true;
  }

  /** Reads wait again, as they must once the rest of the input is being parsed as a stream. */
  void disarm() {
    armed = false;
  }

  @Override
  public int read() throws IOException {
    checkLive();
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    checkLive();
    return in.read(b, off, len);
  }

  private void checkLive() throws IOException {
    if (!armed) {
      return;
    }
    for (int waited = 0; in.available() == 0; waited++) {
      if (waited == PATIENCE_MILLIS) {
        throw new DigestPieces.InputIsLive();
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("the run was stopped");
      }
    }
  }
}
