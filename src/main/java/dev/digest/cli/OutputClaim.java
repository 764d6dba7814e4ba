package dev.digest.cli;

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

  private final Object lock = new Object();
  private State state = State.OPEN;

  /** The run takes the output to rename it; false when a shutdown dropped it first. */
  boolean claimForCommit() {
    return take(State.COMMITTING);
  }

  /** The rename is over: the target replaced, or (it failed) the temporary file deleted. */
  void settle(boolean renamed) {
    synchronized (lock) {
      state = renamed ? State.COMMITTED : State.DROPPED;
      lock.notifyAll();
    }
  }

  /** A failed run or a shutdown takes the output to delete it; false when a commit took it first. */
  boolean claimForDrop() {
    return take(State.DROPPED);
  }

  /**
   * How the output ended, waiting while a commit is under way: a shutdown must not let the JVM end
   * between the claim and the rename, which would leave the temporary file behind. The rename is one
   * system call away, so the wait is short.
   */
  State awaitSettled() throws InterruptedException {
    synchronized (lock) {
      while (state == State.COMMITTING) {
        lock.wait();
      }
      return state;
    }
  }

  /**
   * What a shutdown (Ctrl-C, kill) does with the output: drops it, running {@code drop}, when the
   * run has not claimed it for its commit; else waits for the commit and, when it went through,
   * lets the process exit with the run's own status ({@link ProcessExit}).
   */
  void settleOnShutdown(Runnable drop) {
    if (claimForDrop()) {
      drop.run();
      return;
    }
    try {
      if (awaitSettled() == State.COMMITTED) {
        ProcessExit.haltAsTheRunEnds();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean take(State next) {
    synchronized (lock) {
      if (state != State.OPEN) {
        return false;
      }
      state = next;
      return true;
    }
  }
}
