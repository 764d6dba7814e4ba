package dev.digest.write;

import dev.digest.model.Swar;
import dev.digest.model.Utf8;
import java.io.IOException;
import java.io.OutputStream;

/**
 * CSV as RFC 4180 has it, for spreadsheets and data tools: UTF-8 with no byte-order mark, a header
 * row, CRLF after every row. A cell is quoted, with its quotes doubled, when it holds a comma, a
 * quote, CR or LF, and also when it starts or ends with white space: RFC 4180 keeps it either
 * way, but readers that trim unquoted cells then keep it too. They trim more than space and tab:
 * Java's {@code trim()} every character up to U+0020, Commons CSV and {@code strip()} whatever
 * {@link Character#isWhitespace} calls white space (form feed, U+2003, ...). Any other cell is
 * written as it is. A row of one empty cell is written {@code ""}: as a blank line, readers that skip
 * blank lines (Python's {@code csv}, Commons CSV's default) would lose the row.
 *
 * <p>With {@code --csv-safe}, a cell starting with {@code = + - @}, a tab or CR, which a
 * spreadsheet would run as a formula, is quoted and starts with an apostrophe, as OWASP advises.
 * That changes the text, so it is asked for, not the default.
 */
final class CsvRecordWriter extends DelimitedRecordWriter {
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] EMPTY_QUOTED = {'"', '"'};
  private static final long COMMAS = Swar.broadcast(',');
  private static final long QUOTES = Swar.broadcast('"');
  private static final long CRS = Swar.broadcast('\r');
  private static final long LFS = Swar.broadcast('\n');

  private final boolean safe;
  private final boolean oneCellRows;

  CsvRecordWriter(OutputStream out, WriterOptions options) {
    this(out, options, null);
  }

  private CsvRecordWriter(OutputStream out, WriterOptions options, RenderTarget marks) {
    super(out, options, ',', CRLF, marks);
    this.safe = options.csvSafe();
    this.oneCellRows = options.fields().size() == 1;
  }

  @Override
  DelimitedRecordWriter renderingInto(WriterOptions options, RenderTarget target) {
    return new CsvRecordWriter(target, options, target);
  }

  @Override
  void writeCell(byte[] b, int off, int len) throws IOException {
    if (len == 0 && oneCellRows) {
      sink.write(EMPTY_QUOTED);
      return;
    }
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
    return isTrimmed(Utf8.codePointAt(b, off, end))
        || isTrimmed(lastCodePoint(b, off, end))
        || DelimitedByteScan.indexOfAny(b, off, end, COMMAS, QUOTES, CRS, LFS) >= 0;
  }

  private static int lastCodePoint(byte[] b, int off, int end) {
    int start = end - 1;
    while (start > off && Utf8.isContinuation(b[start])) {
      start--;
    }
    return Utf8.codePointAt(b, start, end);
  }

  private static boolean startsFormula(byte c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** A character that a reader trimming cells would drop from a cell's end. */
  private static boolean isTrimmed(int cp) {
    return cp <= ' ' || Character.isWhitespace(cp);
  }
}
