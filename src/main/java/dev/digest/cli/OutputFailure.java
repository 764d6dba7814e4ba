package dev.digest.cli;

import java.io.IOException;

/** Writing the output failed; carries what the output was, to tell a closed pipe from a full disk. */
final class OutputFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private final boolean mayBePipe;
  private final String destination;

  OutputFailure(boolean mayBePipe, String destination, IOException cause) {
    super(cause.getMessage(), cause);
    this.mayBePipe = mayBePipe;
    this.destination = destination;
  }

  /**
   * The reader of the output went away ({@code digest convert big.txt | head}, also with
   * {@code -o /dev/stdout}); a file digest replaces is never a pipe.
   */
  boolean isClosedPipe() {
    String m = getMessage();
    return mayBePipe && m != null && (m.contains("Broken pipe") || m.contains("broken pipe"));
  }

  /** What could not be written, as the user named it: "the output" for standard output. */
  String destination() {
    return destination;
  }
}
