package dev.digest.keys;

import dev.digest.model.Text;
import dev.digest.model.Utf8;
import java.util.Arrays;

/**
 * The base citation key of a title, Better BibTeX's habit: the short name before a colon, white
 * space around it aside ({@code EDTalk: ...} and {@code TabReX : ...} give {@code edtalk} and
 * {@code tabrex}), else the first three significant words
 * ({@code scaleEfficientTraining}); ASCII letters and digits only.
 *
 * <p>Runs once a record, so it works on bytes: the title is folded to ASCII words in a scratch
 * array and the insignificant words are compared as numbers, with no strings made.
 */
public final class KeyBuilder {
  private static final String[] INSIGNIFICANT_WORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "nor", "of", "on",
    "onto", "or", "over", "per", "so", "than", "the", "through", "to", "toward", "towards", "up",
    "upon", "via", "versus", "vs", "with", "within", "without", "yet"
  };
  /** The insignificant words, each packed into a long (all are at most eight letters), sorted. */
  private static final long[] INSIGNIFICANT = new long[INSIGNIFICANT_WORDS.length];
  private static final byte[] UNTITLED = {'u', 'n', 't', 'i', 't', 'l', 'e', 'd'};
  private static final int WORDS = 3;

  static {
    for (int i = 0; i < INSIGNIFICANT_WORDS.length; i++) {
      byte[] w = INSIGNIFICANT_WORDS[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      INSIGNIFICANT[i] = packLowerCase(w, 0, w.length);
    }
    Arrays.sort(INSIGNIFICANT);
  }

  /** The title folded to ASCII letters and digits, word after word with nothing between them. */
  private byte[] folded = new byte[512];
  private int foldedLength;
  private int wordStart;
  /** The first significant words and the first words of any kind, as ranges of {@link #folded}. */
  private final int[] starts = new int[WORDS];
  private final int[] ends = new int[WORDS];
  private int significant;
  private final int[] anyStarts = new int[WORDS];
  private final int[] anyEnds = new int[WORDS];
  private int any;

  /** Writes the base key of {@code title} into {@code key}. */
  public void build(Text title, Text key) {
    key.clear();
    byte[] b = title.bytes();
    int colon = title.mayHold(Text.COLON) ? indexOfColon(b, title.length()) : -1;
    if (colon > 0 && isSingleWord(b, colon) && fold(b, colon, Integer.MAX_VALUE)) {
      for (int i = 0; i < foldedLength; i++) {
        folded[i] = toLower(folded[i]);
      }
      key.append(folded, 0, foldedLength, foldedLength, 0);
      return;
    }
    fold(b, title.length(), WORDS);
    if (significant > 0) {
      appendWords(key, starts, ends, significant);
    } else if (any > 0) {
      appendWords(key, anyStarts, anyEnds, any);
    } else {
      key.append(UNTITLED, 0, UNTITLED.length, UNTITLED.length, 0);
    }
  }

  /** Convenience for callers that hold a {@code String}. */
  public String build(String title) {
    Text key = new Text(64);
    build(Text.of(title), key);
    return key.toString();
  }

  /**
   * The first word in lower case, each other with its first letter upper case and the rest as
   * written. The key is put together after the folded words in the scratch array and appended in
   * one piece: ASCII letters and digits, with no marks.
   */
  private void appendWords(Text key, int[] from, int[] to, int count) {
    int n = foldedLength;
    for (int w = 0; w < count; w++) {
      for (int k = from[w]; k < to[w]; k++) {
        byte c = folded[k];
        if (w == 0) {
          c = toLower(c);
        } else if (k == from[w] && c >= 'a' && c <= 'z') {
          c = (byte) (c - 32);
        }
        folded[n++] = c;
      }
    }
    key.append(folded, foldedLength, n - foldedLength, n - foldedLength, 0);
  }

  private boolean isInsignificant(int start, int end) {
    return end - start <= 8 && Arrays.binarySearch(INSIGNIFICANT, packLowerCase(folded, start, end)) >= 0;
  }

  private static long packLowerCase(byte[] b, int start, int end) {
    long packed = 0;
    for (int k = start; k < end; k++) {
      packed = (packed << 8) | (toLower(b[k]) & 0xFF);
    }
    return packed;
  }

  /**
   * Folds {@code b[0, end)} into words: ASCII letters and digits kept, apostrophes and combining
   * marks dropped, other letters transliterated, anything else a word break. Stops once
   * {@code enoughSignificant} significant words are found: a key needs no more of the title. True
   * when the result holds any letter or digit.
   */
  private boolean fold(byte[] b, int end, int enoughSignificant) {
    foldedLength = 0;
    wordStart = 0;
    significant = 0;
    any = 0;
    if (folded.length < end * 3 + 8) {
      folded = new byte[end * 3 + 8];
    }
    int i = 0;
    while (i < end && significant < enoughSignificant) {
      int c = b[i];
      if (c >= 0) {
        if (isAsciiLetterOrDigit(c)) {
          folded[foldedLength++] = (byte) c;
        } else if (c != '\'') {
          endWord();
        }
        i++;
        continue;
      }
      int cp = Utf8.codePointAt(b, i, end);
      i += Utf8.sequenceLength(b[i]);
      String ascii = Transliteration.fold(cp);
      if (ascii == null) {
        endWord();
      } else {
        for (int k = 0; k < ascii.length(); k++) {
          folded[foldedLength++] = (byte) ascii.charAt(k);
        }
      }
    }
    endWord();
    return foldedLength > 0;
  }

  /** Closes the word being folded, if it has begun, and notes it. */
  private void endWord() {
    if (foldedLength == wordStart) {
      return;
    }
    if (any < WORDS) {
      anyStarts[any] = wordStart;
      anyEnds[any++] = foldedLength;
    }
    if (significant < WORDS && !isInsignificant(wordStart, foldedLength)) {
      starts[significant] = wordStart;
      ends[significant++] = foldedLength;
    }
    wordStart = foldedLength;
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static byte toLower(byte c) {
    return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
  }

  /**
   * True when {@code b[0, end)}, less the white space around it, holds no white space: pasted
   * titles put a space before the colon ({@code TabReX : Tabular ...}) as often as not.
   */
  private static boolean isSingleWord(byte[] b, int end) {
    int start = 0;
    int n;
    while (start < end && (n = whiteLength(b, start, end)) > 0) {
      start += n;
    }
    int last = end;
    while (last > start && (n = whiteLengthBefore(b, start, last)) > 0) {
      last -= n;
    }
    for (int i = start; i < last; i += Utf8.sequenceLength(b[i])) {
      if (whiteLength(b, i, last) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Byte length of the white-space character at {@code i}, or 0 when there is none. */
  private static int whiteLength(byte[] b, int i, int end) {
    int c = b[i];
    if (c >= 0) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D) ? 1 : 0;
    }
    int cp = Utf8.codePointAt(b, i, end);
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? Utf8.sequenceLength(b[i]) : 0;
  }

  /** Byte length of the white-space character that ends at {@code end}, or 0 when there is none. */
  private static int whiteLengthBefore(byte[] b, int start, int end) {
    int i = end - 1;
    while (i > start && (b[i] & 0xC0) == 0x80) {
      i--;
    }
    return whiteLength(b, i, end) == end - i ? end - i : 0;
  }

  private static int indexOfColon(byte[] b, int len) {
    for (int i = 0; i < len; i++) {
      if (b[i] == ':') {
        return i;
      }
    }
    return -1;
  }
}
