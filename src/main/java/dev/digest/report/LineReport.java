package dev.digest.report;

import dev.digest.parse.Diagnostic;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A check report of one line a diagnostic and no summary: the text and GitHub shapes. */
abstract class LineReport implements CheckReport {
  private final Writer out;

  LineReport(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** The line for {@code d}, without its line end. */
  abstract String line(Diagnostic d);

  @Override
  public void diagnostic(Diagnostic d) throws IOException {
    out.write(line(d));
    out.write('\n');
  }

  @Override
  public void end(CheckSummary summary) throws IOException {
    out.flush();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
