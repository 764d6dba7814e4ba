package dev.digest.run;

import dev.digest.keys.KeyBuilder;
import dev.digest.model.RecordView;
import dev.digest.parse.Diagnostic;
import dev.digest.source.PieceSource;
import dev.digest.source.RecordSource;
import dev.digest.write.RecordRenderer;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Parses tasks, in the order they were queued, into batches of copied records. A worker has a pool
 * of a few batches and waits when they are all unread, so however far the workers run ahead, memory
 * stays bounded. Tasks are taken in input order and the advancing thread reads them in that order,
 * so the task it waits for is always being parsed: the pipeline cannot deadlock.
 */
@SuppressFBWarnings(
    value = "AT_STALE_THREAD_WRITE_OF_PRIMITIVE",
    justification = "the task, batch and stall fields are touched only on the worker's own thread")
final class FeedWorker implements Runnable {
  /**
   * The most batches all workers together fill before one is read: about two pieces' records for
   * each of two workers, so that a worker parses a whole piece, and starts the next, while the run
   * still reads an earlier one (with fewer, workers wait for the run record by record, which makes
   * the run serial), and few enough that the records held stay a few MiB at any number of workers.
   */
  static final int BATCHES_IN_ALL = 16;

  private final BlockingQueue<FeedTask> work;
  private final BlockingQueue<RecordBatch> pool = new LinkedBlockingQueue<>();
  private final int maxBatches;
  private int batches;
  private final KeyBuilder keyBuilder = new KeyBuilder();
  /** Formats the records here, when the run's writer can take them so; else null. */
  private final RecordRenderer renderer;
  /** The task being parsed and the batch being filled; touched only on this worker's thread. */
  private FeedTask task;
  private RecordBatch batch;
  /** Whether a stall was already passed on with nothing read since: one is enough. */
  private boolean stallSent;

  FeedWorker(BlockingQueue<FeedTask> work, int workers, RecordRenderer renderer) {
    this.work = work;
    this.renderer = renderer;
    this.maxBatches = Math.max(2, BATCHES_IN_ALL / workers);
  }

  @Override
  public void run() {
    try {
      while (true) {
        parse(work.take());
      }
    } catch (InterruptedException | InterruptedIOException e) {
      // the run ended or was stopped
    }
  }

  private void parse(FeedTask t) throws InterruptedException, InterruptedIOException {
    task = t;
    batch = freeBatch();
    try (RecordSource records = t.opener().open(this::collect)) {
      boolean stored = records.keysAreFinal();
      while (records.advance()) {
        RecordView record = records.current();
        if (!stored) {
          // The base key is built here, on a worker, while the title is in this core's cache: the
          // run only makes it unique, in input order.
          keyBuilder.build(record.title(), record.key());
        }
        batch.add(record, stored, renderer);
        stallSent = false;
        if (batch.isFull()) {
          send();
        }
      }
      batch.markLast();
      if (records instanceof PieceSource piece) {
        batch.setLinesRead(piece.linesRead());
      }
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException | RuntimeException | Error e) {
      batch.fail(e);
    }
    t.parsed();
    t.deliver(batch);
    batch = null;
    task = null;
  }

  private void collect(Diagnostic d) {
    batch.addDiagnostic(d);
    stallSent = false;
  }

  /**
   * The input this worker reads has nothing to give right now: the records parsed so far go to the
   * advancing thread at once, marked so that it flushes its output after writing them.
   */
  void inputStalled() throws InterruptedIOException {
    if (batch == null || stallSent) {
      return;
    }
    batch.markStalled();
    send();
    stallSent = true;
  }

  private void send() throws InterruptedIOException {
    task.deliver(batch);
    try {
      batch = freeBatch();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("the run was stopped");
    }
  }

  /** A batch read and given back, a new one while there are fewer than the most, or the next given back. */
  private RecordBatch freeBatch() throws InterruptedException {
    RecordBatch free = pool.poll();
    if (free != null) {
      return free;
    }
    if (batches < maxBatches) {
      batches++;
      return new RecordBatch(pool);
    }
    return pool.take();
  }
}
