package dev.digest.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.io.IOException;
import java.io.OutputStream;

/**
 * CSL-JSON, the citation data of citeproc processors (pandoc, Zotero, citeproc-js): one JSON array,
 * one item a line, laid out as {@code -f json} lays out records. An item is {@code {"id", "type":
 * "article", "title", "author", "issued", "abstract", "URL", "DOI", "number", "publisher",
 * "note"}}: the key, the title, the authors ({@link CslNames}), the {@link PaperDate} as {@code
 * date-parts}, the abstract, the arXiv page (else the first link), for an arXiv paper its DOI,
 * {@code arXiv:ID} and the publisher arXiv, and the date line as written. Variables a record lacks
 * are left out rather than written empty or null, as CSL-JSON expects of an absent variable.
 */
final class CslJsonRecordWriter implements RecordWriter, WriterRenderer.Body {
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString TYPE = new SerializedString("type");
  private static final SerializableString ARTICLE = new SerializedString("article");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString AUTHOR = new SerializedString("author");
  private static final SerializableString ISSUED = new SerializedString("issued");
  private static final SerializableString DATE_PARTS = new SerializedString("date-parts");
  private static final SerializableString ABSTRACT = new SerializedString("abstract");
  private static final SerializableString URL = new SerializedString("URL");
  private static final SerializableString DOI = new SerializedString("DOI");
  private static final SerializableString NUMBER = new SerializedString("number");
  private static final SerializableString PUBLISHER = new SerializedString("publisher");
  private static final SerializableString ARXIV = new SerializedString("arXiv");
  private static final SerializableString NOTE = new SerializedString("note");

  private final JsonGenerator gen;
  private final JsonStringEscaper strings = new JsonStringEscaper();
  private final CslNames names = new CslNames(strings);
  private final Arxiv arxivValues = new Arxiv();
  private long count;

  private static final byte[] FIRST_SEPARATOR = {'\n'};
  private static final byte[] SEPARATOR = {',', '\n'};

  /** What the generator writes to; flushed by this writer alone (the generator's flushes stop short of it). */
  private final OutputStream out;
  /** Set for a renderer's writer: where it notes the places of each record. */
  private final RenderTarget marks;

  CslJsonRecordWriter(OutputStream out) {
    this(out, null);
  }

  private CslJsonRecordWriter(OutputStream out, RenderTarget marks) {
    this.out = out;
    this.marks = marks;
    this.gen = JsonOutput.recordGenerator(out);
  }

  /** An item is the same wherever it comes; the separator before it is the run's. */
  @Override
  public RecordRenderer newRenderer() {
    return new WriterRenderer(target -> new CslJsonRecordWriter(target, target));
  }

  @Override
  public void writeRendered(RenderedRecord record, Text key, int line) throws IOException {
    gen.flush();
    out.write(count == 0 ? FIRST_SEPARATOR : SEPARATOR);
    record.writeTo(out, key, line);
    count++;
  }

  @Override
  public void drain() throws IOException {
    gen.flush();
  }

  @Override
  public void begin() throws IOException {
    gen.writeRaw('[');
  }

  @Override
  public void write(RecordView r) throws IOException {
    gen.writeRaw(count == 0 ? "\n" : ",\n");
    writeBody(r);
    count++;
  }

  @Override
  public void writeBody(RecordView r) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(ID);
    writeText(r.key());
    if (marks != null) {
      gen.flush();
      marks.keyEnd(1); // before the closing quote
    }
    gen.writeFieldName(TYPE);
    gen.writeString(ARTICLE);
    gen.writeFieldName(TITLE);
    writeText(r.title());
    if (r.authorCount() > 0 && NameWords.any(r)) {
      gen.writeFieldName(AUTHOR);
      names.write(gen, r);
    }
    writeIssued(PaperDate.of(r));
    Text abstractText = r.abstractText();
    if (!abstractText.isEmpty()) {
      gen.writeFieldName(ABSTRACT);
      writeText(abstractText);
    }
    Text arxiv = r.arxiv();
    if (arxiv != null) {
      write(URL, arxivValues.page(arxiv.bytes(), arxiv.length()));
      write(DOI, arxivValues.doi(arxiv.bytes(), arxiv.length()));
      write(NUMBER, arxivValues.number(arxiv.bytes(), arxiv.length()));
      gen.writeFieldName(PUBLISHER);
      gen.writeString(ARXIV);
    } else if (r.urlCount() > 0) {
      gen.writeFieldName(URL);
      strings.write(gen, r.urlText(), r.urlStart(0), r.urlEnd(0));
    }
    Text date = r.date();
    if (date != null) {
      gen.writeFieldName(NOTE);
      writeText(date);
    }
    gen.writeEndObject();
  }

  /** {@code "issued": {"date-parts": [[YYYY, M, D]]}}. */
  private void writeIssued(int day) throws IOException {
    if (day == 0) {
      return;
    }
    gen.writeFieldName(ISSUED);
    gen.writeStartObject();
    gen.writeFieldName(DATE_PARTS);
    gen.writeStartArray();
    gen.writeStartArray();
    gen.writeNumber(PaperDate.year(day));
    gen.writeNumber(PaperDate.month(day));
    gen.writeNumber(PaperDate.dayOfMonth(day));
    gen.writeEndArray();
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private void write(SerializableString name, Arxiv value) throws IOException {
    gen.writeFieldName(name);
    strings.write(gen, value.bytes(), 0, value.length());
  }

  private void writeText(Text t) throws IOException {
    strings.write(gen, t);
  }

  @Override
  public void end() throws IOException {
    gen.writeRaw(count == 0 ? "]\n" : "\n]\n");
    gen.flush();
    out.flush();
  }

  @Override
  public void flush() throws IOException {
    gen.flush();
    out.flush();
  }
}
