package dev.digest.parse;

import dev.digest.model.Swar;

/**
 * Where a new digest starts inside UTF-8 digest text: the places a long input may be cut so that
 * each piece, parsed by a parser of its own that numbers its lines from where the piece stands,
 * gives exactly the records and warnings the whole input gives there. At such a place the parser
 * ends every open record and starts afresh (SPEC 1: a furniture line after text starts a new
 * digest), so nothing of its state crosses the cut.
 *
 * <p>Three kinds of place, all of them the first line of a header ({@code new}, or either
 * "Get trending papers" line), each where no state of the parser could cross:
 *
 * <ul>
 *   <li>a line that is one of them, when the last non-blank line before it is text (after page
 *       furniture it would go on with a header, and the header's next line tells its layout);
 *   <li>one of the "Get trending papers" lines glued to the end of text by {@code cat}: the cut is
 *       where it starts, inside the line;
 *   <li>a {@code new} glued to the end of text that the next non-blank line confirms as a header
 *       (furniture other than {@code new} itself).
 * </ul>
 *
 * In each case the text before the cut must read the same when it ends the piece as when it runs
 * on: it is text (not furniture), does not end with furniture glued to it, and no glued {@code
 * new} waits on the line before. Where any of this is unsure, there is simply no cut: a cut is an
 * opportunity, never a necessity.
 */
public final class DigestBoundaries {
  /** No place to cut in the bytes given; with more bytes there may be one. */
  public static final int NONE = -1;

  private DigestBoundaries() {}

  /**
   * The first place to cut at or after {@code from} in {@code b[0, end)}, never 0; {@link #NONE}
   * when there is none in those bytes. {@code atEnd} says that the input ends at {@code end}: the
   * last line is then complete without a line end, and there is nothing more to look ahead to.
   * {@code b[0]} must be the start of a line, and where a cut depends on the lines after it, they
   * must be in {@code b} for it to be found.
   */
  public static int find(byte[] b, int from, int end, boolean atEnd) {
    int p = lineStartAtOrAfter(b, Math.max(from, 1), end);
    while (p < end) {
      int te = lineEnd(b, p, end);
      if (te == end && !atEnd) {
        return NONE;
      }
      int next = afterLineEnd(b, te, end, atEnd);
      if (next < 0) {
        return NONE;
      }
      if (mayEndWithAHeader(b, p, te)) {
        int s = trimStart(b, p, te);
        int e = trimEnd(b, s, te);
        if (s < e) {
          int cut = cutIn(b, p, s, e, next, end, atEnd);
          if (cut != NONE) {
            return cut;
          }
        }
      }
      p = next;
    }
    return NONE;
  }

  /**
   * A quick test that lets most lines go unexamined: every header a cut is made at ends its line
   * with {@code new} or with the "Get trending papers" line's {@code !}, so a line whose last
   * character, white space aside, is neither cannot hold one. Bytes of other characters than ASCII
   * are passed over as if they were white space (some are: U+200B, U+00A0), which only lets a few
   * more lines through to the full test.
   */
  private static boolean mayEndWithAHeader(byte[] b, int p, int te) {
    int e = te;
    while (e > p && (b[e - 1] <= ' ')) {
      e--;
    }
    return e > p && (b[e - 1] == 'w' || b[e - 1] == '!');
  }

  private static int cutIn(byte[] b, int lineStart, int s, int e, int next, int end, boolean atEnd) {
    Furniture whole = Furniture.wholeLine(b, s, e);
    if (whole != null) {
      return startsAHeader(whole) && textComesBefore(b, lineStart) ? lineStart : NONE;
    }
    Furniture tail = Furniture.gluedAtEnd(b, s, e);
    if (tail != null) {
      int cut = e - tail.length();
      return readsTheSameAlone(b, s, cut) ? cut : NONE;
    }
    if (Furniture.gluedNew(b, s, e) != null) {
      int cut = e - Furniture.NEW.length();
      return readsTheSameAlone(b, s, cut) && confirmedAsHeader(b, next, end, atEnd) ? cut : NONE;
    }
    return NONE;
  }

  private static boolean startsAHeader(Furniture f) {
    return f == Furniture.NEW || f == Furniture.TRENDING || f == Furniture.TRENDING_DAILY;
  }

  /**
   * The text {@code b[s, cut)} (white space at its end trimmed) is parsed as it is in place when it
   * ends a piece: it is text, with no furniture glued to its end that it would only show alone.
   */
  private static boolean readsTheSameAlone(byte[] b, int s, int cut) {
    int e = trimEnd(b, s, cut);
    return e > s && Furniture.wholeLine(b, s, e) == null && Furniture.gluedAtEnd(b, s, e) == null;
  }

  /** The last non-blank line before {@code lineStart} is plain text: no furniture, nothing glued to its end. */
  private static boolean textComesBefore(byte[] b, int lineStart) {
    int le = lineStart;
    while (le > 0) {
      int te = le - 1;
      if (b[te] == '\n' && te > 0 && b[te - 1] == '\r') {
        te--;
      }
      int ls = te;
      while (ls > 0 && b[ls - 1] != '\n' && b[ls - 1] != '\r') {
        ls--;
      }
      int s = trimStart(b, ls, te);
      int e = trimEnd(b, s, te);
      if (s < e) {
        return Furniture.wholeLine(b, s, e) == null
            && Furniture.gluedAtEnd(b, s, e) == null
            && Furniture.gluedNew(b, s, e) == null;
      }
      le = ls;
    }
    return false;
  }

  /** The next non-blank line from {@code p} is furniture other than {@code new}, and it is in {@code b}. */
  private static boolean confirmedAsHeader(byte[] b, int p, int end, boolean atEnd) {
    while (p < end) {
      int te = lineEnd(b, p, end);
      if (te == end && !atEnd) {
        return false;
      }
      int s = trimStart(b, p, te);
      int e = trimEnd(b, s, te);
      if (s < e) {
        Furniture f = Furniture.wholeLine(b, s, e);
        return f != null && f != Furniture.NEW;
      }
      int next = afterLineEnd(b, te, end, atEnd);
      if (next < 0) {
        return false;
      }
      p = next;
    }
    return false;
  }

  private static int lineStartAtOrAfter(byte[] b, int from, int end) {
    int p = from;
    while (p < end && !isLineStart(b, p, end)) {
      p++;
    }
    return p;
  }

  private static boolean isLineStart(byte[] b, int p, int end) {
    byte before = b[p - 1];
    return before == '\n' || (before == '\r' && b[p] != '\n');
  }

  /** Where the line from {@code p} ends: its CR or LF, or {@code end}. Eight bytes a step, to the first control byte. */
  private static int lineEnd(byte[] b, int p, int end) {
    while (p + 8 <= end) {
      long marks = Swar.controlBytes(Swar.load(b, p));
      if (marks == 0) {
        p += 8;
        continue;
      }
      int i = p + Swar.firstMarked(marks);
      if (b[i] == '\n' || b[i] == '\r') {
        return i;
      }
      p = i + 1;
    }
    while (p < end && b[p] != '\n' && b[p] != '\r') {
      p++;
    }
    return p;
  }

  /**
   * The start of the next line after the line end at {@code te}; -1 when a CR ends the bytes given
   * and more may come (an LF may follow it).
   */
  private static int afterLineEnd(byte[] b, int te, int end, boolean atEnd) {
    if (te == end) {
      return end;
    }
    if (b[te] == '\r') {
      if (te + 1 == end) {
        return atEnd ? end : -1;
      }
      return b[te + 1] == '\n' ? te + 2 : te + 1;
    }
    return te + 1;
  }

  private static int trimStart(byte[] b, int s, int e) {
    int w;
    while (s < e && (w = Whitespace.leading(b, s, e)) > 0) {
      s += w;
    }
    return s;
  }

  private static int trimEnd(byte[] b, int s, int e) {
    int w;
    while (e > s && (w = Whitespace.trailing(b, s, e)) > 0) {
      e -= w;
    }
    return e;
  }
}
