package dev.digest.cli;

/** A mistake in the command line (exit 2); the message names the bad option or value. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
