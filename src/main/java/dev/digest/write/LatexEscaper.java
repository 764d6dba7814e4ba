package dev.digest.write;

import dev.digest.model.Swar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes UTF-8 plain text as the LaTeX of a BibTeX field value, so that BibTeX, biber, LaTeX and
 * other readers decode it back to the same text and no character of it acts as markup.
 *
 * <ul>
 *   <li>{@code $ % & # _} become {@code \$ \% \& \# \_}.
 *   <li>{@code \ ^ ~} become {@code {\textbackslash} {\textasciicircum} {\textasciitilde}}. The
 *       command sits inside braces: BibTeX's {@code change.case$} then leaves its name alone (with
 *       {@code "u"} it would write {@code \TEXTBACKSLASH}), and a reader that does not know the
 *       command drops only it, not the group after it.
 *   <li>{@code < > |} become {@code {\textless} {\textgreater} {\textbar}}, braced likewise. Raw,
 *       LaTeX's default font encoding (OT1) prints them as {@code ¡ ¿} and an em dash, and Zotero's
 *       BibTeX reader decodes them so: {@code (<80ms)} would be imported as {@code (¡80ms)}.
 *   <li>Braces that pair up in the text become {@code \{ \}}, which every reader decodes. BibTeX
 *       counts those braces too, so a brace without a partner becomes {@code {\textbraceleft}} or
 *       {@code {\textbraceright}}: the field's braces balance whatever the text holds.
 *   <li>An empty group {@code {}} parts two characters that TeX would join into another one
 *       ({@code --}, {@code ``}, {@code ''}, {@code ?`}, {@code !`}, {@code ,,}).
 *   <li>Tab, line ends and every other control character become a space; BibTeX cannot carry them.
 *       BibTeX and LaTeX merge a run of white space into one space, so within a run an empty group
 *       precedes each further space, and one guards a space at either end of the value.
 * </ul>
 *
 * <p>Everything else, non-ASCII text included, is copied as is, in runs: eight bytes at a time a
 * scan looks for the few bytes that may need escaping, and only those are looked at one by one.
 * A value is bound with {@link #begin} and written with {@link #write}, in one piece or in
 * consecutive parts (the title writer puts its case-protecting braces between parts).
 */
final class LatexEscaper {
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long C2_BYTES = Swar.broadcast(0xC2);
  /** {@code <} and {@code >} differ in this bit only: or-ed in, both read as {@code >}. */
  private static final long ANGLE_BRACKET_BIT = Swar.broadcast(0x02);
  private static final long GREATER_THAN_BYTES = Swar.broadcast('>');
  private static final byte PLAIN = 0;
  /** Always written differently. */
  private static final byte SPECIAL = 1;
  /** Written differently only next to certain characters (a ligature, a run of white space). */
  private static final byte PAIRED = 2;

  private static final byte[] KIND = new byte[256];
  /** For a ligature's first character, the second one. */
  private static final byte[] LIGATURE_SECOND = new byte[128];

  /** For the characters written as a braced text command, that command. */
  private static final byte[][] COMMAND = new byte[128][];
  private static final byte[] LONE_OPEN_BRACE = ascii("{\\textbraceleft}");
  private static final byte[] LONE_CLOSE_BRACE = ascii("{\\textbraceright}");
  private static final byte[] EMPTY_GROUP = ascii("{}");

  static {
    for (int c = 0; c < 0x20; c++) {
      KIND[c] = SPECIAL;
    }
    KIND[0x7F] = SPECIAL;
    for (char c : "\\{}$%&#_^~<>|".toCharArray()) {
      KIND[c] = SPECIAL;
    }
    COMMAND['\\'] = ascii("{\\textbackslash}");
    COMMAND['^'] = ascii("{\\textasciicircum}");
    COMMAND['~'] = ascii("{\\textasciitilde}");
    COMMAND['<'] = ascii("{\\textless}");
    COMMAND['>'] = ascii("{\\textgreater}");
    COMMAND['|'] = ascii("{\\textbar}");
    KIND[' '] = PAIRED;
    // 0xC2 starts U+0080..U+00BF, of which U+0080..U+009F are control characters.
    KIND[0xC2] = PAIRED;
    String ligatures = "--``''?`!`,,";
    for (int i = 0; i < ligatures.length(); i += 2) {
      KIND[ligatures.charAt(i)] = PAIRED;
      LIGATURE_SECOND[ligatures.charAt(i)] = (byte) ligatures.charAt(i + 1);
    }
  }

  private byte[] b;
  private int valueStart;
  private int valueEnd;
  private final LatexBraces braces = new LatexBraces();
  private boolean bracesPaired;

  /** Binds the value {@code b[start, end)}, which the following {@link #write} calls escape. */
  void begin(byte[] bytes, int start, int end) {
    this.b = bytes;
    this.valueStart = start;
    this.valueEnd = end;
    this.bracesPaired = false;
  }

  /** Escapes all of {@code b[start, end)}. */
  void writeValue(ByteSink out, byte[] bytes, int start, int end) throws IOException {
    begin(bytes, start, end);
    write(out, start, end);
  }

  /**
   * Escapes {@code [from, to)} of the bound value. Parts must not split a UTF-8 sequence or a
   * run of white space.
   */
  void write(ByteSink out, int from, int to) throws IOException {
    byte[] b = this.b;
    int run = from;
    int i = from;
    if (i == valueStart && i < to) {
      // A space opening the value needs a guard the eight-byte scan does not look for.
      i = exact(out, i, i + 1, to);
      run = i;
    }
    while (i + 9 <= to) {
      int candidate = nextCandidate(b, i, to);
      if (candidate < 0) {
        // The scan covered all but the last bytes; they are looked at one by one, from one early.
        i = to - 9;
        break;
      }
      // A byte may need its guard because of the byte after it ("?`"): look one back.
      int start = Math.max(i, candidate - 1);
      out.write(b, run, start - run);
      i = exact(out, start, candidate + 1, to);
      run = i;
    }
    out.write(b, run, i - run);
    exact(out, i, to, to);
  }

  /**
   * Writes {@code [from, until)} byte by byte, and further while a special character's escape
   * consumes it (a run of white space); returns where it stopped, at most {@code to}.
   */
  private int exact(ByteSink out, int from, int until, int to) throws IOException {
    byte[] b = this.b;
    int run = from;
    int i = from;
    while (i < until) {
      int c = b[i] & 0xFF;
      byte kind = KIND[c];
      if (kind == PLAIN || (kind == PAIRED && !startsPair(c, i))) {
        i++;
        continue;
      }
      out.write(b, run, i - run);
      i = writeSpecial(out, c, i, to);
      run = i;
    }
    out.write(b, run, i - run);
    return i;
  }

  /**
   * Index of the first byte in {@code b[from, to - 1)}, eight at a time, that may need escaping,
   * or -1. It may name a byte that needs nothing (a doubled digit, a {@code ]}), never miss one
   * that does: a control character, {@code # $ % & \ ^ _ ` { } ~ < > |}, the byte 0xC2
   * (U+0080..U+009F are control characters), and a byte equal to the next one below 0x40 (a
   * ligature such as {@code --} or {@code ''}, or a second space). A {@code ?} or {@code !} before
   * a grave accent is left to the caller, which looks one byte back.
   */
  static int nextCandidate(byte[] b, int from, int to) {
    int i = from;
    for (; i + 9 <= to; i += 8) {
      long v = Swar.load(b, i);
      long next = Swar.load(b, i + 1);
      long low = v & LOW_SEVEN;
      long ascii = ~v & Swar.HIGH_BITS;
      long atLeast20 = low + 0x6060606060606060L;
      long atLeast23 = low + 0x5D5D5D5D5D5D5D5DL;
      long atLeast27 = low + 0x5959595959595959L;
      long atLeast40 = low + 0x4040404040404040L;
      long atLeast5C = low + 0x2424242424242424L;
      long atLeast61 = low + 0x1F1F1F1F1F1F1F1FL;
      long atLeast7B = low + 0x0505050505050505L;
      long controlOrSpecial = ~atLeast20 | (atLeast23 & ~atLeast27) | (atLeast5C & ~atLeast61) | atLeast7B;
      long doubledBelow40 = zeroBytes(v ^ next) & ~atLeast40;
      long special = controlOrSpecial | doubledBelow40;
      long angleBracket = zeroBytes((v | ANGLE_BRACKET_BIT) ^ GREATER_THAN_BYTES);
      long found = (special & ascii) | angleBracket | zeroBytes(v ^ C2_BYTES);
      if (found != 0) {
        return i + Swar.firstMarked(found);
      }
    }
    return -1;
  }

  /** The high bit of each byte of {@code v} that is zero, exactly (no borrow between bytes). */
  private static long zeroBytes(long v) {
    return ~(((v & LOW_SEVEN) + LOW_SEVEN) | v | LOW_SEVEN);
  }

  /** True when some byte of {@code [from, to)} of the bound value is not written as it is. */
  boolean needsEscaping(int from, int to) {
    if (from < to && from == valueStart && escapesSome(from, from + 1)) {
      return true;
    }
    int i = from;
    while (i + 9 <= to) {
      int candidate = nextCandidate(b, i, to);
      if (candidate < 0) {
        i = to - 9;
        break;
      }
      if (escapesSome(Math.max(i, candidate - 1), candidate + 1)) {
        return true;
      }
      i = candidate + 1;
    }
    return escapesSome(i, to);
  }

  /** True when some byte of {@code [from, to)}, looked at one by one, is not written as it is. */
  private boolean escapesSome(int from, int to) {
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      byte kind = KIND[c];
      if (kind == SPECIAL || (kind == PAIRED && startsPair(c, i))) {
        return true;
      }
    }
    return false;
  }

  /** True when the paired character at {@code i} meets its partner. */
  private boolean startsPair(int c, int i) {
    if (c == ' ') {
      return i == valueStart || i + 1 == valueEnd || whiteLength(b, i + 1, valueEnd) > 0;
    }
    if (i + 1 >= valueEnd) {
      return false;
    }
    if (c == 0xC2) {
      return (b[i + 1] & 0xFF) <= 0x9F;
    }
    return b[i + 1] == LIGATURE_SECOND[c];
  }

  /** Writes the character at {@code i} and returns where the next one starts. */
  private int writeSpecial(ByteSink out, int c, int i, int to) throws IOException {
    if (c < COMMAND.length && COMMAND[c] != null) {
      out.write(COMMAND[c]);
      return i + 1;
    }
    switch (c) {
      case '$':
      case '%':
      case '&':
      case '#':
      case '_':
        out.write('\\');
        out.write(c);
        return i + 1;
      case '{':
        writeOpenBrace(out, i);
        return i + 1;
      case '}':
        if (isLoneBrace(i)) {
          out.write(LONE_CLOSE_BRACE);
        } else {
          out.write('\\');
          out.write('}');
        }
        return i + 1;
      default:
        if (whiteLength(b, i, valueEnd) > 0) {
          return writeWhiteRun(out, i, to);
        }
        // The first character of a ligature.
        out.write(c);
        out.write(EMPTY_GROUP);
        return i + 1;
    }
  }

  private void writeOpenBrace(ByteSink out, int i) throws IOException {
    if (isLoneBrace(i)) {
      out.write(LONE_OPEN_BRACE);
      return;
    }
    out.write('\\');
    out.write('{');
    // To BibTeX, "{\" at brace depth 0 opens a "special character", whose letters change.case$
    // changes even inside nested braces: keep the next escape from starting with a backslash.
    if (i + 1 < valueEnd && escapeStartsWithBackslash(i + 1)) {
      out.write(EMPTY_GROUP);
    }
  }

  private boolean escapeStartsWithBackslash(int i) {
    switch (b[i]) {
      case '$':
      case '%':
      case '&':
      case '#':
      case '_':
        return true;
      case '{':
      case '}':
        return !isLoneBrace(i);
      default:
        return false;
    }
  }

  /**
   * Writes a run of white space as spaces, parted by empty groups so that no reader merges them,
   * and guarded by an empty group at either end of the value, where BibTeX would drop it.
   */
  private int writeWhiteRun(ByteSink out, int i, int to) throws IOException {
    boolean afterWhite = i == valueStart || endsWithWhite(i);
    int n;
    while (i < to && (n = whiteLength(b, i, valueEnd)) > 0) {
      if (afterWhite) {
        out.write(EMPTY_GROUP);
      }
      out.write(' ');
      afterWhite = true;
      i += n;
    }
    if (i == valueEnd) {
      out.write(EMPTY_GROUP);
    }
    return i;
  }

  private boolean endsWithWhite(int i) {
    int c = b[i - 1] & 0xFF;
    if (c <= 0x20 || c == 0x7F) {
      return true;
    }
    return c >= 0x80 && c <= 0x9F && i - 2 >= valueStart && (b[i - 2] & 0xFF) == 0xC2;
  }

  private boolean isLoneBrace(int i) {
    if (!bracesPaired) {
      braces.pair(b, valueStart, valueEnd);
      bracesPaired = true;
    }
    return braces.isLone(i);
  }

  /**
   * Byte length of the white-space character at {@code i} (ASCII white space, or any control
   * character, all written as a space), or 0 when there is none.
   */
  static int whiteLength(byte[] b, int i, int end) {
    int c = b[i] & 0xFF;
    if (c <= 0x20 || c == 0x7F) {
      return 1;
    }
    if (c == 0xC2 && i + 1 < end && (b[i + 1] & 0xFF) <= 0x9F) {
      return 2;
    }
    return 0;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** The braces of one value that have no partner, found when the value holds a brace. */
  private static final class LatexBraces {
    private int[] open = new int[16];
    private int[] lone = new int[16];
    private int loneCount;

    /** Pairs the braces of {@code b[start, end)} as TeX would, innermost first. */
    void pair(byte[] b, int start, int end) {
      int depth = 0;
      loneCount = 0;
      for (int i = start; i < end; i++) {
        byte c = b[i];
        if (c == '{') {
          if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
          }
          open[depth++] = i;
        } else if (c == '}') {
          if (depth > 0) {
            depth--;
          } else {
            addLone(i);
          }
        }
      }
      // A closer is lone only at depth 0, so every opener still open comes after every lone
      // closer: appended, the list stays sorted.
      for (int d = 0; d < depth; d++) {
        addLone(open[d]);
      }
    }

    boolean isLone(int i) {
      return loneCount > 0 && Arrays.binarySearch(lone, 0, loneCount, i) >= 0;
    }

    private void addLone(int i) {
      if (loneCount == lone.length) {
        lone = Arrays.copyOf(lone, loneCount * 2);
      }
      lone[loneCount++] = i;
    }
  }
}
