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
 * <p>A lone surrogate (a {@code \ud800} escape with no partner) is no character and cannot be
 * UTF-8: {@link #append} returns false on one, and the reader reports it.
 */
final class PlainText {
  private byte[] out = new byte[1024];
  /** Bytes and characters written to {@link #out} for the text being appended. */
  private int n;
  private int chars;

  /** Appends {@code c[off, off + len)} to {@code into} as written; false on a lone surrogate. */
  boolean append(char[] c, int off, int len, Text into) {
    start(len);
    if (copy(c, off, off + len, false) < 0) {
      return false;
    }
    into.append(out, 0, n, chars);
    return true;
  }

  /** Appends {@code c[off, off + len)} to {@code into} unwrapped; false on a lone surrogate. */
  boolean appendUnwrapped(char[] c, int off, int len, Text into) {
    start(len);
    int end = off + len;
    int i = off;
    while (i < end) {
      int breaks = 0;
      int white = i;
      while (i < end && isWhite(c[i])) {
        if (c[i] == '\n' || (c[i] == '\r' && (i + 1 == end || c[i + 1] != '\n'))) {
          breaks++;
        }
        i++;
      }
      if (i == end) {
        break;
      }
      if (i > white && n > 0) {
        out[n++] = (byte) (breaks >= 2 ? '\n' : ' ');
        chars++;
      }
      i = copy(c, i, end, true);
      if (i < 0) {
        return false;
      }
    }
    into.append(out, 0, n, chars);
    return true;
  }

  private void start(int len) {
    if (out.length < len * 3) {
      out = Arrays.copyOf(out, Math.max(len * 3, out.length * 2));
    }
    n = 0;
    chars = 0;
  }

  /**
   * Writes {@code c[from, to)} as UTF-8, up to the first white space when {@code toWhite}; returns
   * where it stopped, or -1 on a lone surrogate.
   */
  private int copy(char[] c, int from, int to, boolean toWhite) {
    int i = from;
    while (i < to && !(toWhite && isWhite(c[i]))) {
      char ch = c[i];
      if (ch < 0x80) {
        out[n++] = (byte) ch;
      } else if (!encode(c, i, to)) {
        return -1;
      } else if (Character.isHighSurrogate(ch)) {
        i++;
      }
      chars++;
      i++;
    }
    return i;
  }

  /** True for the white space a web page collapses. */
  static boolean isWhite(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
  }

  /** Writes the non-ASCII character at {@code c[i]} as UTF-8 at {@code out[n]}; false on a lone surrogate. */
  private boolean encode(char[] c, int i, int end) {
    char ch = c[i];
    if (ch < 0x800) {
      out[n++] = (byte) (0xC0 | (ch >> 6));
      out[n++] = (byte) (0x80 | (ch & 0x3F));
      return true;
    }
    if (!Character.isSurrogate(ch)) {
      out[n++] = (byte) (0xE0 | (ch >> 12));
      out[n++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
      out[n++] = (byte) (0x80 | (ch & 0x3F));
      return true;
    }
    if (!Character.isHighSurrogate(ch) || i + 1 == end || !Character.isLowSurrogate(c[i + 1])) {
      return false;
    }
    int cp = Character.toCodePoint(ch, c[i + 1]);
    out[n++] = (byte) (0xF0 | (cp >> 18));
    out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
    out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    out[n++] = (byte) (0x80 | (cp & 0x3F));
    return true;
  }
}
