package dev.digest.run;

import dev.digest.parse.DigestParser;
import dev.digest.parse.DigestPieces;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.source.InputHead;
import dev.digest.source.InputKind;
import dev.digest.source.InputKinds;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Opens the inputs one after the other, tells each one's kind, and queues the tasks that parse it:
 * a pasted digest cut into {@link DigestPieces} at digest boundaries, any other kind whole. The
 * queue of tasks in order is bounded, so the cutter waits when it is far enough ahead. A failure to
 * open or tell an input is queued in its place, and nothing after it.
 */
@SuppressFBWarnings(value = "AT_STALE_THREAD_WRITE_OF_PRIMITIVE", justification = "inputStarted is touched only on the cutter's own thread")
final class InputCutter implements Runnable {
  /**
   * The most bytes of pieces cut and not yet parsed. With the bound on tasks queued, what keeps
   * memory flat when pieces are large: a digest of whole papers pasted as abstracts makes pieces of
   * megabytes, and the tasks queued ahead would not fit a small heap.
   */
  static final int BYTES_AHEAD = 4 << 20;

  private final List<InputSource> inputs;
  private final Semaphore budget = new Semaphore(BYTES_AHEAD);
  private final ParseOptions options;
  private final int pieceBytes;
  private final int maxPieceBytes;
  private final BlockingQueue<FeedTask> ordered;
  private final BlockingQueue<FeedTask> work;
  /** The arrays of pieces parsed and given back, for the pieces of every input to come. */
  private final BlockingQueue<byte[]> arrays = new LinkedBlockingQueue<>();
  /** Whether a task of the input being cut is queued: the one that tells the run the input started. */
  private boolean inputStarted;

  InputCutter(
      List<InputSource> inputs,
      ParseOptions options,
      int pieceBytes,
      int maxPieceBytes,
      BlockingQueue<FeedTask> ordered,
      BlockingQueue<FeedTask> work) {
    this.inputs = inputs;
    this.options = options;
    this.pieceBytes = pieceBytes;
    this.maxPieceBytes = maxPieceBytes;
    this.ordered = ordered;
    this.work = work;
  }

  @Override
  public void run() {
    try {
      for (InputSource input : inputs) {
        if (!cut(input)) {
          return;
        }
      }
      ordered.put(FeedTask.runEnd());
    } catch (InterruptedException e) {
      // the run was stopped
    }
  }

  /** Queues the tasks of one input; false when it failed and the run ends with it. */
  private boolean cut(InputSource input) throws InterruptedException {
    ParseOptions named = options.toBuilder().sourceName(input.name()).build();
    inputStarted = false;
    InputStream opened = null;
    try {
      opened = input.open();
      LiveInputProbe probe = isStandardInput(input) ? new LiveInputProbe(opened) : null;
      InputHead head = InputHead.read(probe != null ? probe : opened);
      InputKind kind = InputKinds.kindOf(head, input.name());
      if (!InputKinds.cutsIntoPieces(kind)) {
        InputHead whole = head;
        InputStream raw = opened; // what a task dropped unparsed must close
        queue(FeedTask.records(input, true, listener -> kind.open(input, whole, named, listener), raw, () -> {}));
      } else {
        cutPieces(input, kind, named, DigestParser.decode(head.replay(), named), probe);
      }
      ordered.put(FeedTask.inputEnd(input));
      return true;
    } catch (IOException | RuntimeException | Error e) {
      closeQuietly(opened);
      ordered.put(FeedTask.failed(input, !inputStarted, e));
      return false;
    }
  }

  /** Queues the pieces of a pasted digest. */
  private void cutPieces(InputSource input, InputKind kind, ParseOptions named, InputStream utf8, LiveInputProbe probe)
      throws IOException, InterruptedException {
    DigestPieces pieces = new DigestPieces(utf8, pieceBytes, maxPieceBytes, arrays);
    if (probe != null) {
      probe.arm();
    }
    boolean first = true;
    boolean restStreams = false;
    DigestPieces.Piece piece;
    while ((piece = pieces.next()) != null) {
      DigestPieces.Piece p = piece;
      restStreams = p.streams();
      int held = Math.min(p.size(), BYTES_AHEAD);
      budget.acquire(held);
      if (restStreams && probe != null) {
        probe.disarm();
      }
      // A piece that reads on into the input closes it when parsed; the cutter closes it otherwise.
      queue(FeedTask.piece(
          input, first, listener -> InputKinds.openPiece(p, named, listener), restStreams ? pieces : null, () -> {
            p.release();
            budget.release(held);
          }, p.endsWithLineEnd()));
      first = false;
    }
    if (first) {
      // An empty input is parsed all the same: it has its say (a warning, say) as any input does.
      queue(FeedTask.records(input, true, listener -> kind.open(InputStream.nullInputStream(), named, listener), null, () -> {}));
    }
    if (!restStreams) {
      pieces.close();
    }
  }

  private void queue(FeedTask task) throws InterruptedException {
    ordered.put(task);
    work.put(task);
    inputStarted = true;
  }

  private static boolean isStandardInput(InputSource input) {
    return input.name().equals("-");
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // the failure that stops the run is the one to report
      }
    }
  }
}
