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
 * number is written in decimal, and several links (with one space) or authors (with {@code "; "})
 * are joined into a reused buffer, so that the joined text is escaped as one cell. An unknown
 * arXiv id or publication date is an empty cell, as a null date is.
 */
abstract class DelimitedRecordWriter implements RecordWriter, WriterRenderer.Body {
  private static final byte[][] NAMES = new byte[Field.values().length][];
  private static final byte[] NO_TEXT = new byte[0];
  private static final byte[] URL_SEPARATOR = {' '};
  private static final byte[] AUTHOR_SEPARATOR = {';', ' '};

  static {
    for (Field f : Field.values()) {
      NAMES[f.ordinal()] = f.fieldName().getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** Where every byte goes; subclasses write their escaped cells here. */
  protected final ByteSink sink;

  private final WriterOptions options;
  private final Field[] fields;
  /** Set for a renderer's writer: where it notes the places of each record. */
  private final RenderTarget marks;
  private final int separator;
  private final byte[] rowEnd;
  /** Several links or names joined into one cell, so that the cell is escaped as one text. */
  private byte[] joined = new byte[256];

  DelimitedRecordWriter(OutputStream out, WriterOptions options, int separator, byte[] rowEnd, RenderTarget marks) {
    this.sink = new ByteSink(out);
    this.options = options;
    this.marks = marks;
    this.fields = options.fields().toArray(new Field[0]);
    this.separator = separator;
    this.rowEnd = rowEnd.clone();
  }

  /** Writes {@code b[off, off + len)}, UTF-8 text, as one cell escaped for the format. */
  abstract void writeCell(byte[] b, int off, int len) throws IOException;

  /** A writer of the same format and options that renders into {@code target}. */
  abstract DelimitedRecordWriter renderingInto(WriterOptions options, RenderTarget target);

  /** A row depends on nothing before it (the header is {@link #begin()}'s). */
  @Override
  public RecordRenderer newRenderer() {
    return new WriterRenderer(target -> renderingInto(options, target));
  }

  @Override
  public void writeRendered(RenderedRecord record, Text key, int line) throws IOException {
    record.writeTo(sink, key, line);
  }

  @Override
  public void drain() throws IOException {
    sink.drain();
  }

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
    writeBody(r);
  }

  @Override
  public void writeBody(RecordView r) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sink.write(separator);
      }
      switch (fields[i]) {
        case KEY:
          writeCell(r.key());
          if (marks != null) {
            sink.drain();
            marks.keyEnd(0);
          }
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
          writeCellOrEmpty(r.date());
          break;
        case SOURCE:
          byte[] source = r.sourceUtf8();
          writeCell(source, 0, source.length);
          break;
        case LINE:
          if (marks != null) {
            sink.drain();
            int from = marks.position();
            sink.writeDecimal(r.line());
            sink.drain();
            marks.line(from);
          } else {
            sink.writeDecimal(r.line());
          }
          break;
        case AUTHORS:
          writeAuthors(r);
          break;
        case ARXIV:
          writeCellOrEmpty(r.arxiv());
          break;
        case PUBLISHED:
          writeCellOrEmpty(r.published());
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

  /** A null (an unknown date, id or publication date) is an empty cell. */
  private void writeCellOrEmpty(Text t) throws IOException {
    if (t == null) {
      writeCell(NO_TEXT, 0, 0);
    } else {
      writeCell(t);
    }
  }

  /** The links joined with one space; one link is written from its text without a copy. */
  private void writeUrls(RecordView r) throws IOException {
    int count = r.urlCount();
    byte[] text = r.urlText().bytes();
    if (count == 1) {
      writeCell(text, r.urlStart(0), r.urlEnd(0) - r.urlStart(0));
      return;
    }
    int n = 0;
    for (int i = 0; i < count; i++) {
      n = join(n, URL_SEPARATOR, text, r.urlStart(i), r.urlEnd(i), i > 0);
    }
    writeCell(joined, 0, n);
  }

  /** The names joined with {@code "; "}; no authors is an empty cell, one name is written without a copy. */
  private void writeAuthors(RecordView r) throws IOException {
    int count = r.authorCount();
    byte[] names = r.authorText().bytes();
    if (count <= 1) {
      writeCell(names, 0, count == 0 ? 0 : r.authorEnd(0));
      return;
    }
    int n = 0;
    for (int i = 0; i < count; i++) {
      n = join(n, AUTHOR_SEPARATOR, names, r.authorStart(i), r.authorEnd(i), i > 0);
    }
    writeCell(joined, 0, n);
  }

  /** Appends {@code b[from, to)} to the joined cell at {@code n}, after the separator unless first. */
  private int join(int n, byte[] separator, byte[] b, int from, int to, boolean separate) {
    int len = to - from;
    int needed = n + separator.length + len;
    if (needed > joined.length) {
      joined = Arrays.copyOf(joined, Math.max(needed, joined.length * 2));
    }
    if (separate) {
      System.arraycopy(separator, 0, joined, n, separator.length);
      n += separator.length;
    }
    System.arraycopy(b, from, joined, n, len);
    return n + len;
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
