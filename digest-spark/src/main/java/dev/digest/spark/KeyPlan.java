package dev.digest.spark;

import dev.digest.keys.CitationKeys;
import dev.digest.keys.SeenTitles;
import dev.digest.model.Text;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Gives out the keys on the driver, in input order, exactly as a digest run does: the records of
 * every span in turn (files in the command line's order, the pieces of a file in order), dedupe
 * first (a dropped duplicate takes no key), then {@link CitationKeys} on each base key. Memory:
 * the base keys of the records (about 15 bytes each) and with dedupe their fingerprints (8 bytes)
 * while this runs, and what the run remembers, 64-bit hashes of the distinct keys; what goes back
 * to the tasks is only the duplicates dropped and the keys that took a suffix.
 */
final class KeyPlan {
  private KeyPlan() {}

  /**
   * The pieces of each task, with their lines numbered from the file's start; throws the first
   * input problem in input order, as a digest run stops at it.
   */
  static List<List<PlannedPiece>> plan(List<List<SpanSummary>> tasks, boolean dedupe) {
    CitationKeys keys = new CitationKeys();
    SeenTitles seen = new SeenTitles();
    Text key = new Text(64);
    List<List<PlannedPiece>> planned = new ArrayList<>(tasks.size());
    long linesBefore = 0;
    for (List<SpanSummary> task : tasks) {
      List<PlannedPiece> pieces = new ArrayList<>();
      for (SpanSummary s : task) {
        // A file's first piece is whole or starts at byte 0, also when the file is named again.
        if (s.piece != null && (s.piece.whole() || s.piece.start() == 0)) {
          linesBefore = 0;
        }
        if (s.failed()) {
          throw DigestSourceException.of(s.error(s.piece == null || s.piece.whole() ? 0 : (int) linesBefore));
        }
        if (s.piece == null) {
          continue;
        }
        if (linesBefore > Integer.MAX_VALUE) {
          throw DigestSourceException.problem(s.piece.file().name() + ": more than 2147483647 lines; split the file");
        }
        Piece piece = s.piece.numberedFrom((int) linesBefore);
        linesBefore += s.lineEnds;
        pieces.add(plan(piece, s, dedupe, keys, seen, key));
      }
      planned.add(pieces);
    }
    return planned;
  }

  private static PlannedPiece plan(Piece piece, SpanSummary s, boolean dedupe, CitationKeys keys, SeenTitles seen, Text key) {
    BitSet dropped = new BitSet();
    List<Integer> renamedAt = new ArrayList<>();
    List<String> renamedTo = new ArrayList<>();
    int at = 0;
    for (int r = 0; r < s.records; r++) {
      int end = at;
      while (s.baseKeys[end] != '\n') {
        end++;
      }
      if (dedupe && !seen.addFingerprint(s.fingerprints[r])) {
        dropped.set(r);
      } else {
        key.clear();
        key.append(s.baseKeys, at, end - at, end - at);
        keys.makeUnique(key);
        if (key.length() != end - at) {
          renamedAt.add(r);
          renamedTo.add(key.toString());
        }
      }
      at = end + 1;
    }
    return new PlannedPiece(piece, dropped, renamedAt.stream().mapToInt(Integer::intValue).toArray(), renamedTo.toArray(new String[0]));
  }
}
