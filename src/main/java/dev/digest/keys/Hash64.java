package dev.digest.keys;

/**
 * A 64-bit hash: FNV-1a over the input byte by byte (or, for keys, a multiply-rotate step a word
 * at a time), finished with MurmurHash3's avalanche step. What a run remembers (keys taken, titles
 * seen) is kept as these hashes, eight bytes each, not as strings.
 */
final class Hash64 {
  static final long SEED = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Hash64() {}

  static long add(long h, int value) {
    return (h ^ value) * PRIME;
  }

  /** Mixes in eight bytes at once (for keys, hashed a word at a time). */
  static long addWord(long h, long word) {
    return Long.rotateLeft(h ^ (word * 0x9E3779B97F4A7C15L), 31) * 0xC2B2AE3D27D4EB4FL;
  }

  static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
