package dev.digest.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable run of UTF-8 bytes with its length in characters (Unicode code points).
 *
 * <p>The parser fills these buffers and hands them to writers without creating {@code String}s; a
 * buffer is reused for the next record, so a reader copies what it keeps.
 */
public final class Text {
  private byte[] bytes;
  private int length;
  private int chars;

  public Text() {
    this(256);
  }

  public Text(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  public static Text of(String s) {
    Text t = new Text();
    t.append(s);
    return t;
  }

  /** The backing array; only the first {@link #length()} bytes are meaningful. */
  public byte[] bytes() {
    return bytes;
  }

  public int length() {
    return length;
  }

  /** Length in Unicode code points. */
  public int chars() {
    return chars;
  }

  public boolean isEmpty() {
    return length == 0;
  }

  public byte byteAt(int i) {
    return bytes[i];
  }

  public void clear() {
    length = 0;
    chars = 0;
  }

  /** Appends {@code len} bytes of well-formed UTF-8 holding {@code charCount} code points. */
  public void append(byte[] src, int off, int len, int charCount) {
    ensure(length + len);
    System.arraycopy(src, off, bytes, length, len);
    length += len;
    chars += charCount;
  }

  public void append(Text other) {
    append(other.bytes, 0, other.length, other.chars);
  }

  /** Appends one ASCII byte. */
  public void appendAscii(int b) {
    ensure(length + 1);
    bytes[length++] = (byte) b;
    chars++;
  }

  public void append(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    append(b, 0, b.length, s.codePointCount(0, s.length()));
  }

  /** Cuts the text to its first {@code newLength} bytes, which drop {@code droppedChars} code points. */
  public void truncate(int newLength, int droppedChars) {
    length = newLength;
    chars -= droppedChars;
  }

  /** Exchanges contents with {@code other} without copying. */
  public void swap(Text other) {
    byte[] b = bytes;
    int l = length;
    int c = chars;
    bytes = other.bytes;
    length = other.length;
    chars = other.chars;
    other.bytes = b;
    other.length = l;
    other.chars = c;
  }

  public void copyFrom(Text other) {
    clear();
    append(other);
  }

  public boolean contentEquals(Text other) {
    return Arrays.equals(bytes, 0, length, other.bytes, 0, other.length);
  }

  private void ensure(int needed) {
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
    }
  }

  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  public String substring(int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }
}
