package dev.digest.cli;

/**
 * The process is ending on a signal (Ctrl-C, kill) and has dropped the run's output: the run ends
 * without a word, and the process exits with the signal's status.
 */
final class RunStopped extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RunStopped() {
    super("stopped by a signal", null, false, false);
  }
}
