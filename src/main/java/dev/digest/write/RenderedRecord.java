package dev.digest.write;

import dev.digest.model.Text;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One record a {@link RecordRenderer} formatted: a slice of {@link RenderedBytes} with two places
 * the run fills in, as only it knows them: where the base key ends (the run puts the suffix that
 * makes the key unique there) and the span of the line number (the record's line within its piece
 * of the input, which the run replaces with its line in the whole input). Reused from record to
 * record by whoever hands records on.
 */
public final class RenderedRecord {
  private RenderedBytes bytes = new RenderedBytes(0);
  private int from;
  private int to;
  private int keyEnd = -1;
  private int baseKeyLength;
  private int lineFrom = -1;
  private int lineTo = -1;
  private final byte[] digits = new byte[11];

  /** Points at {@code bytes[from, to)}, its key {@code baseKeyLength} bytes long when it was rendered. */
  @SuppressFBWarnings(value = "EI_EXPOSE_REP2", justification = "a view of the bytes it is given, as RecordView is of its text")
  public void set(RenderedBytes bytes, int from, int to, int baseKeyLength) {
    this.bytes = bytes;
    this.from = from;
    this.to = to;
    this.baseKeyLength = baseKeyLength;
  }

  /** Where, in the bytes, the base key ends (-1: the record's bytes hold no key); set by the renderer. */
  public void setKeyEnd(int keyEnd) {
    this.keyEnd = keyEnd;
  }

  /** The span, in the bytes, of the line number (-1: none); set by the renderer. */
  public void setLine(int lineFrom, int lineTo) {
    this.lineFrom = lineFrom;
    this.lineTo = lineTo;
  }

  public int keyEnd() {
    return keyEnd;
  }

  public int lineFrom() {
    return lineFrom;
  }

  public int lineTo() {
    return lineTo;
  }

  /** Forgets the places, before a renderer sets them for the next record. */
  public void clearPlaces() {
    keyEnd = -1;
    lineFrom = -1;
    lineTo = -1;
  }

  /**
   * Writes the record with {@code key}, its base key and the suffix the run gave it, and with {@code
   * line} in place of the line number it was rendered with.
   */
  void writeTo(OutputStream out, Text key, int line) throws IOException {
    byte[] b = bytes.array();
    int suffix = key.length() - baseKeyLength;
    int at = from;
    boolean keyFirst = keyEnd >= 0 && (lineFrom < 0 || keyEnd <= lineFrom);
    if (keyFirst && suffix > 0) {
      out.write(b, at, keyEnd - at);
      out.write(key.bytes(), baseKeyLength, suffix);
      at = keyEnd;
    }
    if (lineFrom >= 0) {
      out.write(b, at, lineFrom - at);
      writeDecimal(out, line);
      at = lineTo;
    }
    if (!keyFirst && keyEnd >= 0 && suffix > 0) {
      out.write(b, at, keyEnd - at);
      out.write(key.bytes(), baseKeyLength, suffix);
      at = keyEnd;
    }
    out.write(b, at, to - at);
  }

  private void writeDecimal(OutputStream out, int n) throws IOException {
    long v = n;
    int i = digits.length;
    boolean negative = v < 0;
    if (negative) {
      v = -v;
    }
    do {
      digits[--i] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v > 0);
    if (negative) {
      digits[--i] = '-';
    }
    out.write(digits, i, digits.length - i);
  }
}
