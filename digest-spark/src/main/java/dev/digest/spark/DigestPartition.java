package dev.digest.spark;

import java.util.List;
import org.apache.spark.sql.connector.read.InputPartition;

/** A task's pieces, in input order. */
final class DigestPartition implements InputPartition {
  private static final long serialVersionUID = 1L;

  private final List<PlannedPiece> pieces;

  DigestPartition(List<PlannedPiece> pieces) {
    this.pieces = List.copyOf(pieces);
  }

  List<PlannedPiece> pieces() {
    return pieces;
  }
}
