package dev.digest.keys;

/** A set of 64-bit hashes in one primitive array, open addressing with linear probing. */
final class LongHashSet {
  private static final long EMPTY = 0;
  private long[] table;
  private int size;
  private int mask;

  LongHashSet() {
    this(1 << 10);
  }

  LongHashSet(int capacity) {
    table = new long[Integer.highestOneBit(Math.max(16, capacity - 1) << 1)];
    mask = table.length - 1;
  }

  /** Adds {@code h}; false when it was already there. */
  boolean add(long h) {
    long v = h == EMPTY ? 1 : h;
    int i = (int) (v ^ (v >>> 32)) & mask;
    while (true) {
      long t = table[i];
      if (t == EMPTY) {
        table[i] = v;
        if (++size > (table.length >> 2) * 3) {
          grow();
        }
        return true;
      }
      if (t == v) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  boolean contains(long h) {
    long v = h == EMPTY ? 1 : h;
    for (int i = (int) (v ^ (v >>> 32)) & mask; ; i = (i + 1) & mask) {
      long t = table[i];
      if (t == v) {
        return true;
      }
      if (t == EMPTY) {
        return false;
      }
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length << 1];
    mask = table.length - 1;
    size = 0;
    for (long v : old) {
      if (v != EMPTY) {
        add(v);
      }
    }
  }
}
