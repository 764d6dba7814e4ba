package dev.digest.run;

import dev.digest.model.RecordView;
import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.InputSource;
import dev.digest.parse.PieceLines;
import dev.digest.parse.ParseOptions;
import dev.digest.write.RecordRenderer;
import dev.digest.write.RenderedRecord;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * The inputs parsed on several threads ({@code -j N}) and given back exactly as {@link
 * SequentialFeed} gives them: the same records, diagnostics, input events and failure, in the same
 * order. An {@link InputCutter} queues tasks in input order (bounded to a few more than the
 * workers), {@link FeedWorker}s parse them into {@link RecordBatch}es, and the advancing thread
 * reads the tasks in order. Since a piece starts where a digest's header starts, the parser's state
 * is fresh there and a piece's records are those the whole input gives (see DigestPiecesTest).
 */
final class ParallelFeed implements RecordFeed {
  /**
   * A piece grows to this before it is cut at the next digest boundary: small enough that a
   * worker's records are still in the caches when the run writes them, large enough that a piece
   * costs little to hand on.
   */
  static final int PIECE_BYTES = 1 << 17;
  /**
   * Tasks queued ahead of the one the run reads: deep enough that a thread the scheduler leaves
   * out for a time slice does not leave the others waiting; the pieces held stay within 4 MiB.
   */
  private static final int TASKS_AHEAD = 32;
  /** With no boundary within this, the rest of the input is parsed as one stream. */
  static final int MAX_PIECE_BYTES = 16 << 20;

  private final LineOrderedDiagnostics listener;
  /** The lines of the input being read, its pieces' lines put in place; reset at each input. */
  private PieceLines lines = new PieceLines();
  private final DiagnosticListener placing;
  private final DigestReader.InputListener inputListener;
  private final DigestReader.StallListener stallListener;
  private final BlockingQueue<FeedTask> ordered;
  private final BlockingQueue<FeedTask> work = new LinkedBlockingQueue<>();
  private final List<Thread> threads = new ArrayList<>();
  private final ThreadLocal<FeedWorker> workerOfThread = new ThreadLocal<>();
  private FeedTask task;
  private RecordBatch batch;
  private int index;
  private RecordView current;
  private RenderedRecord currentRendered;
  private boolean ended;

  ParallelFeed(
      List<InputSource> inputs,
      ParseOptions options,
      LineOrderedDiagnostics listener,
      DigestReader.InputListener inputListener,
      DigestReader.StallListener stallListener,
      int jobs,
      int pieceBytes,
      int maxPieceBytes,
      Supplier<RecordRenderer> renderers) {
    this.listener = listener;
    this.placing = d -> listener.report(lines.place(d));
    this.inputListener = inputListener;
    this.stallListener = stallListener;
    this.ordered = new ArrayBlockingQueue<>(Math.max(jobs + 2, TASKS_AHEAD));
    threads.add(daemon(new InputCutter(inputs, options, pieceBytes, maxPieceBytes, ordered, work), "digest-cutter"));
    for (int i = 0; i < jobs; i++) {
      FeedWorker worker = new FeedWorker(work, jobs, renderers == null ? null : renderers.get());
      threads.add(daemon(() -> {
        workerOfThread.set(worker);
        worker.run();
      }, "digest-worker-" + (i + 1)));
    }
  }

  /**
   * Starts the cutter and the workers. Apart from the constructor, so that the run can make this
   * feed the one a stall reaches before any thread can read, and stall (see {@link #inputStalled}).
   */
  @Override
  public void start() {
    threads.forEach(Thread::start);
  }

  /** Daemon threads: one blocked reading a terminal must not keep the process alive after the run. */
  private static Thread daemon(Runnable body, String name) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    return t;
  }

  @Override
  public boolean advance() throws IOException {
    while (true) {
      if (batch != null) {
        if (index < batch.count()) {
          currentRendered = batch.rendered(index);
          current = batch.record(index++, placing);
          lines.placeRecord(current);
          return true;
        }
        finishBatch();
        continue;
      }
      if (task == null) {
        if (ended) {
          return false;
        }
        task = take(ordered);
        if (task.endsRun()) {
          ended = true;
          current = null;
          stopThreads();
          return false;
        }
        if (task.startsInput()) {
          lines = new PieceLines();
          inputListener.started(task.input());
        }
        if (task.failure() != null) {
          throw rethrown(task.failure());
        }
        if (task.endsInput()) {
          listener.releaseAll();
          inputListener.finished(task.input());
          task = null;
          continue;
        }
      }
      batch = task.nextBatch();
      index = 0;
    }
  }

  /** A batch read to its end: its last diagnostics, then its failure, stall or the end of its task. */
  private void finishBatch() throws IOException {
    RecordBatch done = batch;
    batch = null;
    done.replayRest(placing);
    Throwable failure = done.failure();
    boolean stalled = done.isStalled();
    if (done.isLast()) {
      lines.pieceRead(done.linesRead(), task.endsWithLineEnd());
      task = null;
    }
    done.recycle();
    if (failure != null) {
      throw rethrown(lines.place(failure));
    }
    if (stalled) {
      stallListener.stalled();
    }
  }

  @Override
  public RecordView current() {
    return current;
  }

  @Override
  public RenderedRecord currentRendered() {
    return currentRendered;
  }

  @Override
  public CurrentKey currentKey() {
    return batch != null && batch.keysAreStored() ? CurrentKey.STORED : CurrentKey.BASE_BUILT;
  }

  @Override
  public void inputStalled() throws IOException {
    FeedWorker worker = workerOfThread.get();
    // On the cutter's thread a stall is the probe's business (LiveInputProbe); on a worker's, the
    // records it parsed so far go out now.
    if (worker != null) {
      worker.inputStalled();
    }
  }

  @Override
  public void close() {
    stopThreads();
    FeedTask left;
    while ((left = ordered.poll()) != null) {
      left.discard();
    }
    if (task != null) {
      task.discard();
      task = null;
    }
  }

  private void stopThreads() {
    for (Thread t : threads) {
      t.interrupt();
    }
  }

  private static FeedTask take(BlockingQueue<FeedTask> queue) throws InterruptedIOException {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("the run was stopped");
    }
  }

  /** A failure from another thread, thrown here as the one thread would have thrown it. */
  @SuppressFBWarnings(value = "THROWS_METHOD_THROWS_RUNTIMEEXCEPTION", justification = "a worker's unchecked failure is thrown on unchanged, as -j 1 throws it")
  private static IOException rethrown(Throwable failure) {
    if (failure instanceof IOException) {
      return (IOException) failure;
    }
    if (failure instanceof UncheckedIOException) {
      throw (UncheckedIOException) failure;
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    return new IOException(failure);
  }
}
