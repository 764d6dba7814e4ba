package dev.digest.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one span of a task reads, settled on the driver: a piece of a file, nothing, or the problem
 * its start's search met.
 *
 * @param piece the piece, or null
 * @param failure the problem, or null
 */
record Share(Piece piece, SpanSummary failure) implements Serializable {

  /**
   * The shares of every task's spans, in order: a share of a cut file ends where the next span of
   * the same file that starts one starts it, or at the file's end; a span that starts none reads
   * nothing (the share before reads on through it).
   */
  static List<List<Share>> plan(List<List<Span>> tasks, List<List<ShareStart>> starts) {
    List<Span> spans = new ArrayList<>();
    List<ShareStart> found = new ArrayList<>();
    for (int t = 0; t < tasks.size(); t++) {
      spans.addAll(tasks.get(t));
      found.addAll(starts.get(t));
    }
    List<List<Share>> planned = new ArrayList<>(tasks.size());
    int i = 0;
    for (List<Span> task : tasks) {
      List<Share> shares = new ArrayList<>(task.size());
      for (int k = 0; k < task.size(); k++, i++) {
        shares.add(share(spans, found, i));
      }
      planned.add(shares);
    }
    return planned;
  }

  private static Share share(List<Span> spans, List<ShareStart> found, int i) {
    ShareStart s = found.get(i);
    InputFile file = spans.get(i).file();
    if (s.failure() != null) {
      return new Share(null, s.failure());
    }
    if (s.whole()) {
      return new Share(Piece.whole(file), null);
    }
    if (!s.startsAShare()) {
      return new Share(null, null);
    }
    long end = file.length();
    // On through the file's later spans, up to its next listing (a file named twice is read twice).
    for (int j = i + 1; j < spans.size() && spans.get(j).file().equals(file) && spans.get(j).start() > 0; j++) {
      if (found.get(j).startsAShare()) {
        end = found.get(j).start();
        break;
      }
    }
    return new Share(s.jsonLines() ? Piece.jsonLines(file, s.start(), end) : Piece.text(file, s.start(), end), null);
  }
}
