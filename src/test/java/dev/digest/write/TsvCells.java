package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a tsv cell back to its text. */
final class TsvCells {
  private TsvCells() {}

  /** Undoes {@code \t}, {@code \n}, {@code \r} and {@code \\}; any other backslash is an error. */
  static String unescape(String cell) {
    StringBuilder sb = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      assertThat(i + 1).as("backslash at the end of %s", cell).isLessThan(cell.length());
      char next = cell.charAt(++i);
      switch (next) {
        case 't' -> sb.append('\t');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case '\\' -> sb.append('\\');
        default -> throw new AssertionError("unknown escape \\" + next + " in " + cell);
      }
    }
    return sb.toString();
  }
}
