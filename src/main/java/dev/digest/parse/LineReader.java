package dev.digest.parse;

import dev.digest.model.Swar;
import dev.digest.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits UTF-8 bytes into lines (LF, CRLF or CR), checking that the bytes are well-formed UTF-8
 * and hold no NUL, without decoding them.
 *
 * <p>This is the parser's hot loop. It tests eight bytes at a time for anything that is not plain
 * printable ASCII (a byte below 0x20 or above 0x7F) or that is a double quote, a backslash or a
 * colon, and looks at single bytes only where that test fires (for a colon: whether "//" follows,
 * as in a link). One branch a step: which kind fired is sorted out byte by byte. On the way it notes which of those
 * the line holds (its {@linkplain Text#marks() marks}), so that later stages can skip the lines'
 * text instead of scanning it again.
 */
final class LineReader {
  private static final long SPACES = Swar.broadcast(' ');
  private static final long QUOTES = Swar.broadcast('"');
  private static final long BACKSLASHES = Swar.broadcast('\\');
  private static final long COLONS = Swar.broadcast(':');
  private static final int INITIAL_BUFFER = 256 * 1024;

  private final InputStream in;
  private final String source;
  private final int maxLineBytes;
  private final int maxLineChars;
  private byte[] buf;
  private int limit;
  private int pos;
  private boolean eof;
  private boolean skipLf;
  private int lineNumber;

  private int start;
  private int end;
  private int chars;
  private int marks;
  private boolean overLong;

  /**
   * @param maxLineChars the longest line accepted, in characters; the caller's paragraph limit
   */
  LineReader(InputStream in, String source, int maxLineChars) {
    this(in, source, maxLineChars, 0);
  }

  /** @param linesBefore lines that came before {@code in}, where numbering goes on from */
  LineReader(InputStream in, String source, int maxLineChars, int linesBefore) {
    this(in, new byte[INITIAL_BUFFER], 0, false, source, maxLineChars, linesBefore);
  }

  /**
   * Lines of text already in memory, {@code text[0, length)}, read in place: no copy, no buffer of
   * its own. The reader may move bytes within {@code text}, which is then its own.
   */
  LineReader(byte[] text, int length, String source, int maxLineChars, int linesBefore) {
    this(InputStream.nullInputStream(), text, length, true, source, maxLineChars, linesBefore);
  }

  private LineReader(InputStream in, byte[] buf, int limit, boolean eof, String source, int maxLineChars, int linesBefore) {
    this.buf = buf;
    this.limit = limit;
    this.eof = eof;
    this.lineNumber = linesBefore;
    this.in = in;
    this.source = source;
    this.maxLineChars = maxLineChars;
    // A character takes at most four bytes, so a longer line is over the limit whatever it holds.
    this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 64L, 4L * maxLineChars + 4);
  }

  byte[] buffer() {
    return buf;
  }

  /** Start of the current line in {@link #buffer()}. */
  int start() {
    return start;
  }

  /** End (exclusive) of the current line, without its line end. */
  int end() {
    return end;
  }

  /** Characters (code points) in the current line. */
  int chars() {
    return chars;
  }

  /** The byte kinds in the current line, as {@link Text#marks()} counts them. */
  int marks() {
    return marks;
  }

  /** 1-based number of the current line. */
  int lineNumber() {
    return lineNumber;
  }

  /** Advances to the next line; false at the end of the input. */
  boolean next() throws IOException {
    if (skipLf) {
      skipLf = false;
      if (pos == limit && !fill(pos)) {
        return false;
      }
      if (buf[pos] == '\n') {
        pos++;
      }
    }
    int lineStart = pos;
    int continuation = 0;
    int lineMarks = 0;
    int i = pos;
    for (;;) {
      int fastLimit = limit - 8;
      while (i <= fastLimit) {
        long w = Swar.load(buf, i);
        // One test for all eight bytes: any quote, backslash or colon (zero bytes after the xor),
        // control byte (below 0x20) or byte of a multi-byte character (above 0x7F) leaves a high
        // bit set. Those are rare in a line; the byte loop below sorts them out.
        long xq = w ^ QUOTES;
        long xb = w ^ BACKSLASHES;
        long xc = w ^ COLONS;
        long special = ((xq - Swar.ONES) & ~xq) | ((xb - Swar.ONES) & ~xb) | ((xc - Swar.ONES) & ~xc) | (w - SPACES) | w;
        if ((special & Swar.HIGH_BITS) != 0) {
          break;
        }
        i += 8;
      }
      int slowLimit = Math.min(i + 8, limit);
      while (i < slowLimit) {
        int b = buf[i];
        if (b >= 0x20) {
          if (b == '"') {
            lineMarks |= Text.QUOTE;
          } else if (b == '\\') {
            lineMarks |= Text.BACKSLASH;
          } else if (b == ':') {
            lineMarks |= colonMarks(i, i + 1);
          }
          i++;
        } else if (b < 0) {
          int n = sequenceLength(i);
          if (n == 0) {
            break; // the sequence runs past the data read so far
          }
          continuation += n - 1;
          i += n;
        } else if (b == '\n' || b == '\r') {
          countLine();
          start = lineStart;
          end = i;
          chars = i - lineStart - continuation;
          marks = lineMarks;
          if (b == '\r') {
            if (i + 1 < limit) {
              i += buf[i + 1] == '\n' ? 1 : 0;
            } else {
              skipLf = true;
            }
          }
          pos = i + 1;
          return true;
        } else if (b == 0) {
          throw new DigestInputException(
              source,
              lineNumber + 1,
              "binary input (a NUL byte), not the text of a digest",
              "give digest the plain text copied from a paper-listing page");
        } else {
          lineMarks |= Text.CONTROL;
          i++;
        }
      }
      boolean incomplete = i < slowLimit && i < limit;
      if (!incomplete && i < limit) {
        continue;
      }
      // Out of data, or a multi-byte sequence runs past it: read more, keeping the partial line.
      int shift = lineStart;
      boolean more = fill(lineStart);
      i -= shift;
      lineStart = 0;
      if (!more) {
        if (i < limit) {
          throw malformed(i, lineNumber + 1);
        }
        if (limit == 0) {
          pos = 0;
          return false;
        }
        countLine();
        start = 0;
        end = limit;
        chars = limit - continuation;
        marks = lineMarks;
        pos = limit;
        return true;
      }
    }
  }

  /**
   * The marks of the colons in {@code buf[from, to)}: {@link Text#LINK} as well when one is followed
   * by two slashes, or may be (the bytes after it are not read yet).
   */
  private int colonMarks(int from, int to) {
    for (int k = from; k < to; k++) {
      if (buf[k] == ':' && (k + 2 >= limit || (buf[k + 1] == '/' && buf[k + 2] == '/'))) {
        return Text.COLON | Text.LINK;
      }
    }
    return Text.COLON;
  }

  /**
   * Moves the bytes from {@code keepFrom} to the front of the buffer, then reads more input. False
   * at the end of the input.
   */
  private boolean fill(int keepFrom) throws IOException {
    if (keepFrom > 0) {
      System.arraycopy(buf, keepFrom, buf, 0, limit - keepFrom);
      limit -= keepFrom;
      pos = Math.max(0, pos - keepFrom);
    }
    if (eof) {
      return false;
    }
    if (limit == buf.length) {
      if (buf.length >= maxLineBytes) {
        throw tooLong();
      }
      buf = Arrays.copyOf(buf, (int) Math.min(maxLineBytes, 2L * buf.length));
    }
    int n;
    do {
      n = in.read(buf, limit, buf.length - limit);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /**
   * Line numbers are {@code int}s, as records and diagnostics carry them: an input of more lines is
   * refused rather than numbered wrongly.
   */
  private void countLine() throws DigestInputException {
    if (lineNumber == Integer.MAX_VALUE) {
      throw new DigestInputException(
          source,
          lineNumber,
          "more than " + Integer.MAX_VALUE + " lines in one input, more than digest can number",
          "split it (split -l 1000000000) and give digest the parts, which it reads as one run");
    }
    lineNumber++;
  }

  /** The last error was a line over the limit (the parser then names its paragraph's first line). */
  boolean overLong() {
    return overLong;
  }

  private DigestInputException tooLong() {
    overLong = true;
    return new DigestInputException(
        source,
        lineNumber + 1,
        "a line longer than " + maxLineChars + " characters, over the record limit",
        "raise the limit with --max-record if the text is real");
  }

  /**
   * Length of the well-formed UTF-8 sequence starting at {@code i} (2 to 4), or 0 when it runs past
   * the bytes read so far. Throws on a malformed sequence (RFC 3629: no overlong forms, no
   * surrogates, nothing above U+10FFFF).
   */
  private int sequenceLength(int i) throws DigestInputException {
    int b0 = buf[i] & 0xFF;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      n = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      n = 3;
      if (b0 == 0xE0) {
        lo = 0xA0;
      } else if (b0 == 0xED) {
        hi = 0x9F;
      }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      n = 4;
      if (b0 == 0xF0) {
        lo = 0x90;
      } else if (b0 == 0xF4) {
        hi = 0x8F;
      }
    } else {
      throw malformed(i, lineNumber + 1);
    }
    int available = limit - i;
    for (int k = 1; k < n; k++) {
      if (k >= available) {
        return 0;
      }
      int b = buf[i + k] & 0xFF;
      if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) {
        throw malformed(i, lineNumber + 1);
      }
    }
    return n;
  }

  private DigestInputException malformed(int at, int line) {
    StringBuilder bytes = new StringBuilder();
    for (int k = at; k < Math.min(limit, at + 4); k++) {
      bytes.append(bytes.length() == 0 ? "" : " ").append(String.format("0x%02X", buf[k] & 0xFF));
    }
    return new DigestInputException(
        source,
        line,
        "bytes that are not valid UTF-8 (" + bytes + ")",
        "if the file is in another encoding, name it with --encoding (for example --encoding windows-1252)");
  }
}
