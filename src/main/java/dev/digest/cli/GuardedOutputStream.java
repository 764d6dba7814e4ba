package dev.digest.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Marks every write failure as an {@link OutputFailure}, so it is never mistaken for an input problem. */
final class GuardedOutputStream extends FilterOutputStream {
  private final boolean mayBePipe;
  private final String destination;

  GuardedOutputStream(OutputStream out, boolean mayBePipe, String destination) {
    super(out);
    this.mayBePipe = mayBePipe;
    this.destination = destination;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new OutputFailure(mayBePipe, destination, e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw new OutputFailure(mayBePipe, destination, e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw new OutputFailure(mayBePipe, destination, e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw new OutputFailure(mayBePipe, destination, e);
    }
  }
}
