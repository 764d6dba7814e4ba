package dev.digest.cli;

import dev.digest.parse.InputSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * A one-line progress display on stderr for large inputs: bytes read of the total, MB/s, records.
 * Shown only when stderr is a terminal (the launcher says so; Java cannot tell for stderr), so
 * never in CI logs or pipes; the line is erased before anything else is written to the terminal
 * (see {@link ProgressLine}) and when the input ends.
 */
final class ProgressMeter {
  /** Inputs smaller than this in all convert too fast for a progress line to help. */
  static final long LARGE = 8L << 20;
  private static final long INTERVAL_NANOS = 250_000_000L;
  private static final int CHECK_EVERY = 1024;

  private final ProgressLine line;
  private final long total;
  private final long started = System.nanoTime();
  /** Opened on the thread that reads the inputs (with -j, not the one that draws): a list safe to read while it grows. */
  private final List<BoundedInputStream> streams = new CopyOnWriteArrayList<>();
  private long lastShown = started;
  private long records;

  private ProgressMeter(ProgressLine line, long total) {
    this.line = line;
    this.total = total;
  }

  /** A meter when stderr is a terminal and the inputs are large, else null. */
  static ProgressMeter forRun(PrintWriter err, boolean stderrIsTerminal, long totalBytes, boolean hasStdin) {
    if (!stderrIsTerminal || (totalBytes < LARGE && !hasStdin)) {
      return null;
    }
    return new ProgressMeter(new ProgressLine(err), hasStdin ? -1 : totalBytes);
  }

  /** The inputs, counting the bytes read from them. */
  List<InputSource> counting(List<InputSource> inputs) {
    List<InputSource> counted = new ArrayList<>(inputs.size());
    for (InputSource input : inputs) {
      counted.add(
          new InputSource() {
            @Override
            public String name() {
              return input.name();
            }

            @Override
            public Path path() {
              return input.path();
            }

            @Override
            public InputStream open() throws IOException {
              BoundedInputStream counting = BoundedInputStream.builder().setInputStream(input.open()).get();
              streams.add(counting);
              return counting;
            }
          });
    }
    return counted;
  }

  /** Called once a record; redraws at most four times a second. */
  void record() {
    if (++records % CHECK_EVERY != 0) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastShown >= INTERVAL_NANOS) {
      lastShown = now;
      draw(now);
    }
  }

  /** The line it draws on, to be erased before anything else goes to the terminal. */
  ProgressLine line() {
    return line;
  }

  /** Erases the line, so the terminal is left as it was. */
  void finish() {
    line.erase();
  }

  private void draw(long now) {
    long read = 0;
    for (BoundedInputStream s : streams) {
      read += s.getCount();
    }
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String rate = String.format(Locale.ROOT, "%.0f MB/s", read / seconds / 1e6);
    String amount =
        total > 0
            ? String.format(Locale.ROOT, "%.1f of %.1f MB (%d%%)", read / 1e6, total / 1e6, read * 100 / total)
            : String.format(Locale.ROOT, "%.1f MB", read / 1e6);
    line.draw("digest: " + amount + "  " + rate + "  " + records + " records");
  }
}
