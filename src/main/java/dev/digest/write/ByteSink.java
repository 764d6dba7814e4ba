package dev.digest.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An unsynchronised output buffer for the text writers: they emit many small pieces per record,
 * and each piece through a stream wrapper costs a virtual call and, in {@code
 * BufferedOutputStream}, a lock. Bytes reach the stream in large blocks. The caller owns the
 * stream: {@link #flush()} never closes it, nor does {@link #close()}.
 */
final class ByteSink extends OutputStream {
  private static final int CAPACITY = 1 << 16;

  private final OutputStream out;
  private final byte[] buf = new byte[CAPACITY];
  private int pos;
  /** The most bytes an int takes in decimal: a sign and ten digits. */
  static final int DECIMAL_BYTES = 11;
  private final byte[] digits = new byte[DECIMAL_BYTES];

  ByteSink(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    if (pos == CAPACITY) {
      drain();
    }
    buf[pos++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len > CAPACITY - pos) {
      drain();
      if (len > CAPACITY) {
        out.write(b, off, len);
        return;
      }
    }
    System.arraycopy(b, off, buf, pos, len);
    pos += len;
  }

  @Override
  public void write(byte[] b) throws IOException {
    write(b, 0, b.length);
  }

  /** Writes a string of ASCII characters, such as a header row or a tag. */
  void writeAscii(String s) throws IOException {
    write(s.getBytes(StandardCharsets.US_ASCII));
  }

  /** Writes a number in decimal, as JSON does: a line number, which a library caller may set to any int. */
  void writeDecimal(int n) throws IOException {
    int from = formatDecimal(n, digits);
    write(digits, from, digits.length - from);
  }

  /**
   * Writes {@code n} in decimal at the end of {@code into} (at least {@link #DECIMAL_BYTES} long);
   * returns where it starts.
   */
  static int formatDecimal(int n, byte[] into) {
    long v = n;
    int i = into.length;
    boolean negative = v < 0;
    if (negative) {
      v = -v;
    }
    do {
      into[--i] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v > 0);
    if (negative) {
      into[--i] = '-';
    }
    return i;
  }

  /** Hands everything buffered to the stream and flushes it. */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Hands everything buffered to the stream, without flushing it. */
  void drain() throws IOException {
    if (pos > 0) {
      out.write(buf, 0, pos);
      pos = 0;
    }
  }
}
