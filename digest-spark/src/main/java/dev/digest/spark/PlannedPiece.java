package dev.digest.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.BitSet;

/**
 * A piece as the read job gets it: where its lines start, which of its records dedupe drops, and
 * the keys of those whose base key was taken (a suffix added); every other record's key is its
 * base key, which the task builds itself. Sparse, since suffixes and duplicates are few.
 */
final class PlannedPiece implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Piece piece;
  private final BitSet dropped;
  private final int[] renamedAt;
  private final String[] renamedTo;

  PlannedPiece(Piece piece, BitSet dropped, int[] renamedAt, String[] renamedTo) {
    this.piece = piece;
    this.dropped = dropped;
    this.renamedAt = renamedAt;
    this.renamedTo = renamedTo;
  }

  Piece piece() {
    return piece;
  }

  boolean dropped(int record) {
    return dropped.get(record);
  }

  /** The key of the {@code record}-th record when it is not its base key, else null. */
  String renamed(int record) {
    int i = Arrays.binarySearch(renamedAt, record);
    return i >= 0 ? renamedTo[i] : null;
  }
}
