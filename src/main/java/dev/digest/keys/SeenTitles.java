package dev.digest.keys;

import dev.digest.model.Text;
import dev.digest.model.Utf8;

/**
 * The titles a run has seen, compared case-, space- and punctuation-insensitively (punctuation is
 * Unicode category P; symbols such as {@code $} or {@code +} count): {@code Scale-Efficient
 * training} and {@code Scale Efficient Training!} are one title. Each title is kept as a 64-bit
 * fingerprint.
 */
public final class SeenTitles {
  /** For each ASCII character: the folded character, or -1 when it does not count. */
  private static final int[] ASCII_FOLD = new int[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_FOLD[c] = counts(c) ? Character.toLowerCase(c) : -1;
    }
  }

  private final LongHashSet seen = new LongHashSet();

  /** Remembers {@code title}; false when an equal title was seen before. */
  public boolean add(Text title) {
    return seen.add(fingerprint(title));
  }

  public boolean add(String title) {
    return add(Text.of(title));
  }

  /** Remembers the title whose {@link #fingerprint(Text)} this is; false when it was seen before. */
  public boolean addFingerprint(long fingerprint) {
    return seen.add(fingerprint);
  }

  /** The 64-bit fingerprint of a title as this class compares titles: equal titles, equal fingerprints. */
  public static long fingerprint(Text title) {
    byte[] b = title.bytes();
    int len = title.length();
    long h = Hash64.SEED;
    for (int i = 0; i < len; i += lengthAt(b, i)) {
      int f = foldedAt(b, i, len);
      if (f >= 0) {
        h = Hash64.add(h, f);
      }
    }
    return Hash64.finish(h);
  }

  /**
   * The title as this class compares it, spelled out: the characters that count, folded to lower
   * case ({@code Scale-Efficient training} gives {@code scaleefficienttraining}). Two titles are
   * equal exactly when these are; a database indexes it ({@code title_norm}).
   */
  public static String normalized(Text title) {
    byte[] b = title.bytes();
    int len = title.length();
    StringBuilder out = new StringBuilder(len);
    for (int i = 0; i < len; i += lengthAt(b, i)) {
      int f = foldedAt(b, i, len);
      if (f >= 0) {
        out.appendCodePoint(f);
      }
    }
    return out.toString();
  }

  /** The character starting at {@code b[i]} as titles are compared: folded to lower case, or -1 when it does not count. */
  private static int foldedAt(byte[] b, int i, int len) {
    int c = b[i];
    if (c >= 0) {
      return ASCII_FOLD[c];
    }
    int cp = Utf8.codePointAt(b, i, len);
    return counts(cp) ? Character.toLowerCase(Character.toUpperCase(cp)) : -1;
  }

  /** Bytes of the UTF-8 character starting at {@code b[i]}. */
  private static int lengthAt(byte[] b, int i) {
    return b[i] >= 0 ? 1 : Utf8.sequenceLength(b[i]);
  }

  private static boolean counts(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return false;
    }
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return false;
      default:
        return true;
    }
  }
}
