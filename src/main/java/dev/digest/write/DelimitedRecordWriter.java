package dev.digest.write;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The row loop the delimited formats share: a header row of field names, then one row a record
 * with the {@code --fields} in their order, cells separated by one byte and rows ended the
 * format's way. A format says only how a cell's text is escaped ({@link #writeCell}).
 *
 * <p>Cells come straight from the record's UTF-8 bytes. A null date is an empty cell, the line
 * number is written in decimal, and several links are joined with one space into a reused buffer,
 * so that the joined text is escaped as one cell.
 */
abstract class DelimitedRecordWriter implements RecordWriter {
  private static final byte[][] NAMES = new byte[Field.values().length][];
  private static final byte[] NO_TEXT = new byte[0];

  static {
    for (Field f : Field.values()) {
      NAMES[f.ordinal()] = f.fieldName().getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** Where every byte goes; subclasses write their escaped cells here. */
  protected final ByteSink sink;

  private final Field[] fields;
  private final int separator;
  private final byte[] rowEnd;
  private byte[] joinedUrls = new byte[256];

  DelimitedRecordWriter(OutputStream out, WriterOptions options, int separator, byte[] rowEnd) {
    this.sink = new ByteSink(out);
    this.fields = options.fields().toArray(new Field[0]);
    this.separator = separator;
    this.rowEnd = rowEnd.clone();
  }

  /** Writes {@code b[off, off + len)}, UTF-8 text, as one cell escaped for the format. */
  abstract void writeCell(byte[] b, int off, int len) throws IOException;

  @Override
  public void begin() throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sink.write(separator);
      }
      byte[] name = NAMES[fields[i].ordinal()];
      writeCell(name, 0, name.length);
    }
    sink.write(rowEnd);
  }

  @Override
  public void write(RecordView r) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sink.write(separator);
      }
      switch (fields[i]) {
        case KEY:
          writeCell(r.key());
          break;
        case TITLE:
          writeCell(r.title());
          break;
        case ABSTRACT:
          writeCell(r.abstractText());
          break;
        case URLS:
          writeUrls(r);
          break;
        case DATE:
          Text date = r.date();
          if (date == null) {
            writeCell(NO_TEXT, 0, 0);
          } else {
            writeCell(date);
          }
          break;
        case SOURCE:
          byte[] source = r.sourceUtf8();
          writeCell(source, 0, source.length);
          break;
        case LINE:
          sink.writeDecimal(r.line());
          break;
        default:
          throw new IllegalStateException("field " + fields[i]);
      }
    }
    sink.write(rowEnd);
  }

  private void writeCell(Text t) throws IOException {
    writeCell(t.bytes(), 0, t.length());
  }

  /** The links joined with one space; one link is written from the abstract without a copy. */
  private void writeUrls(RecordView r) throws IOException {
    int count = r.urlCount();
    byte[] text = r.abstractText().bytes();
    if (count == 1) {
      writeCell(text, r.urlStart(0), r.urlEnd(0) - r.urlStart(0));
      return;
    }
    int n = 0;
    for (int i = 0; i < count; i++) {
      int len = r.urlEnd(i) - r.urlStart(i);
      if (n + len + 1 > joinedUrls.length) {
        joinedUrls = Arrays.copyOf(joinedUrls, Math.max(n + len + 1, joinedUrls.length * 2));
      }
      if (i > 0) {
        joinedUrls[n++] = ' ';
      }
      System.arraycopy(text, r.urlStart(i), joinedUrls, n, len);
      n += len;
    }
    writeCell(joinedUrls, 0, n);
  }

  @Override
  public void end() throws IOException {
    sink.flush();
  }

  @Override
  public void flush() throws IOException {
    sink.flush();
  }
}
