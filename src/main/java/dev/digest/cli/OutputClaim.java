package dev.digest.cli;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Who decides the fate of a file output's temporary file: the run, which renames it over the
 * target, or a shutdown (Ctrl-C, kill), which deletes it. Both may try at once, the run on the
 * main thread and the shutdown in a hook; exactly one wins, so a killed run either replaced the
 * target whole or left it untouched, never both and never neither.
 *
 * <pre>
 *   OPEN --claimForCommit--> COMMITTING --settle(true)--> COMMITTED
 *     |                           '-------settle(false)--> DROPPED
 *     '----claimForDrop---------------------------------> DROPPED
 * </pre>
 */
final class OutputClaim {
  enum State {
    OPEN,
    COMMITTING,
    COMMITTED,
    DROPPED
  }

  private final AtomicReference<State> state = new AtomicReference<>(State.OPEN);

  /** The run takes the output to rename it; false when a shutdown dropped it first. */
  boolean claimForCommit() {
    return state.compareAndSet(State.OPEN, State.COMMITTING);
  }

  /** The rename is over: the target replaced, or (it failed) the temporary file deleted. */
  void settle(boolean renamed) {
    synchronized (state) {
      state.set(renamed ? State.COMMITTED : State.DROPPED);
      state.notifyAll();
    }
  }

  /** A failed run or a shutdown takes the output to delete it; false when a commit took it first. */
  boolean claimForDrop() {
    return state.compareAndSet(State.OPEN, State.DROPPED);
  }

  /**
   * How the output ended, waiting while a commit is under way: a shutdown must not let the JVM end
   * between the claim and the rename, which would leave the temporary file behind. The rename is one
   * system call away, so the wait is short.
   */
  State awaitSettled() throws InterruptedException {
    synchronized (state) {
      while (state.get() == State.COMMITTING) {
        state.wait();
      }
      return state.get();
    }
  }
}
