package dev.digest.write;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Records formatted where they were parsed, back to back in one growing array: an unsynchronised
 * byte buffer that a {@link RecordRenderer} appends to and the run's writer reads slices of.
 */
public final class RenderedBytes extends OutputStream {
  private byte[] bytes;
  private int size;

  public RenderedBytes(int capacity) {
    bytes = new byte[capacity];
  }

  @Override
  public void write(int b) {
    ensure(size + 1);
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    ensure(size + len);
    System.arraycopy(b, off, bytes, size, len);
    size += len;
  }

  public int size() {
    return size;
  }

  /** The array the bytes are in; valid until the next write (which may grow it). */
  byte[] array() {
    return bytes;
  }

  public int capacity() {
    return bytes.length;
  }

  public void reset() {
    size = 0;
  }

  /** Drops what was written after the first {@code size} bytes. */
  public void truncate(int size) {
    this.size = size;
  }

  private void ensure(int needed) {
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
    }
  }
}
