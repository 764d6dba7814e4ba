package dev.digest.source;

import dev.digest.model.Text;
import java.util.Arrays;

/**
 * A JSON string's characters as a record's UTF-8 text, as written or unwrapped.
 *
 * <p>Unwrapped is how the Daily Papers API and the arXiv snapshot must be read so that a title or an
 * abstract is the text the page shows (SPEC Section 7): they hard-wrap long text at about 80
 * columns. A line break inside a paragraph is a space, a run of white space is one space, a blank
 * line between paragraphs is one line break, and white space at either end goes. White space is
 * what a web page collapses (space, tab, line feed, form feed, carriage return); any other
 * character, a no-break space included, stays as it is, as it does on the page.
 *
 * <p>One pass over the characters writes the UTF-8 and notes the text's {@link Text} marks (a
 * colon marks a possible link too), so that nothing scans the bytes again. A lone surrogate (a
 * {@code \ud800} escape with no partner) is no character and cannot be UTF-8: the methods return
 * false on one, and the reader reports it.
 */
final class PlainText {
  /** In {@link #ASCII}: the character is white space a page collapses. */
  private static final int WHITE = 0x100;
  /** In {@link #ASCII}: the character is a line break (CR counts unless LF follows). */
  private static final int BREAK = 0x200;
  /** For each ASCII character: its {@link Text} marks, and {@link #WHITE} and {@link #BREAK}. */
  private static final int[] ASCII = new int[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      ASCII[c] = Text.marksOf(c);
    }
    for (char c : new char[] {' ', '\t', '\f', '\n', '\r'}) {
      ASCII[c] |= WHITE;
    }
    ASCII['\n'] |= BREAK;
    ASCII['\r'] |= BREAK;
  }

  private byte[] out = new byte[1024];

  /** Appends {@code c[off, off + len)} to {@code into} as written; false on a lone surrogate. */
  boolean append(char[] c, int off, int len, Text into) {
    return append(c, off, len, into, false);
  }

  /** Appends {@code c[off, off + len)} to {@code into} unwrapped; false on a lone surrogate. */
  boolean appendUnwrapped(char[] c, int off, int len, Text into) {
    return append(c, off, len, into, true);
  }

  /**
   * The one pass of both. (The loop keeps its state in locals: the command line runs on the JVM's
   * first compiler, which keeps fields in memory.)
   */
  private boolean append(char[] c, int off, int len, Text into, boolean unwrap) {
    byte[] o = room(len);
    int n = 0;
    int chars = 0;
    int marks = 0;
    int end = off + len;
    boolean white = false; // white space came after the last character written
    int breaks = 0; // line breaks in that white space
    for (int i = off; i < end; i++) {
      char ch = c[i];
      int kind = ch < 0x80 ? ASCII[ch] : 0;
      if (unwrap && (kind & WHITE) != 0) {
        white = n > 0;
        if ((kind & BREAK) != 0 && !(ch == '\r' && i + 1 < end && c[i + 1] == '\n')) {
          breaks++;
        }
        continue;
      }
      if (white) {
        if (breaks >= 2) {
          o[n++] = '\n';
          marks |= Text.CONTROL;
        } else {
          o[n++] = ' ';
        }
        chars++;
        white = false;
      }
      breaks = 0;
      if (ch < 0x80) {
        o[n++] = (byte) ch;
        marks |= kind;
      } else {
        n = encode(c, i, end, o, n);
        if (n < 0) {
          return false;
        }
        if (Character.isHighSurrogate(ch)) {
          i++;
        }
      }
      chars++;
    }
    into.append(o, 0, n, chars, marks & ~(WHITE | BREAK));
    return true;
  }

  /** The buffer, with room for {@code len} UTF-16 units as UTF-8 (three bytes each at most). */
  private byte[] room(int len) {
    if (out.length < len * 3) {
      out = Arrays.copyOf(out, Math.max(len * 3, out.length * 2));
    }
    return out;
  }

  /**
   * Writes the non-ASCII character at {@code c[i]} as UTF-8 at {@code o[n]}; returns the new end,
   * or -1 on a lone surrogate.
   */
  private static int encode(char[] c, int i, int end, byte[] o, int n) {
    char ch = c[i];
    if (ch < 0x800) {
      o[n] = (byte) (0xC0 | (ch >> 6));
      o[n + 1] = (byte) (0x80 | (ch & 0x3F));
      return n + 2;
    }
    if (!Character.isSurrogate(ch)) {
      o[n] = (byte) (0xE0 | (ch >> 12));
      o[n + 1] = (byte) (0x80 | ((ch >> 6) & 0x3F));
      o[n + 2] = (byte) (0x80 | (ch & 0x3F));
      return n + 3;
    }
    if (!Character.isHighSurrogate(ch) || i + 1 == end || !Character.isLowSurrogate(c[i + 1])) {
      return -1;
    }
    int cp = Character.toCodePoint(ch, c[i + 1]);
    o[n] = (byte) (0xF0 | (cp >> 18));
    o[n + 1] = (byte) (0x80 | ((cp >> 12) & 0x3F));
    o[n + 2] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    o[n + 3] = (byte) (0x80 | (cp & 0x3F));
    return n + 4;
  }
}
