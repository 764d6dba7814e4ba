package dev.digest.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.locks.LockSupport;

/**
 * Forces an output file's data to disk while the run goes on writing it, each time another {@link
 * #EVERY} bytes are written, so that the force before the rename ({@link OutputTarget#commit()})
 * finds little left to do. A page cache may hold gigabytes of written data without writing any of
 * it back (Linux starts at {@code vm.dirty_background_ratio}, a tenth of memory): without this, the
 * conversion and the writing to disk follow one another instead of overlapping.
 *
 * <p>The run's thread never waits for these forces: it goes on writing while one is under way. A
 * force that fails is kept and reported by {@link #stop()}, since the final force on the same file
 * may not see the error again. The thread is never interrupted: an interrupt closes the channel.
 */
final class Writeback {
  static final long EVERY = 64L << 20;
  private static final long POLL_NANOS = 10_000_000L;

  private final FileChannel channel;
  private final Thread thread;
  private volatile boolean stopped;
  private volatile IOException failure;

  Writeback(FileChannel channel) {
    this.channel = channel;
    this.thread = new Thread(this::run, "digest-writeback");
    thread.setDaemon(true); // never keeps a process alive that is ending
    thread.start();
  }

  private void run() {
    long forced = 0;
    try {
      while (!stopped) {
        long size = channel.size();
        if (size - forced >= EVERY) {
          channel.force(false);
          forced = size;
        } else {
          LockSupport.parkNanos(this, POLL_NANOS);
        }
      }
    } catch (IOException e) {
      failure = e; // a closed channel too, when the run is abandoned: then nobody asks
    }
  }

  /** Ends the forces, after the one under way: the first that failed, or null. */
  IOException stop() {
    stopped = true;
    LockSupport.unpark(thread);
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return failure;
  }

  /** Ends the forces without waiting: the output is being dropped. */
  void abandon() {
    stopped = true;
    LockSupport.unpark(thread);
  }
}
