package dev.digest.write;

import dev.digest.model.RecordView;
import java.util.Arrays;

/**
 * The words of an author's name, split at white space as {@link LatexEscaper#whiteLength} counts
 * it (what BibTeX reads as a space): the citation formats look at names word by word. A name with
 * no word names nobody and is left out of them. Reused from name to name.
 */
final class NameWords {
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int count;

  /** True when the record has a name with a word in it. */
  static boolean any(RecordView r) {
    byte[] b = r.authorText().bytes();
    for (int i = 0; i < r.authorCount(); i++) {
      if (!isBlank(b, r.authorStart(i), r.authorEnd(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isBlank(byte[] b, int start, int end) {
    int i = start;
    int w;
    while (i < end && (w = LatexEscaper.whiteLength(b, i, end)) > 0) {
      i += w;
    }
    return i == end;
  }

  /** Splits {@code b[start, end)} into its words; returns how many. */
  int split(byte[] b, int start, int end) {
    count = 0;
    int i = start;
    while (i < end) {
      int white = LatexEscaper.whiteLength(b, i, end);
      if (white > 0) {
        i += white;
        continue;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = i;
      while (i < end && LatexEscaper.whiteLength(b, i, end) == 0) {
        i++;
      }
      ends[count++] = i;
    }
    return count;
  }

  int count() {
    return count;
  }

  int start(int word) {
    return starts[word];
  }

  int end(int word) {
    return ends[word];
  }

  /** True when word {@code i} of {@code b} is {@code word}, ASCII letters compared without case. */
  boolean is(byte[] b, int i, String word) {
    int from = starts[i];
    if (ends[i] - from != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if ((b[from + k] | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
