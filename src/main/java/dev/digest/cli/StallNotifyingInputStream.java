package dev.digest.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Tells its listener when a read is about to wait: the input has nothing more to give right now
 * ({@code tail -f digest.txt | digest convert}). The command then flushes what it has written, so
 * finished records reach the reader without waiting for a buffer to fill. A stream that is never
 * short of bytes (a file, a fast pipe) is asked once per read whether bytes are ready, and nothing
 * more.
 */
final class StallNotifyingInputStream extends FilterInputStream {
  /** What to do before a read that may wait. */
  interface StallListener {
    void stalled() throws IOException;
  }

  private final StallListener listener;

  StallNotifyingInputStream(InputStream in, StallListener listener) {
    super(in);
    this.listener = listener;
  }

  @Override
  public int read() throws IOException {
    notifyIfStalled();
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    notifyIfStalled();
    return in.read(b, off, len);
  }

  private void notifyIfStalled() throws IOException {
    int ready;
    try {
      ready = in.available();
    } catch (IOException e) {
      // a stream that cannot tell is read as it is; the read itself reports a real failure
      return;
    }
    if (ready == 0) {
      listener.stalled();
    }
  }
}
