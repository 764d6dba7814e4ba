package dev.digest.source;

import dev.digest.model.RecordView;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.util.List;

/**
 * The row loop of csv and tsv: each row, after the header, one record, its cells read by the
 * header's names. {@code urls} are split at spaces and {@code authors} at {@code "; "}, as digest
 * joins them; an empty cell of {@code date}, {@code arxiv} or {@code published} is unknown; without
 * a {@code urls} column the links are those of the abstract, and without {@code source} or
 * {@code line} the record comes from this file's row. Only a title is required.
 */
abstract class DelimitedRows implements RecordSource {
  private final TextRecord record;
  /** The header row, read with the first row; none before. */
  private HeaderRow header = HeaderRow.NONE;

  DelimitedRows(ParseOptions options) {
    this.record = new TextRecord(options);
  }

  /** The next row's cells, or null at the end; {@link #rowLine()} is then where it starts. */
  abstract List<String> nextRow() throws IOException;

  /** The line where the row {@link #nextRow()} returned last starts. */
  abstract int rowLine();


  @Override
  public final boolean advance() throws IOException {
    if (header == HeaderRow.NONE) {
      List<String> first = nextRow();
      if (first == null) {
        return false;
      }
      HeaderRow read = HeaderRow.of(first);
      if (read == null) { // a file a run appends to, of columns without a title
        throw new DigestInputException(
            record.source(),
            rowLine(),
            "the header row has no title column (digest reads a csv or tsv file by its titles)",
            "write the title column too (--fields with title)");
      }
      header = read;
    }
    List<String> row;
    do {
      row = nextRow();
      if (row == null) {
        return false;
      }
    } while (row.size() == 1 && row.get(0).isEmpty()); // a blank line (no row has an empty title)
    fill(row);
    return true;
  }

  private void fill(List<String> row) throws DigestInputException {
    record.start(rowLine());
    RecordView v = record.view;
    String title = cell(row, "title");
    if (title == null || title.isBlank()) {
      throw new DigestInputException(
          record.source(), rowLine(), "a row without a title", "every row needs a title; fix or remove this one");
    }
    v.title().append(title);
    append(v, row);
    record.finish();
  }

  private void append(RecordView v, List<String> row) throws DigestInputException {
    String text = cell(row, "abstract");
    v.abstractText().append(text == null ? "" : text);
    text = cell(row, "key");
    if (text != null) {
      v.key().append(text);
    }
    text = cell(row, "urls");
    if (text != null) {
      for (String url : text.split(" ")) {
        if (!url.isEmpty()) {
          record.addUrl(url);
        }
      }
    }
    text = cell(row, "date");
    if (text != null && !text.isEmpty()) {
      v.setDate(dev.digest.model.Text.of(text));
    }
    text = cell(row, "source");
    if (text != null && !text.isEmpty()) {
      v.setSource(text);
    }
    text = cell(row, "line");
    if (text != null && !text.isEmpty()) {
      v.setLine(lineNumber(text));
    }
    text = cell(row, "authors");
    if (text != null && !text.isEmpty()) {
      for (String name : text.split("; ")) {
        v.addAuthor(name);
      }
    }
    text = cell(row, "arxiv");
    v.setArxiv(text == null || text.isEmpty() ? null : text);
    text = cell(row, "published");
    v.setPublished(text == null || text.isEmpty() ? null : text);
  }

  private int lineNumber(String text) throws DigestInputException {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new DigestInputException(
          record.source(), rowLine(), "the line column holds \"" + text + "\", not a whole number", "fix the cell or remove the line column");
    }
  }

  /** The cell of {@code field} in {@code row}, or null when the file has no such column (or the row stops short). */
  private String cell(List<String> row, String field) {
    int i = header.column(field);
    return i < 0 || i >= row.size() ? null : row.get(i);
  }

  @Override
  public final RecordView current() {
    return record.view;
  }
}
