package dev.digest.keys;

import dev.digest.model.Swar;
import dev.digest.model.Text;

/**
 * Hands out citation keys unique within one run, compared case-insensitively as BibTeX compares
 * them: a repeated key gets {@code a}, {@code b}, ... {@code z}, {@code aa}, ... appended, skipping
 * any already taken. Remembers each key as a 64-bit hash, so a run of a million records keeps a
 * few megabytes.
 */
public final class CitationKeys {
  private static final long LOWER_CASE_BITS = Swar.broadcast(0x20);
  private final KeyBuilder builder = new KeyBuilder();
  private final LongHashSet taken = new LongHashSet();
  /** For a base key that repeated: the index of the next suffix to try. */
  private final LongIntMap nextSuffix = new LongIntMap();

  /** Writes the next unique key for {@code title} into {@code key}. */
  public void assign(Text title, Text key) {
    builder.build(title, key);
    long base = hashLowerCase(key, key.length());
    if (taken.add(base)) {
      return;
    }
    int baseLength = key.length();
    int index = nextSuffix.get(base, 0);
    while (true) {
      key.truncate(baseLength, key.length() - baseLength);
      appendSuffix(key, index++);
      if (taken.add(hashLowerCase(key, key.length()))) {
        break;
      }
    }
    nextSuffix.put(base, index);
  }

  /** Convenience for callers that hold a {@code String}. */
  public String assign(String title) {
    Text key = new Text(64);
    assign(Text.of(title), key);
    return key.toString();
  }

  /** Appends the {@code index}-th suffix: a ... z, aa, ab, ... (bijective base 26). */
  static void appendSuffix(Text key, int index) {
    char[] letters = new char[8];
    int n = 0;
    long v = index + 1L;
    while (v > 0) {
      v--;
      letters[n++] = (char) ('a' + (v % 26));
      v /= 26;
    }
    while (n > 0) {
      key.appendAscii(letters[--n]);
    }
  }

  /**
   * The hash of the key in lower case, eight bytes a step. A key holds only ASCII letters and
   * digits, and for those setting bit 0x20 of every byte is lower-casing: it maps {@code A-Z} to
   * {@code a-z} and leaves {@code a-z} and {@code 0-9} as they are.
   */
  private static long hashLowerCase(Text key, int length) {
    byte[] b = key.bytes();
    long h = Hash64.SEED ^ length;
    int i = 0;
    for (; i + 8 <= length; i += 8) {
      h = Hash64.addWord(h, Swar.load(b, i) | LOWER_CASE_BITS);
    }
    if (i < length) {
      long tail = 0;
      for (int k = length - 1; k >= i; k--) {
        tail = (tail << 8) | (b[k] | 0x20);
      }
      h = Hash64.addWord(h, tail);
    }
    return Hash64.finish(h);
  }
}
