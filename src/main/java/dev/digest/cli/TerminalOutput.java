package dev.digest.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output when it is the terminal the progress line is drawn on: written in whole lines,
 * each write after the progress line is erased. Output goes out in large blocks that end anywhere;
 * a progress line drawn after half a line would be erased with it, and a warning would land inside
 * it. What follows the last line end of a write waits for the next write, or for a flush.
 */
final class TerminalOutput extends FilterOutputStream {
  private final ProgressLine progress;
  private final ByteArrayOutputStream unfinishedLine = new ByteArrayOutputStream();

  TerminalOutput(OutputStream terminal, ProgressLine progress) {
    super(terminal);
    this.progress = progress;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int lineEnd = off + len - 1;
    while (lineEnd >= off && b[lineEnd] != '\n') {
      lineEnd--;
    }
    if (lineEnd < off) {
      unfinishedLine.write(b, off, len);
      return;
    }
    progress.erase();
    unfinishedLine.writeTo(out);
    unfinishedLine.reset();
    out.write(b, off, lineEnd + 1 - off);
    progress.outputAtLineStart(true);
    unfinishedLine.write(b, lineEnd + 1, off + len - lineEnd - 1);
  }

  @Override
  public void flush() throws IOException {
    if (unfinishedLine.size() > 0) {
      progress.erase();
      unfinishedLine.writeTo(out);
      unfinishedLine.reset();
      progress.outputAtLineStart(false);
    }
    out.flush();
  }
}
