package dev.digest.bench;

import java.io.OutputStream;

/**
 * Output that goes nowhere but is counted: the writers are measured without a disk or a pipe, and
 * the count both reports the output size and keeps the writing from being optimised away.
 */
final class DiscardingOutputStream extends OutputStream {
  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }

  long count() {
    return count;
  }
}
