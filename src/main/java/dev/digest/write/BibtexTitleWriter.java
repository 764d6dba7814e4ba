package dev.digest.write;

import dev.digest.model.Utf8;
import java.io.IOException;
import java.util.Arrays;

/**
 * Writes a title with its case protected by braces, as Zotero's BibTeX export does, so that styles
 * which set titles in sentence case keep {@code GaLore}, {@code LiDAR} and {@code 3D}.
 *
 * <p>A word is a run of characters other than white space. A word is protected when it holds an
 * upper-case letter of any script, and also when it starts a sentence (the title's first word, or
 * one after a word ending in {@code . ? ! :}) and holds a lower-case letter: pandoc and citeproc,
 * reading BibTeX, capitalise such a word ({@code torchdistill: a ...} would become {@code
 * Torchdistill: A ...}).
 *
 * <p>The protecting group runs from the word's first letter or digit to its last character that is
 * not sentence punctuation: {@code {EDTalk}:}, {@code {3D}}, {@code ({vTrain})}, {@code
 * \${λ\$-ECLIPSE}}. It never starts at a backslash, because to BibTeX a group that begins
 * with one is a "special character" whose letters {@code change.case$} does change: a word {@code
 * \Foo} becomes {@code {\textbackslash}{Foo}}. Nor does it start after the word's first letter,
 * because citeproc takes a lower-case letter before the group for a word of its own and capitalises
 * it ({@code v{Train}} would become {@code VTrain}).
 *
 * <p>The text is escaped by {@link LatexEscaper}, one part on either side of each brace; a title
 * with nothing to escape, most of them, is put together with its braces and written at once.
 */
final class BibtexTitleWriter {
  private static final byte OTHER = 0;
  private static final byte WHITE = 1;
  private static final byte UPPER = 2;
  private static final byte LOWER = 3;
  private static final byte DIGIT = 4;
  /** Ends a word in a sentence and stays outside the protecting group. */
  private static final byte PUNCTUATION = 5;
  private static final byte NON_ASCII = 6;
  private static final byte[] CLASS = new byte[256];

  static {
    for (int c = 0; c <= 0x20; c++) {
      CLASS[c] = WHITE;
    }
    CLASS[0x7F] = WHITE;
    for (int c = 'A'; c <= 'Z'; c++) {
      CLASS[c] = UPPER;
      CLASS[c + 32] = LOWER;
    }
    for (int c = '0'; c <= '9'; c++) {
      CLASS[c] = DIGIT;
    }
    for (char c : ",.:;!?)]\"'".toCharArray()) {
      CLASS[c] = PUNCTUATION;
    }
    for (int c = 0x80; c < 0x100; c++) {
      CLASS[c] = NON_ASCII;
    }
  }

  private final LatexEscaper escaper;
  /** Start and end of each protecting group of the current title. */
  private int[] groups = new int[32];
  private int groupCount;
  private byte[] scratch = new byte[512];

  BibtexTitleWriter(LatexEscaper escaper) {
    this.escaper = escaper;
  }

  void write(ByteSink out, byte[] b, int start, int end) throws IOException {
    findGroups(b, start, end);
    escaper.begin(b, start, end);
    if (escaper.needsEscaping(start, end)) {
      writeEscaped(out, start, end);
    } else {
      writeBraced(out, b, start, end);
    }
  }

  /** Finds the protecting groups, in one pass: a word closes at white space or at the end. */
  private void findGroups(byte[] b, int start, int end) {
    groupCount = 0;
    boolean sentenceStart = true;
    int wordEnd = -1;
    int groupStart = -1;
    int groupEnd = -1;
    boolean upper = false;
    boolean lower = false;
    int i = start;
    while (i <= end) {
      int c = i < end ? b[i] & 0xFF : ' ';
      byte kind = CLASS[c];
      if (kind == NON_ASCII && LatexEscaper.whiteLength(b, i, end) == 2) {
        // A control character in U+0080..U+009F is white space: the word ends as at a space.
        kind = WHITE;
        i++;
      }
      switch (kind) {
        case LOWER:
          lower = true;
          groupStart = groupStart < 0 ? i : groupStart;
          groupEnd = ++i;
          wordEnd = i;
          break;
        case UPPER:
          upper = true;
          groupStart = groupStart < 0 ? i : groupStart;
          groupEnd = ++i;
          wordEnd = i;
          break;
        case DIGIT:
          groupStart = groupStart < 0 ? i : groupStart;
          groupEnd = ++i;
          wordEnd = i;
          break;
        case PUNCTUATION:
          wordEnd = ++i;
          break;
        case OTHER:
          groupEnd = ++i;
          wordEnd = i;
          break;
        case NON_ASCII:
          if (!upper) {
            int cp = Utf8.codePointAt(b, i, end);
            upper = Character.isUpperCase(cp) || Character.isTitleCase(cp);
            lower |= Character.isLowerCase(cp);
          }
          groupStart = groupStart < 0 ? i : groupStart;
          i = Math.min(end, i + Utf8.sequenceLength(b[i]));
          groupEnd = i;
          wordEnd = i;
          break;
        default:
          if (wordEnd >= 0) {
            if (upper || (lower && sentenceStart)) {
              addGroup(groupStart, groupEnd);
            }
            int last = b[wordEnd - 1];
            sentenceStart = last == '.' || last == '?' || last == '!' || last == ':';
            wordEnd = -1;
            groupStart = -1;
            groupEnd = -1;
            upper = false;
            lower = false;
          }
          i++;
      }
    }
  }

  private void addGroup(int groupStart, int groupEnd) {
    if (groupCount + 2 > groups.length) {
      groups = Arrays.copyOf(groups, groups.length * 2);
    }
    groups[groupCount++] = groupStart;
    groups[groupCount++] = groupEnd;
  }

  private void writeEscaped(ByteSink out, int start, int end) throws IOException {
    int written = start;
    for (int g = 0; g < groupCount; g += 2) {
      escaper.write(out, written, groups[g]);
      out.write('{');
      escaper.write(out, groups[g], groups[g + 1]);
      out.write('}');
      written = groups[g + 1];
    }
    escaper.write(out, written, end);
  }

  private void writeBraced(ByteSink out, byte[] b, int start, int end) throws IOException {
    int size = end - start + groupCount;
    if (scratch.length < size) {
      scratch = new byte[Math.max(size, scratch.length * 2)];
    }
    int n = 0;
    int written = start;
    for (int g = 0; g < groupCount; g += 2) {
      int groupStart = groups[g];
      int groupEnd = groups[g + 1];
      System.arraycopy(b, written, scratch, n, groupStart - written);
      n += groupStart - written;
      scratch[n++] = '{';
      System.arraycopy(b, groupStart, scratch, n, groupEnd - groupStart);
      n += groupEnd - groupStart;
      scratch[n++] = '}';
      written = groupEnd;
    }
    System.arraycopy(b, written, scratch, n, end - written);
    n += end - written;
    out.write(scratch, 0, n);
  }
}
