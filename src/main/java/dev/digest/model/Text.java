package dev.digest.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable run of UTF-8 bytes with its length in characters (Unicode code points).
 *
 * <p>The parser fills these buffers and hands them to writers without creating {@code String}s; a
 * buffer is reused for the next record, so a reader copies what it keeps.
 *
 * <p>A text also carries {@linkplain #marks() marks}: which of a few byte kinds it may hold. The
 * parser's line scan sees every byte anyway and records them, so a writer or the link finder can
 * skip a whole pass over an abstract that holds nothing it must treat specially. A clear mark is a
 * promise (the kind is absent); a set mark only says "look".
 */
public final class Text {
  /** A control character (below U+0020): tab, a line break, ... */
  public static final int CONTROL = 1;
  /** A double quote. */
  public static final int QUOTE = 1 << 1;
  /** A backslash. */
  public static final int BACKSLASH = 1 << 2;
  /** A colon. */
  public static final int COLON = 1 << 3;
  /** A colon followed by two slashes, as every link has. */
  public static final int LINK = 1 << 4;

  private byte[] bytes;
  private int length;
  private int chars;
  private int marks;

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

  /** The byte kinds the text may hold ({@link #CONTROL}, {@link #QUOTE}, ...); a clear bit means none. */
  public int marks() {
    return marks;
  }

  /** True when the text may hold a byte of one of the kinds in {@code kinds}. */
  public boolean mayHold(int kinds) {
    return (marks & kinds) != 0;
  }

  /** The marks of one byte; a colon may begin a link, with the bytes that come after it. */
  public static int marksOf(int b) {
    return b == ':' ? COLON | LINK : kindOf(b);
  }

  private static int kindOf(int b) {
    if (b >= 0 && b < 0x20) {
      return CONTROL;
    }
    switch (b) {
      case '"':
        return QUOTE;
      case '\\':
        return BACKSLASH;
      case ':':
        return COLON;
      default:
        return 0;
    }
  }

  /** The marks of {@code src[off, off + len)}, exactly: {@link #LINK} only for a "://" inside it. */
  public static int marksOf(byte[] src, int off, int len) {
    int m = 0;
    int end = off + len;
    for (int i = off; i < end; i++) {
      m |= kindOf(src[i]);
      if (src[i] == ':' && i + 2 < end && src[i + 1] == '/' && src[i + 2] == '/') {
        m |= LINK;
      }
    }
    return m;
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
    marks = 0;
  }

  /** Appends {@code len} bytes of well-formed UTF-8 holding {@code charCount} code points. */
  public void append(byte[] src, int off, int len, int charCount) {
    int m = marksOf(src, off, len);
    if (len > 0 && (src[off + len - 1] == ':' || (len > 1 && src[off + len - 2] == ':'))) {
      m |= LINK; // the slashes may come with the next append
    }
    append(src, off, len, charCount, m);
  }

  /**
   * Appends {@code len} bytes of well-formed UTF-8 holding {@code charCount} code points, whose
   * byte kinds the caller has already seen ({@code marks} must cover every kind present).
   */
  public void append(byte[] src, int off, int len, int charCount, int marks) {
    ensure(length + len);
    System.arraycopy(src, off, bytes, length, len);
    length += len;
    chars += charCount;
    this.marks |= marks;
  }

  public void append(Text other) {
    append(other.bytes, 0, other.length, other.chars, other.marks);
  }

  /** Appends one ASCII byte. */
  public void appendAscii(int b) {
    ensure(length + 1);
    bytes[length++] = (byte) b;
    chars++;
    marks |= marksOf(b);
  }

  public void append(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    append(b, 0, b.length, s.codePointCount(0, s.length()));
  }

  /**
   * Cuts the text to its first {@code newLength} bytes, which drop {@code droppedChars} code points.
   * The marks stay as they were: still a true cover of what is left.
   */
  public void truncate(int newLength, int droppedChars) {
    length = newLength;
    chars -= droppedChars;
  }

  /** Exchanges contents with {@code other} without copying. */
  public void swap(Text other) {
    byte[] b = bytes;
    int l = length;
    int c = chars;
    int m = marks;
    bytes = other.bytes;
    length = other.length;
    chars = other.chars;
    marks = other.marks;
    other.bytes = b;
    other.length = l;
    other.chars = c;
    other.marks = m;
  }

  /** The bytes this text can hold before it grows. */
  public int capacity() {
    return bytes.length;
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
