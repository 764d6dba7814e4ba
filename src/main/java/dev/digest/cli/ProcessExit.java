package dev.digest.cli;

/**
 * The exit status of the digest process, kept the run's once its {@code -o} file is replaced.
 *
 * <p>Java answers Ctrl-C and kill (SIGINT, SIGTERM) by running the shutdown hooks and then exiting
 * with 130 or 143, whatever the main thread is doing; a call to {@code System.exit} made meanwhile
 * waits for that exit and cannot change its status. A signal that comes after the rename would so
 * report a killed run over a file that the run completed, and a script that trusts the status
 * would redo or distrust good work. The one way for a hook to choose the status is to end the JVM
 * itself with {@link Runtime#halt}: once an output is replaced, the hook waits for the run to end
 * (its last lines are flushed to stderr, its progress line erased) and halts with the run's own
 * status. A signal before the rename keeps its status: the output is dropped (see
 * {@link OutputTarget}).
 *
 * <p>Only {@link Main#main} owns the process; runs inside another program (tests, embedding) never
 * halt its JVM.
 */
final class ProcessExit {
  /**
   * How long a signalled process waits for a run whose output is already in place to end. Only
   * closing the inputs and flushing stderr is left, which takes milliseconds; the bound is for a
   * stderr that nobody reads, which would otherwise make the signal never end the process.
   */
  private static final long PATIENCE_MILLIS = 5_000;

  private static final Object LOCK = new Object();
  private static boolean owned;
  private static boolean outputReplaced;
  private static boolean ended;
  private static int status;

  private ProcessExit() {}

  /** For {@link Main#main}: from now on a signal after a replaced output exits as the run does. */
  static void own() {
    synchronized (LOCK) {
      if (owned) {
        return;
      }
      owned = true;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(ProcessExit::onShutdown, "digest-exit-status"));
  }

  /** The run has renamed its output over the target. */
  static void outputReplaced() {
    synchronized (LOCK) {
      outputReplaced = true;
    }
  }

  /** Ends the process with the run's status. */
  static void exit(int runStatus) {
    synchronized (LOCK) {
      status = runStatus;
      ended = true;
      LOCK.notifyAll();
    }
    System.exit(runStatus);
  }

  /**
   * Called by a shutdown hook that saw the output replaced: halts the JVM with the run's status
   * once the run has ended. Returns at once when digest does not own the process.
   */
  static void haltAsTheRunEnds() {
    int runStatus;
    synchronized (LOCK) {
      if (!owned) {
        return;
      }
      long deadline = System.nanoTime() + PATIENCE_MILLIS * 1_000_000L;
      long left = PATIENCE_MILLIS;
      while (!ended && left > 0) {
        try {
          LOCK.wait(left);
        } catch (InterruptedException e) {
          break;
        }
        left = (deadline - System.nanoTime()) / 1_000_000L;
      }
      // A run that has not ended in time has its output in place all the same: it completed.
      runStatus = ended ? status : ExitCode.OK;
    }
    Runtime.getRuntime().halt(runStatus);
  }

  private static void onShutdown() {
    boolean replaced;
    synchronized (LOCK) {
      replaced = outputReplaced;
    }
    if (replaced) {
      haltAsTheRunEnds();
    }
  }
}
