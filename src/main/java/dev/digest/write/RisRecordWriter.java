package dev.digest.write;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RIS, the tagged format Zotero, EndNote and Mendeley import: one {@code TY  - GEN} record a
 * paper with its title ({@code TI}), one {@code AU} an author (blank names left out), the abstract ({@code AB}, left out
 * when there is none), one {@code UR} a link (the arXiv page first when the id is known), the
 * year as {@code PY} and the day as {@code DA} when there is a {@link PaperDate}, the arXiv DOI as
 * {@code DO}, the date line as written in {@code N1}, then {@code ER  - }. Lines end with CRLF, as the RIS specification asks; a blank
 * line separates records. Values are one line each ({@link RisValueWriter}).
 *
 * <p>Only tags of the current (2011) RIS specification are written. The citation key has no tag
 * there: {@code ID} belongs to the older specification, in which {@code AB} and {@code N1} are both
 * notes, and readers that tell the two apart by the tags a record uses (citation-js) then read the
 * abstract as a note. Zotero ignores {@code ID} in any case.
 */
final class RisRecordWriter implements RecordWriter, WriterRenderer.Body {
  private static final byte[] CRLF = ascii("\r\n");
  private static final byte[] TYPE = ascii("TY  - GEN\r\n");
  private static final byte[] TITLE = ascii("TI  - ");
  private static final byte[] ABSTRACT = ascii("AB  - ");
  private static final byte[] URL = ascii("UR  - ");
  private static final byte[] AUTHOR = ascii("AU  - ");
  private static final byte[] YEAR = ascii("PY  - ");
  private static final byte[] DATE = ascii("DA  - ");
  private static final byte[] DOI = ascii("DO  - ");
  private static final byte[] NOTE = ascii("N1  - ");
  private static final byte[] END = ascii("ER  - \r\n");

  private final ByteSink sink;
  private final byte[] risDate = new byte[RisDate.LENGTH];
  private final Arxiv page = new Arxiv();
  private final Arxiv doi = new Arxiv();
  private long count;

  RisRecordWriter(OutputStream out) {
    this.sink = new ByteSink(out);
  }

  @Override
  public void begin() {
    // RIS has no file header.
  }

  /** A record is the same wherever it comes; the blank line between two is the run's. */
  @Override
  public RecordRenderer newRenderer() {
    return new WriterRenderer(target -> new RisRecordWriter(target));
  }

  @Override
  public void writeRendered(RenderedRecord record, Text key, int line) throws IOException {
    if (count > 0) {
      sink.write(CRLF);
    }
    record.writeTo(sink, key, line);
    count++;
  }

  @Override
  public void drain() throws IOException {
    sink.drain();
  }

  @Override
  public void write(RecordView r) throws IOException {
    if (count > 0) {
      sink.write(CRLF);
    }
    writeBody(r);
    count++;
  }

  /** The record's tags, RIS holding neither its key nor its line. */
  @Override
  public void writeBody(RecordView r) throws IOException {
    sink.write(TYPE);
    tag(TITLE, r.title());
    byte[] names = r.authorText().bytes();
    for (int i = 0; i < r.authorCount(); i++) {
      int start = r.authorStart(i);
      int end = r.authorEnd(i);
      if (!NameWords.isBlank(names, start, end)) {
        tag(AUTHOR, names, start, end - start);
      }
    }
    if (!r.abstractText().isEmpty()) {
      tag(ABSTRACT, r.abstractText());
    }
    Text arxiv = r.arxiv();
    if (arxiv != null) {
      page.page(arxiv.bytes(), arxiv.length());
      tag(URL, page.bytes(), 0, page.length());
    }
    byte[] links = r.urlText().bytes();
    for (int i = 0; i < r.urlCount(); i++) {
      if (arxiv == null || !isPage(links, r.urlStart(i), r.urlEnd(i))) {
        tag(URL, links, r.urlStart(i), r.urlEnd(i) - r.urlStart(i));
      }
    }
    int day = PaperDate.of(r);
    if (day != 0) {
      RisDate.write(day, risDate);
      tag(YEAR, risDate, 0, 4);
      tag(DATE, risDate, 0, risDate.length);
    }
    if (arxiv != null) {
      doi.doi(arxiv.bytes(), arxiv.length());
      tag(DOI, doi.bytes(), 0, doi.length());
    }
    Text date = r.date();
    if (date != null) {
      tag(NOTE, date);
    }
    sink.write(END);
  }

  /** True when the link {@code b[start, end)} is the arXiv page, which is written first. */
  private boolean isPage(byte[] b, int start, int end) {
    return Arrays.equals(b, start, end, page.bytes(), 0, page.length());
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
