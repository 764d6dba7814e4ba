package dev.digest.keys;

import dev.digest.model.Swar;
import dev.digest.model.Text;
import java.nio.charset.StandardCharsets;

/**
 * Hands out citation keys unique within one run, compared case-insensitively as BibTeX compares
 * them: a repeated key gets {@code a}, {@code b}, ... {@code z}, {@code aa}, ... appended, skipping
 * any already taken.
 *
 * <p>It remembers the keys given out without storing each one. A base key given out as it is goes
 * into a set of 64-bit hashes; a base that repeated only keeps a counter, the index of the next
 * suffix to try. Every suffix below that counter has been given out or was already taken, so a key
 * {@code P + S} (S all letters) is taken exactly when it is a base given out, or when some repeated
 * base P has a counter above the index of S. Memory then grows with distinct titles only, a few
 * bytes each, and stays flat over any number of repeats.
 */
public final class CitationKeys {
  private static final long LOWER_CASE_BITS = Swar.broadcast(0x20);
  /** Suffixes of more letters have an index beyond any counter (26^14 overflows a long). */
  private static final int LONGEST_SUFFIX = 13;
  private static final int FILTER_BITS = 1 << 16;

  private final KeyBuilder builder = new KeyBuilder();
  /** The base keys given out as they are. */
  private final LongHashSet bases = new LongHashSet();
  /** For a base key that repeated: the index of the next suffix to try. */
  private final LongIntMap nextSuffix = new LongIntMap();
  /**
   * A filter over the bases in {@link #nextSuffix}, by length and first two letters: a split whose
   * bit is clear cannot be a repeated base, and is not hashed and looked up.
   */
  private final long[] repeatedFilter = new long[FILTER_BITS / 64];
  /** The keys of the library this run adds to, which no new key may take. */
  private final Holdings holdings;

  /** Keys unique within one run. */
  public CitationKeys() {
    this(Holdings.NONE);
  }

  /** Keys unique within one run and against every key {@code holdings} holds (an old key never changes). */
  public CitationKeys(Holdings holdings) {
    this.holdings = holdings;
  }

  /** Writes the next unique key for {@code title} into {@code key}. */
  public void assign(Text title, Text key) {
    builder.build(title, key);
    makeUnique(key);
  }

  /**
   * Makes the base key in {@code key} (what {@link KeyBuilder} built for a title) the next unique
   * key, appending a suffix when it is taken: for runs that build base keys where the records are
   * read and give out the keys in one place, in input order (the Spark data source).
   */
  public void makeUnique(Text key) {
    int baseLength = key.length();
    long base = hashLowerCase(key.bytes(), baseLength);
    if (!isTaken(key.bytes(), baseLength, base)) {
      bases.add(base);
      return;
    }
    int index = nextSuffix.get(base, 0);
    while (true) {
      key.truncate(baseLength, key.length() - baseLength);
      appendSuffix(key, index);
      if (!isTaken(key.bytes(), key.length(), hashLowerCase(key.bytes(), key.length()))) {
        break;
      }
      index++;
    }
    nextSuffix.put(base, index + 1);
    int bit = filterBit(leadOf(key.bytes(), baseLength), baseLength);
    repeatedFilter[bit >>> 6] |= 1L << bit;
  }

  /**
   * Keeps {@code key} as it is (a key stored in a library read as input) when no key given out in
   * this run, or held by the library it adds to, takes it; else writes a new key for {@code title}
   * into it, as {@link #assign} does, so keys stay unique. True when the key was kept.
   */
  public boolean reserve(Text title, Text key) {
    int n = key.length();
    if (n > 0) {
      long h = hashLowerCase(key.bytes(), n);
      if (!isTaken(key.bytes(), n, h)) {
        bases.add(h);
        return true;
      }
    }
    assign(title, key);
    return false;
  }

  /** Whether the key {@code b[0, n)}, whose hash is {@code h}, has been given out (or would clash with one). */
  private boolean isTaken(byte[] b, int n, long h) {
    if (bases.contains(h)) {
      return true;
    }
    if (holdings != Holdings.NONE && holdings.holdsKey(new String(b, 0, n, StandardCharsets.UTF_8))) {
      return true;
    }
    if (nextSuffix.isEmpty()) {
      return false;
    }
    // Every split into a repeated base and a suffix of letters: taken when that base's counter has
    // passed the suffix.
    int lead = leadOf(b, n);
    for (int p = n - 1; p >= 1 && n - p <= LONGEST_SUFFIX && isAsciiLetter(b[p]); p--) {
      int bit = filterBit(lead, p);
      if ((repeatedFilter[bit >>> 6] & (1L << bit)) != 0) {
        int counter = nextSuffix.get(hashLowerCase(b, p), 0);
        if (counter > 0 && suffixIndex(b, p, n) < counter) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first two bytes of a key in lower case (its every prefix of two or more shares them). */
  private static int leadOf(byte[] b, int n) {
    return ((b[0] | 0x20) << 8) | (n > 1 ? b[1] | 0x20 : 0);
  }

  private static int filterBit(int lead, int length) {
    // A prefix of one byte has no second byte: its lead is taken as if it had none.
    int l = length == 1 ? lead & 0xFF00 : lead;
    return ((l * 31 + length) * 0x9E3779B1 >>> 16) & (FILTER_BITS - 1);
  }

  /** The index of the suffix {@code b[from, to)} (letters, any case): a is 0, z 25, aa 26, ... */
  private static long suffixIndex(byte[] b, int from, int to) {
    long v = 0;
    for (int k = from; k < to; k++) {
      v = v * 26 + ((b[k] | 0x20) - 'a' + 1);
    }
    return v - 1;
  }

  private static boolean isAsciiLetter(byte c) {
    int lower = c | 0x20;
    return lower >= 'a' && lower <= 'z';
  }

  /** Convenience for callers that hold a {@code String}. */
  public String assign(String title) {
    Text key = new Text(64);
    assign(Text.of(title), key);
    return key.toString();
  }

  /** Appends the {@code index}-th suffix: a ... z, aa, ab, ... (bijective base 26), without allocating. */
  static void appendSuffix(Text key, int index) {
    int start = key.length();
    long v = index + 1L;
    while (v > 0) {
      v--;
      key.appendAscii((char) ('a' + (v % 26)));
      v /= 26;
    }
    // Written least significant letter first: turned round in place.
    byte[] b = key.bytes();
    for (int i = start, j = key.length() - 1; i < j; i++, j--) {
      byte t = b[i];
      b[i] = b[j];
      b[j] = t;
    }
  }

  /**
   * The hash of the key in lower case, eight bytes a step. A key holds only ASCII letters and
   * digits, and for those setting bit 0x20 of every byte is lower-casing: it maps {@code A-Z} to
   * {@code a-z} and leaves {@code a-z} and {@code 0-9} as they are.
   */
  private static long hashLowerCase(byte[] b, int length) {
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
