package dev.digest.source;

import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The rows of a TSV file: one line a row, cells split at tabs, {@code \t \n \r \\} unescaped. */
final class TsvReader extends DelimitedRows {
  private final TextLines lines;

  TsvReader(InputStream in, ParseOptions options) {
    super(options);
    this.lines = new TextLines(in, options);
  }

  @Override
  List<String> nextRow() throws IOException {
    String line = lines.next();
    if (line == null) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        i++;
        cell.append(unescaped(line.charAt(i)));
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static String unescaped(char c) {
    switch (c) {
      case 't':
        return "\t";
      case 'n':
        return "\n";
      case 'r':
        return "\r";
      case '\\':
        return "\\";
      default:
        return "\\" + c; // not an escape digest writes: kept as written
    }
  }

  @Override
  int rowLine() {
    return lines.number();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
