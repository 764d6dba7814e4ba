package dev.digest.testing;

import java.io.IOException;
import java.io.OutputStream;

/** An output whose every write fails as the operating system reports it (a closed pipe, a full disk). */
public final class FailingOutputStream extends OutputStream {
  private final String message;

  public FailingOutputStream(String message) {
    this.message = message;
  }

  @Override
  public void write(int b) throws IOException {
    throw new IOException(message);
  }
}
