package dev.digest.write;

import dev.digest.model.Utf8;
import java.io.IOException;
import java.util.Arrays;

/**
 * Writes a title with braces around the words whose capitals carry meaning, and only those, so
 * that styles which set titles in sentence case (plain.bst, APA; pandoc and Zotero reading BibTeX)
 * lower the rest and keep {@code GaLore}, {@code LiDAR} and {@code 3D}: {@code Bag of Tricks for
 * {LLMs}} is printed {@code Bag of tricks for LLMs}.
 *
 * <p>A word is a run of letters (of any script, with their combining marks) and digits. Braced are:
 *
 * <ul>
 *   <li>a word with a capital after its first character: {@code {GaLore}}, {@code {LiDAR}}, {@code
 *       {LLMs}}, {@code {EDTalk}}, {@code {3D}};
 *   <li>a word with a capital and a digit: {@code {T5}};
 *   <li>a lone capital other than {@code A}, the article: {@code {X}-ray}, {@code {I}};
 *   <li>a proper noun of {@link ProperNouns}: {@code {Bayesian}}, {@code {English}};
 *   <li>a word that starts a sentence (the title, or the text after {@code . ? ! :} and white space)
 *       with a lower-case letter: pandoc and citeproc capitalise such a word ({@code torchdistill:
 *       a ...} would become {@code Torchdistill: A ...}).
 * </ul>
 *
 * <p>Other words, capitalised or not, are left to the style. The braces hold letters and digits
 * only, so a group never starts with a backslash (to BibTeX, a group that does is a "special
 * character" whose letters {@code change.case$} changes), and never starts after a letter
 * (citeproc takes a lower-case letter before a group for a word of its own and capitalises it).
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
  /** A letter without case (CJK, say) or a combining mark: part of a word. */
  private static final byte CASELESS_LETTER = 5;
  /** {@code . ? ! :}: before white space, a sentence starts after it. */
  private static final byte SENTENCE_END = 6;
  private static final byte NON_ASCII = 7;
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
    for (char c : ".?!:".toCharArray()) {
      CLASS[c] = SENTENCE_END;
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

  /** The word being read: where it starts, and what it holds so far. */
  private int wordStart;
  private byte firstKind;
  private int characters;
  private boolean capitalAfterFirst;
  private boolean capital;
  private boolean digit;
  /** The next word starts a sentence. */
  private boolean sentenceStart;

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

  /** Finds the protecting groups, in one pass over the title. */
  private void findGroups(byte[] b, int start, int end) {
    groupCount = 0;
    wordStart = -1;
    sentenceStart = true;
    boolean afterSentenceEnd = false;
    int i = start;
    while (i < end) {
      byte kind = CLASS[b[i] & 0xFF];
      int next = i + 1;
      if (kind == NON_ASCII) {
        next = Math.min(end, i + Utf8.sequenceLength(b[i]));
        kind = LatexEscaper.whiteLength(b, i, end) > 0 ? WHITE : classOf(Utf8.codePointAt(b, i, end));
      }
      if (kind == UPPER || kind == LOWER || kind == DIGIT || kind == CASELESS_LETTER) {
        addToWord(i, kind);
        afterSentenceEnd = false;
      } else {
        endWord(b, i);
        if (kind == WHITE && afterSentenceEnd) {
          sentenceStart = true;
        }
        afterSentenceEnd = kind == SENTENCE_END;
      }
      i = next;
    }
    endWord(b, end);
  }

  private static byte classOf(int cp) {
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      return UPPER;
    }
    if (Character.isLowerCase(cp)) {
      return LOWER;
    }
    if (Character.isDigit(cp)) {
      return DIGIT;
    }
    int type = Character.getType(cp);
    if (Character.isLetter(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return CASELESS_LETTER;
    }
    return Character.isSpaceChar(cp) ? WHITE : OTHER;
  }

  private void addToWord(int i, byte kind) {
    if (wordStart < 0) {
      wordStart = i;
      firstKind = kind;
      characters = 0;
      capitalAfterFirst = false;
      capital = false;
      digit = false;
    } else if (kind == UPPER) {
      capitalAfterFirst = true;
    }
    characters++;
    capital |= kind == UPPER;
    digit |= kind == DIGIT;
  }

  /** Closes the word being read, if one is, at {@code end}, and braces it when its case matters. */
  private void endWord(byte[] b, int end) {
    if (wordStart < 0) {
      return;
    }
    boolean protect =
        capitalAfterFirst
            || (capital && digit)
            || (characters == 1 && firstKind == UPPER && b[wordStart] != 'A')
            || (sentenceStart && firstKind == LOWER)
            || (firstKind == UPPER && ProperNouns.contains(b, wordStart, end));
    if (protect) {
      addGroup(wordStart, end);
    }
    wordStart = -1;
    sentenceStart = false;
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
