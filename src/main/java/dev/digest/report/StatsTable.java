package dev.digest.report;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned table, one row an input and a total row, read at a glance: numbers right-aligned,
 * text left-aligned, lengths as min/median/max in characters, {@code -} where there are no records.
 */
public final class StatsTable implements StatsReport {
  private static final String[] HEADER = {
    "input", "records", "warnings", "duplicates", "with urls", "title length", "abstract length", "dates"
  };
  /** Columns holding numbers, aligned on the right. */
  private static final boolean[] NUMERIC = {false, true, true, true, true, true, true, false};

  @Override
  public void write(List<InputStats> inputs, InputStats total, OutputStream out) throws IOException {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (InputStats s : inputs) {
      rows.add(row(s.source(), s));
    }
    rows.add(row("total", total));
    int[] widths = new int[HEADER.length];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        widths[c] = Math.max(widths[c], r[c].codePointCount(0, r[c].length()));
      }
    }
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < r.length; c++) {
        int pad = widths[c] - r[c].codePointCount(0, r[c].length());
        boolean last = c == r.length - 1;
        if (c > 0) {
          line.append("  ");
        }
        if (NUMERIC[c]) {
          line.append(" ".repeat(pad)).append(r[c]);
        } else {
          line.append(r[c]).append(last ? "" : " ".repeat(pad));
        }
      }
      w.write(line.toString().stripTrailing());
      w.write('\n');
    }
    w.flush();
  }

  private static String[] row(String name, InputStats s) {
    return new String[] {
      name,
      Long.toString(s.records()),
      Long.toString(s.warnings()),
      Long.toString(s.duplicates()),
      Long.toString(s.withUrls()),
      lengths(s.titleLengths()),
      lengths(s.abstractLengths()),
      s.dates().isEmpty() ? "-" : String.join(", ", s.dates()),
    };
  }

  @SuppressFBWarnings(
      value = "FE_FLOATING_POINT_EQUALITY",
      justification = "a median is a whole number or one half, both exact in a double; this tests which")
  private static String lengths(LengthHistogram h) {
    if (h.count() == 0) {
      return "-";
    }
    double median = h.median();
    String m = median == Math.rint(median) ? Long.toString((long) median) : Double.toString(median);
    return h.min() + "/" + m + "/" + h.max();
  }
}
