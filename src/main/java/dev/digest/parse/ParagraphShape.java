package dev.digest.parse;

import dev.digest.model.Text;
import dev.digest.model.Utf8;

/**
 * Tells a title from an abstract by its shape alone: a title is at most 300 characters, does not
 * end with a full stop, and has at most one sentence break inside ({@code .}, {@code ?} or
 * {@code !}, a space, then an upper-case letter).
 */
final class ParagraphShape {
  static final int TITLE_MAX_CHARS = 300;

  private ParagraphShape() {}

  static boolean isTitle(Text p) {
    return isTitle(p.bytes(), 0, p.length(), p.chars());
  }

  /** Shape of the UTF-8 text {@code b[from, to)}, which holds {@code chars} code points. */
  static boolean isTitle(byte[] b, int from, int to, int chars) {
    if (chars > TITLE_MAX_CHARS || to == from) {
      return false;
    }
    if (b[to - 1] == '.') {
      return false;
    }
    int len = to;
    int breaks = 0;
    for (int i = from; i + 2 < len; i++) {
      int c = b[i];
      if ((c == '.' || c == '?' || c == '!') && b[i + 1] == ' ' && isUpperCaseAt(b, i + 2, len)) {
        if (++breaks > 1) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isUpperCaseAt(byte[] b, int i, int len) {
    int c = b[i];
    if (c >= 0) {
      return c >= 'A' && c <= 'Z';
    }
    return Character.isUpperCase(Utf8.codePointAt(b, i, len));
  }
}
