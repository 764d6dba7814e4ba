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
 * "article", "title", "abstract", "URL", "note"}}: the key, the title, the abstract, the first
 * link and the date line as written. Variables a record lacks are left out rather than written
 * empty or null, as CSL-JSON expects of an absent variable: no {@code abstract} when the abstract
 * is missing, no {@code URL} without links, no {@code note} without a date.
 */
final class CslJsonRecordWriter implements RecordWriter {
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString TYPE = new SerializedString("type");
  private static final SerializableString ARTICLE = new SerializedString("article");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString ABSTRACT = new SerializedString("abstract");
  private static final SerializableString URL = new SerializedString("URL");
  private static final SerializableString NOTE = new SerializedString("note");

  private final JsonGenerator gen;
  private final JsonStringEscaper strings = new JsonStringEscaper();
  private long count;

  CslJsonRecordWriter(OutputStream out) {
    this.gen = JsonOutput.generator(out);
  }

  @Override
  public void begin() throws IOException {
    gen.writeRaw('[');
  }

  @Override
  public void write(RecordView r) throws IOException {
    gen.writeRaw(count == 0 ? "\n" : ",\n");
    gen.writeStartObject();
    gen.writeFieldName(ID);
    writeText(r.key());
    gen.writeFieldName(TYPE);
    gen.writeString(ARTICLE);
    gen.writeFieldName(TITLE);
    writeText(r.title());
    Text abstractText = r.abstractText();
    if (!abstractText.isEmpty()) {
      gen.writeFieldName(ABSTRACT);
      writeText(abstractText);
    }
    if (r.urlCount() > 0) {
      gen.writeFieldName(URL);
      strings.write(gen, abstractText, r.urlStart(0), r.urlEnd(0));
    }
    Text date = r.date();
    if (date != null) {
      gen.writeFieldName(NOTE);
      writeText(date);
    }
    gen.writeEndObject();
    count++;
  }

  private void writeText(Text t) throws IOException {
    strings.write(gen, t);
  }

  @Override
  public void end() throws IOException {
    gen.writeRaw(count == 0 ? "]\n" : "\n]\n");
    gen.flush();
  }

  @Override
  public void flush() throws IOException {
    gen.flush();
  }
}
