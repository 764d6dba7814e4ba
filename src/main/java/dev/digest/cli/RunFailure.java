package dev.digest.cli;

/** A problem that ends the run with exit 1 and one message for the user; no stack trace. */
final class RunFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RunFailure(String message) {
    super(message);
  }

  RunFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
