package dev.digest.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON and JSON Lines with Jackson's streaming generator, written straight from the records'
 * UTF-8 bytes. A JSON array puts one record on each line (or indents fully with {@code --pretty});
 * JSON Lines is one compact object a line. The same records give the same bytes on every run.
 */
final class JsonRecordWriter implements RecordWriter, WriterRenderer.Body {
  private static final SerializableString[] NAMES = new SerializableString[Field.values().length];

  static {
    for (Field f : Field.values()) {
      NAMES[f.ordinal()] = new SerializedString(f.fieldName());
    }
  }

  private static final SerializableString EMPTY_ARRAY = new SerializedString("[]");

  private static final byte[] FIRST_SEPARATOR = {'\n'};
  private static final byte[] SEPARATOR = {',', '\n'};

  /** What the generator writes to; flushed by this writer alone (the generator's flushes stop short of it). */
  private final OutputStream out;
  private final JsonGenerator gen;
  private final JsonStringEscaper strings = new JsonStringEscaper();
  private final WriterOptions options;
  private final Field[] fields;
  /** Compact output: what goes before each field's value, {@code {"key":} then {@code ,"title":}, .... */
  private final SerializableString[] prefixes;
  private final boolean array;
  private final boolean pretty;
  /** Set for a renderer's writer: where it notes the places of each record. */
  private final RenderTarget marks;
  private long count;

  private JsonRecordWriter(OutputStream out, WriterOptions options, boolean array, RenderTarget marks) {
    this.out = out;
    this.marks = marks;
    this.gen = JsonOutput.recordGenerator(out);
    this.options = options;
    this.fields = options.fields().toArray(new Field[0]);
    this.array = array;
    this.pretty = array && options.pretty();
    if (pretty) {
      gen.setPrettyPrinter(JsonOutput.jqStyle());
    }
    this.prefixes = new SerializableString[fields.length];
    for (int i = 0; i < fields.length; i++) {
      prefixes[i] = new SerializedString((i == 0 ? "{\"" : ",\"") + fields[i].fieldName() + "\":");
    }
  }

  static JsonRecordWriter array(OutputStream out, WriterOptions options) {
    return new JsonRecordWriter(out, options, true, null);
  }

  static JsonRecordWriter lines(OutputStream out, WriterOptions options) {
    return new JsonRecordWriter(out, options, false, null);
  }

  @Override
  public void begin() throws IOException {
    if (pretty) {
      gen.writeStartArray();
    } else if (array) {
      gen.writeRaw('[');
    }
  }

  @Override
  public void write(RecordView r) throws IOException {
    if (pretty) {
      gen.writeStartObject();
      for (Field f : fields) {
        gen.writeFieldName(NAMES[f.ordinal()]);
        writeValue(f, r);
      }
      gen.writeEndObject();
    } else {
      writeCompact(r);
    }
    count++;
  }

  /**
   * One record on one line. The braces, commas and field names, the same for every record, are
   * written as prepared raw bytes; the generator writes every value. Jackson then sees only values
   * at its top level, each written without a separator (see {@link JsonOutput}).
   */
  private void writeCompact(RecordView r) throws IOException {
    if (array) {
      gen.writeRaw(count == 0 ? "\n" : ",\n");
    }
    writeBody(r);
    if (!array) {
      gen.writeRaw('\n');
    }
  }

  /** The record's object, without separator or line end. */
  @Override
  public void writeBody(RecordView r) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      gen.writeRaw(prefixes[i]);
      writeValue(fields[i], r);
    }
    gen.writeRaw(fields.length == 0 ? "{}" : "}");
  }

  private void writeValue(Field f, RecordView r) throws IOException {
    switch (f) {
      case KEY:
        writeText(r.key());
        if (marks != null) {
          gen.flush();
          marks.keyEnd(1); // before the closing quote
        }
        break;
      case TITLE:
        writeText(r.title());
        break;
      case ABSTRACT:
        writeText(r.abstractText());
        break;
      case URLS:
        writeUrls(r);
        break;
      case DATE:
        writeTextOrNull(r.date());
        break;
      case SOURCE:
        strings.writeRepeated(gen, r.sourceUtf8());
        break;
      case LINE:
        if (marks != null) {
          gen.flush();
          int from = marks.position();
          gen.writeNumber(r.line());
          gen.flush();
          marks.line(from);
        } else {
          gen.writeNumber(r.line());
        }
        break;
      case AUTHORS:
        writeAuthors(r);
        break;
      case ARXIV:
        writeTextOrNull(r.arxiv());
        break;
      case PUBLISHED:
        writeTextOrNull(r.published());
        break;
      default:
        throw new IllegalStateException("field " + f);
    }
  }

  private void writeText(Text t) throws IOException {
    strings.write(gen, t);
  }

  private void writeTextOrNull(Text t) throws IOException {
    if (t == null) {
      gen.writeNull();
    } else {
      strings.write(gen, t);
    }
  }

  private void writeUrls(RecordView r) throws IOException {
    Text text = r.urlText();
    startArray();
    for (int i = 0; i < r.urlCount(); i++) {
      if (i > 0 && !pretty) {
        gen.writeRaw(',');
      }
      strings.write(gen, text, r.urlStart(i), r.urlEnd(i));
    }
    endArray();
  }

  /** The names in order; a record without authors (every pasted one) costs one raw write. */
  private void writeAuthors(RecordView r) throws IOException {
    int count = r.authorCount();
    if (count == 0 && !pretty) {
      gen.writeRaw(EMPTY_ARRAY);
      return;
    }
    Text names = r.authorText();
    startArray();
    for (int i = 0; i < count; i++) {
      if (i > 0 && !pretty) {
        gen.writeRaw(',');
      }
      strings.write(gen, names, r.authorStart(i), r.authorEnd(i));
    }
    endArray();
  }

  private void startArray() throws IOException {
    if (pretty) {
      gen.writeStartArray();
    } else {
      gen.writeRaw('[');
    }
  }

  private void endArray() throws IOException {
    if (pretty) {
      gen.writeEndArray();
    } else {
      gen.writeRaw(']');
    }
  }

  /**
   * Compact JSON and JSON Lines format a record alone, the same wherever it comes (the separator and
   * line end are the run's); {@code --pretty} indents by depth, so the run writes it.
   */
  @Override
  public RecordRenderer newRenderer() {
    return pretty ? null : new WriterRenderer(target -> new JsonRecordWriter(target, options, false, target));
  }

  @Override
  public void writeRendered(RenderedRecord r, Text key, int line) throws IOException {
    gen.flush();
    if (array) {
      out.write(count == 0 ? FIRST_SEPARATOR : SEPARATOR);
    }
    r.writeTo(out, key, line);
    if (!array) {
      out.write('\n');
    }
    count++;
  }

  @Override
  public void drain() throws IOException {
    gen.flush();
  }

  @Override
  public void end() throws IOException {
    if (pretty) {
      gen.writeEndArray();
      gen.writeRaw('\n');
    } else if (array) {
      gen.writeRaw(count == 0 ? "]\n" : "\n]\n");
    }
    gen.flush();
    out.flush();
  }

  @Override
  public void flush() throws IOException {
    gen.flush();
    out.flush();
  }
}
