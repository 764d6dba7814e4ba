package dev.digest.run;

import dev.digest.parse.DigestInputException;
import dev.digest.parse.DigestParser;
import dev.digest.parse.DigestPieces;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.source.InputHead;
import dev.digest.source.InputKind;
import dev.digest.source.InputKinds;
import dev.digest.source.JsonLinesShares;
import dev.digest.source.PieceSource;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Opens the inputs one after the other, tells each one's kind, and queues the tasks that parse it:
 * a pasted digest cut into {@link DigestPieces} at digest boundaries, a file of an arXiv snapshot
 * into shares where an item starts ({@link JsonLinesShares}), any other kind whole. The
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
  /** A share of JSON Lines is this many pieces' size (1 MiB at the default piece size). */
  static final int SHARE_PIECES = 8;

  private final List<InputSource> inputs;
  private final Semaphore budget = new Semaphore(BYTES_AHEAD);
  private final ParseOptions options;
  private final int pieceBytes;
  private final int maxPieceBytes;
  /**
   * A file of JSON Lines is read in shares of about this size: larger than a piece of pasted text,
   * since a share costs a file opened and a parser made, and its task holds none of its bytes.
   */
  private final long shareBytes;
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
    this.shareBytes = (long) pieceBytes * SHARE_PIECES;
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
      long shared = sharedLength(input, kind);
      if (shared > 0) {
        opened.close();
        cutShares(input, named, shared);
      } else if (!InputKinds.cutsIntoPieces(kind)) {
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

  /**
   * The length of a file of a kind read in shares ({@link JsonLinesShares}: an arXiv snapshot)
   * larger than one share; 0 for any other input, read whole or cut into pieces.
   */
  private long sharedLength(InputSource input, InputKind kind) throws IOException {
    Path path = input.path();
    if (!JsonLinesShares.splits(kind) || path == null || !Files.isRegularFile(path)) {
      return 0;
    }
    long length = Files.size(path);
    return length > shareBytes ? length : 0;
  }

  /**
   * Queues the shares of a file of JSON Lines: each starts where an item starts, about {@code
   * shareBytes} after the one before, found by reading a few lines there (through one channel,
   * moved to each place); each task opens the file at its share and reads it itself, so the cutter
   * holds no bytes of it.
   */
  private void cutShares(InputSource input, ParseOptions named, long length) throws IOException, InterruptedException {
    long start = 0;
    boolean first = true;
    try (FileChannel file = FileChannel.open(input.path())) {
      while (start < length) {
        long offset = start + shareBytes;
        file.position(Math.max(0, offset - 3));
        // No further than a piece may grow: with no item start there, the rest is one share.
        long next = JsonLinesShares.startAtOrAfter(Channels.newInputStream(file), offset, length, maxPieceBytes);
        long from = start;
        long limit = next >= length ? -1 : next - start;
        queue(FeedTask.piece(input, first, listener -> openShare(input, from, limit, named), null, () -> {}, true));
        first = false;
        start = next;
      }
    }
  }

  /** The records of the share of {@code input} that starts at byte {@code from}. */
  static PieceSource openShare(InputSource input, long from, long limit, ParseOptions named) throws IOException {
    InputStream in = input.open();
    try {
      skipTo(in, from, input);
      return JsonLinesShares.open(in, named, 0, limit);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Moves {@code in} on to byte {@code at} of {@code input}, which was at least that long when its shares were cut. */
  private static void skipTo(InputStream in, long at, InputSource input) throws IOException {
    try {
      in.skipNBytes(at);
    } catch (EOFException e) {
      throw new DigestInputException(
          input.name(), 0, "the file got shorter while it was read (something writes to it)", "read it again once it is whole", e);
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
