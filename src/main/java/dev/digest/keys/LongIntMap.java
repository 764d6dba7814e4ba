package dev.digest.keys;

/** A map from 64-bit hashes to ints in primitive arrays, open addressing with linear probing. */
public final class LongIntMap {
  private static final long EMPTY = 0;
  private long[] keys = new long[16];
  private int[] values = new int[16];
  private int size;

  public int size() {
    return size;
  }

  public int get(long key, int absent) {
    long k = key == EMPTY ? 1 : key;
    int mask = keys.length - 1;
    for (int i = slot(k, mask); ; i = (i + 1) & mask) {
      if (keys[i] == EMPTY) {
        return absent;
      }
      if (keys[i] == k) {
        return values[i];
      }
    }
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public void put(long key, int value) {
    long k = key == EMPTY ? 1 : key;
    int mask = keys.length - 1;
    for (int i = slot(k, mask); ; i = (i + 1) & mask) {
      if (keys[i] == EMPTY) {
        keys[i] = k;
        values[i] = value;
        if (++size > (keys.length >> 2) * 3) {
          grow();
        }
        return;
      }
      if (keys[i] == k) {
        values[i] = value;
        return;
      }
    }
  }

  private static int slot(long k, int mask) {
    return (int) (k ^ (k >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length << 1];
    values = new int[oldKeys.length << 1];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
