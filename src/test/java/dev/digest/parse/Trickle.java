package dev.digest.parse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** Hands out at most {@code chunk} bytes a read, so that every byte boundary meets a buffer end. */
final class Trickle extends InputStream {
  private final ByteArrayInputStream in;
  private final int chunk;

  Trickle(byte[] bytes, int chunk) {
    this.in = new ByteArrayInputStream(bytes);
    this.chunk = chunk;
  }

  @Override
  public int read() {
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) {
    return in.read(b, off, Math.min(len, chunk));
  }
}
