package dev.digest.write;

import dev.digest.model.Swar;
import java.io.IOException;
import java.io.OutputStream;

/**
 * CSV as RFC 4180 has it, for spreadsheets and data tools: UTF-8 with no byte-order mark, a header
 * row, CRLF after every row. A cell is quoted, with its quotes doubled, when it holds a comma, a
 * quote, CR or LF, and also when it starts or ends with a space or tab: RFC 4180 keeps such spaces
 * either way, but readers that trim unquoted cells then keep them too. Any other cell is written
 * as it is.
 *
 * <p>With {@code --csv-safe}, a cell starting with {@code = + - @}, a tab or CR, which a
 * spreadsheet would run as a formula, is quoted and starts with an apostrophe, as OWASP advises.
 * That changes the text, so it is asked for, not the default.
 */
final class CsvRecordWriter extends DelimitedRecordWriter {
  private static final byte[] CRLF = {'\r', '\n'};
  private static final long COMMAS = Swar.broadcast(',');
  private static final long QUOTES = Swar.broadcast('"');
  private static final long CRS = Swar.broadcast('\r');
  private static final long LFS = Swar.broadcast('\n');

  private final boolean safe;

  CsvRecordWriter(OutputStream out, WriterOptions options) {
    super(out, options, ',', CRLF);
    this.safe = options.csvSafe();
  }

  @Override
  void writeCell(byte[] b, int off, int len) throws IOException {
    int end = off + len;
    boolean formula = safe && len > 0 && startsFormula(b[off]);
    if (!formula && !needsQuotes(b, off, end)) {
      sink.write(b, off, len);
      return;
    }
    sink.write('"');
    if (formula) {
      sink.write('\'');
    }
    int from = off;
    int quote;
    while ((quote = DelimitedByteScan.indexOf(b, from, end, QUOTES)) >= 0) {
      sink.write(b, from, quote + 1 - from);
      sink.write('"');
      from = quote + 1;
    }
    sink.write(b, from, end - from);
    sink.write('"');
  }

  private static boolean needsQuotes(byte[] b, int off, int end) {
    if (off == end) {
      return false;
    }
    return isBlank(b[off])
        || isBlank(b[end - 1])
        || DelimitedByteScan.indexOfAny(b, off, end, COMMAS, QUOTES, CRS, LFS) >= 0;
  }

  private static boolean startsFormula(byte c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static boolean isBlank(byte c) {
    return c == ' ' || c == '\t';
  }
}
