package dev.digest.cli;

import java.io.IOException;

/** Writing the output failed; carries what the output was, to tell a closed pipe from a full disk. */
final class OutputFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private final boolean stdout;

  OutputFailure(boolean stdout, IOException cause) {
    super(cause.getMessage(), cause);
    this.stdout = stdout;
  }

  /** The reader of standard output went away ({@code digest convert big.txt | head}). */
  boolean isClosedPipe() {
    String m = getMessage();
    return stdout && m != null && (m.contains("Broken pipe") || m.contains("broken pipe"));
  }
}
