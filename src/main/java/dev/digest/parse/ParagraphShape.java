package dev.digest.parse;

import dev.digest.model.Swar;
import dev.digest.model.Text;
import dev.digest.model.Utf8;

/**
 * Tells a title from an abstract by its shape alone: a title is at most 300 characters, does not
 * end with a full stop, and has at most one sentence break inside ({@code .}, {@code ?} or
 * {@code !}, a space, then an upper-case letter).
 */
final class ParagraphShape {
  static final int TITLE_MAX_CHARS = 300;
  private static final long FULL_STOPS = Swar.broadcast('.');
  private static final long QUESTION_MARKS = Swar.broadcast('?');
  private static final long EXCLAMATION_MARKS = Swar.broadcast('!');

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
    int i = from;
    while (i + 2 < len) {
      // Most titles hold no stop at all: skip eight bytes at a time to the next one.
      if (i + 8 <= len) {
        long w = Swar.load(b, i);
        long stops = Swar.equalBytes(w, FULL_STOPS) | Swar.equalBytes(w, QUESTION_MARKS) | Swar.equalBytes(w, EXCLAMATION_MARKS);
        if (stops == 0) {
          i += 8;
          continue;
        }
        i += Swar.firstMarked(stops);
        if (i + 2 >= len) {
          break;
        }
      }
      int c = b[i];
      if ((c == '.' || c == '?' || c == '!') && b[i + 1] == ' ' && isUpperCaseAt(b, i + 2, len)) {
        if (++breaks > 1) {
          return false;
        }
      }
      i++;
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
