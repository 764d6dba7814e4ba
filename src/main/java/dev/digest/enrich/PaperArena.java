package dev.digest.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One growing store of bytes for many small entries, addressed by an {@code int}: large blocks,
 * never copied as they fill, each entry whole inside one block. A whole arXiv snapshot's authors
 * and ids take a few hundred MB here, with no object per entry.
 */
final class PaperArena {
  /** Block size; an entry larger than this is not stored. */
  static final int BLOCK = 1 << 24;
  /** Addresses are ints: at most this many blocks. */
  private static final int MAX_BLOCKS = Integer.MAX_VALUE / BLOCK;

  /** The first block starts this small and grows, so that a small enrichment file costs little. */
  private static final int FIRST_SIZE = 1 << 16;

  private final List<byte[]> blocks = new ArrayList<>();
  private byte[] current;
  private int used = BLOCK;
  /** Bytes of all entries stored. */
  private long stored;

  /** Stores {@code b[0, len)}; returns its address, or -1 when it is larger than a block or the arena is full. */
  int add(byte[] b, int len) {
    if (len > BLOCK) {
      return -1;
    }
    if (used + len > (current == null ? 0 : current.length)) {
      if (!room(len)) {
        return -1;
      }
    }
    System.arraycopy(b, 0, current, used, len);
    int address = (blocks.size() - 1) * BLOCK + used;
    used += len;
    stored += len;
    return address;
  }

  /** The block holding {@code address}. */
  byte[] block(int address) {
    return blocks.get(address / BLOCK);
  }

  /** Where {@code address} is inside its block. */
  static int offset(int address) {
    return address % BLOCK;
  }

  /** Bytes of the entries stored (the blocks hold up to one block more). */
  long stored() {
    return stored;
  }

  /**
   * Makes room for {@code len} more bytes: the first block starts small and doubles up to the full
   * size (a run with a small enrichment file stays small); then a new full block is opened.
   */
  private boolean room(int len) {
    if (current != null && current.length < BLOCK && used + len <= BLOCK) {
      int size = current.length;
      while (size < used + len) {
        size *= 2;
      }
      current = Arrays.copyOf(current, Math.min(size, BLOCK));
      blocks.set(blocks.size() - 1, current);
      return true;
    }
    if (blocks.size() == MAX_BLOCKS) {
      return false;
    }
    int size = blocks.isEmpty() ? FIRST_SIZE : BLOCK;
    while (size < len) {
      size *= 2;
    }
    current = new byte[Math.min(size, BLOCK)];
    blocks.add(current);
    used = 0;
    return true;
  }
}
