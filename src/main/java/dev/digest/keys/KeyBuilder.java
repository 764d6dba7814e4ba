package dev.digest.keys;

import dev.digest.model.Text;
import dev.digest.model.Utf8;
import java.util.Arrays;

/**
 * The base citation key of a title, Better BibTeX's habit: the short name before a colon
 * ({@code EDTalk: ...} gives {@code edtalk}), else the first three significant words
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
  private static final byte SPACE = ' ';

  static {
    for (int i = 0; i < INSIGNIFICANT_WORDS.length; i++) {
      byte[] w = INSIGNIFICANT_WORDS[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      INSIGNIFICANT[i] = packLowerCase(w, 0, w.length);
    }
    Arrays.sort(INSIGNIFICANT);
  }

  /** The title folded to ASCII letters and digits, one space for each word break. */
  private byte[] folded = new byte[512];
  private int foldedLength;
  private final int[] starts = new int[WORDS];
  private final int[] ends = new int[WORDS];
  private final int[] anyStarts = new int[WORDS];
  private final int[] anyEnds = new int[WORDS];

  /** Writes the base key of {@code title} into {@code key}. */
  public void build(Text title, Text key) {
    key.clear();
    byte[] b = title.bytes();
    int colon = indexOfColon(b, title.length());
    if (colon > 0 && !hasWhitespace(b, colon) && fold(b, colon)) {
      for (int i = 0; i < foldedLength; i++) {
        byte c = folded[i];
        if (c != SPACE) {
          key.appendAscii(toLower(c));
        }
      }
      return;
    }
    fold(b, title.length());
    threeWords(key);
  }

  /** Convenience for callers that hold a {@code String}. */
  public String build(String title) {
    Text key = new Text(64);
    build(Text.of(title), key);
    return key.toString();
  }

  private void threeWords(Text key) {
    int significant = 0;
    int any = 0;
    int i = 0;
    while (i < foldedLength && significant < WORDS) {
      while (i < foldedLength && folded[i] == SPACE) {
        i++;
      }
      int start = i;
      while (i < foldedLength && folded[i] != SPACE) {
        i++;
      }
      if (start == i) {
        break;
      }
      if (any < WORDS) {
        anyStarts[any] = start;
        anyEnds[any++] = i;
      }
      if (!isInsignificant(start, i)) {
        starts[significant] = start;
        ends[significant++] = i;
      }
    }
    if (significant > 0) {
      appendWords(key, starts, ends, significant);
    } else if (any > 0) {
      appendWords(key, anyStarts, anyEnds, any);
    } else {
      key.append(UNTITLED, 0, UNTITLED.length, UNTITLED.length);
    }
  }

  /** The first word in lower case, each other with its first letter upper case and the rest as written. */
  private void appendWords(Text key, int[] from, int[] to, int count) {
    for (int w = 0; w < count; w++) {
      for (int k = from[w]; k < to[w]; k++) {
        byte c = folded[k];
        if (w == 0) {
          c = toLower(c);
        } else if (k == from[w] && c >= 'a' && c <= 'z') {
          c = (byte) (c - 32);
        }
        key.appendAscii(c);
      }
    }
  }

  private boolean isInsignificant(int start, int end) {
    return end - start <= 8 && Arrays.binarySearch(INSIGNIFICANT, packLowerCase(folded, start, end)) >= 0;
  }

  private static long packLowerCase(byte[] b, int start, int end) {
    long packed = 0;
    for (int k = start; k < end; k++) {
      packed = (packed << 8) | toLower(b[k]);
    }
    return packed;
  }

  /**
   * Folds {@code b[0, end)}: ASCII letters and digits kept, apostrophes and combining marks
   * dropped, other letters transliterated, anything else a word break. True when the result holds
   * any letter or digit.
   */
  private boolean fold(byte[] b, int end) {
    foldedLength = 0;
    if (folded.length < end * 3 + 8) {
      folded = new byte[end * 3 + 8];
    }
    boolean any = false;
    int i = 0;
    while (i < end) {
      int c = b[i];
      if (c >= 0) {
        if (isAsciiLetterOrDigit(c)) {
          folded[foldedLength++] = (byte) c;
          any = true;
        } else if (c != '\'') {
          breakWord();
        }
        i++;
        continue;
      }
      int cp = Utf8.codePointAt(b, i, end);
      i += Utf8.sequenceLength(b[i]);
      String ascii = Transliteration.fold(cp);
      if (ascii == null) {
        breakWord();
      } else {
        for (int k = 0; k < ascii.length(); k++) {
          folded[foldedLength++] = (byte) ascii.charAt(k);
          any = true;
        }
      }
    }
    return any;
  }

  private void breakWord() {
    if (foldedLength > 0 && folded[foldedLength - 1] != SPACE) {
      folded[foldedLength++] = SPACE;
    }
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static byte toLower(byte c) {
    return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
  }

  private static boolean hasWhitespace(byte[] b, int end) {
    int i = 0;
    while (i < end) {
      int c = b[i];
      if (c >= 0) {
        if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
          return true;
        }
        i++;
      } else {
        int cp = Utf8.codePointAt(b, i, end);
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
          return true;
        }
        i += Utf8.sequenceLength(b[i]);
      }
    }
    return false;
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
