package dev.digest.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The output of {@code digest stats}: every input's figures, then the run's total. */
public interface StatsReport {
  void write(List<InputStats> inputs, InputStats total, OutputStream out) throws IOException;
}
