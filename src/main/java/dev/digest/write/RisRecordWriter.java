package dev.digest.write;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RIS, the tagged format Zotero, EndNote and Mendeley import: one {@code TY  - GEN} record a
 * paper with its title ({@code TI}), abstract ({@code AB}, left out when there is none), one
 * {@code UR} a link, the date as {@code DA} when the date line names a year and as written in
 * {@code N1}, then {@code ER  - }. Lines end with CRLF, as the RIS specification asks; a blank
 * line separates records. Values are one line each ({@link RisValueWriter}).
 *
 * <p>Only tags of the current (2011) RIS specification are written. The citation key has no tag
 * there: {@code ID} belongs to the older specification, in which {@code AB} and {@code N1} are both
 * notes, and readers that tell the two apart by the tags a record uses (citation-js) then read the
 * abstract as a note. Zotero ignores {@code ID} in any case.
 */
final class RisRecordWriter implements RecordWriter {
  private static final byte[] CRLF = ascii("\r\n");
  private static final byte[] TYPE = ascii("TY  - GEN\r\n");
  private static final byte[] TITLE = ascii("TI  - ");
  private static final byte[] ABSTRACT = ascii("AB  - ");
  private static final byte[] URL = ascii("UR  - ");
  private static final byte[] DATE = ascii("DA  - ");
  private static final byte[] NOTE = ascii("N1  - ");
  private static final byte[] END = ascii("ER  - \r\n");

  private final ByteSink sink;
  private final byte[] risDate = new byte[RisDate.LENGTH];
  private long count;

  RisRecordWriter(OutputStream out) {
    this.sink = new ByteSink(out);
  }

  @Override
  public void begin() {
    // RIS has no file header.
  }

  @Override
  public void write(RecordView r) throws IOException {
    if (count > 0) {
      sink.write(CRLF);
    }
    sink.write(TYPE);
    tag(TITLE, r.title());
    if (!r.abstractText().isEmpty()) {
      tag(ABSTRACT, r.abstractText());
    }
    byte[] text = r.abstractText().bytes();
    for (int i = 0; i < r.urlCount(); i++) {
      tag(URL, text, r.urlStart(i), r.urlEnd(i) - r.urlStart(i));
    }
    Text date = r.date();
    if (date != null) {
      if (RisDate.toRis(date.bytes(), date.length(), risDate)) {
        tag(DATE, risDate, 0, risDate.length);
      }
      tag(NOTE, date);
    }
    sink.write(END);
    count++;
  }

  private void tag(byte[] tag, Text value) throws IOException {
    tag(tag, value.bytes(), 0, value.length());
  }

  private void tag(byte[] tag, byte[] b, int off, int len) throws IOException {
    sink.write(tag);
    RisValueWriter.write(sink, b, off, len);
    sink.write(CRLF);
  }

  @Override
  public void end() throws IOException {
    sink.flush();
  }

  @Override
  public void flush() throws IOException {
    sink.flush();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
