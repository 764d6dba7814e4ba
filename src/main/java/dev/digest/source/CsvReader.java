package dev.digest.source;

import dev.digest.parse.DigestInputException;
import dev.digest.parse.ParseOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file, read by Commons CSV as RFC 4180 says (quoted cells may hold commas,
 * quotes and line breaks), line ends LF or CR LF; a cell digest guarded with {@code --csv-safe}
 * keeps its leading {@code '}.
 */
final class CsvReader extends DelimitedRows {
  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;
  private final ParseOptions options;
  private long linesBefore;
  private int rowLine;

  CsvReader(InputStream in, ParseOptions options) throws IOException {
    super(options);
    this.options = options;
    BufferedReader reader = TextLines.strictReader(in, options);
    if (reader.markSupported()) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
    }
    this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader);
    this.rows = parser.iterator();
  }

  @Override
  List<String> nextRow() throws IOException {
    try {
      if (!rows.hasNext()) {
        return null;
      }
      CSVRecord row = rows.next();
      rowLine = (int) linesBefore + 1;
      linesBefore = parser.getCurrentLineNumber();
      return row.toList();
    } catch (UncheckedIOException e) {
      throw problem(e.getCause());
    }
  }

  private DigestInputException problem(IOException e) {
    int line = (int) parser.getCurrentLineNumber() + 1;
    if (e instanceof CharacterCodingException) {
      return TextLines.notValid(options, line, (CharacterCodingException) e);
    }
    return new DigestInputException(
        options.sourceName(), line, "CSV that does not parse (" + e.getMessage() + ")", "fix the quoting of this row", e);
  }

  @Override
  int rowLine() {
    return rowLine;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
