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
final class JsonRecordWriter implements RecordWriter {
  private static final SerializableString[] NAMES = new SerializableString[Field.values().length];

  static {
    for (Field f : Field.values()) {
      NAMES[f.ordinal()] = new SerializedString(f.fieldName());
    }
  }

  private final JsonGenerator gen;
  private final JsonStringEscaper strings = new JsonStringEscaper();
  private final Field[] fields;
  private final boolean array;
  private final boolean pretty;
  private long count;

  private JsonRecordWriter(OutputStream out, WriterOptions options, boolean array) {
    this.gen = JsonOutput.generator(out);
    this.fields = options.fields().toArray(new Field[0]);
    this.array = array;
    this.pretty = array && options.pretty();
    if (pretty) {
      gen.setPrettyPrinter(JsonOutput.jqStyle());
    }
  }

  static JsonRecordWriter array(OutputStream out, WriterOptions options) {
    return new JsonRecordWriter(out, options, true);
  }

  static JsonRecordWriter lines(OutputStream out, WriterOptions options) {
    return new JsonRecordWriter(out, options, false);
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
    if (array && !pretty) {
      gen.writeRaw(count == 0 ? "\n" : ",\n");
    }
    gen.writeStartObject();
    for (Field f : fields) {
      gen.writeFieldName(NAMES[f.ordinal()]);
      switch (f) {
        case KEY:
          writeText(r.key());
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
          Text date = r.date();
          if (date == null) {
            gen.writeNull();
          } else {
            writeText(date);
          }
          break;
        case SOURCE:
          strings.writeRepeated(gen, r.sourceUtf8());
          break;
        case LINE:
          gen.writeNumber(r.line());
          break;
        default:
          throw new IllegalStateException("field " + f);
      }
    }
    gen.writeEndObject();
    if (!array) {
      gen.writeRaw('\n');
    }
    count++;
  }

  private void writeText(Text t) throws IOException {
    strings.write(gen, t);
  }

  private void writeUrls(RecordView r) throws IOException {
    gen.writeStartArray();
    for (int i = 0; i < r.urlCount(); i++) {
      strings.write(gen, r.abstractText(), r.urlStart(i), r.urlEnd(i));
    }
    gen.writeEndArray();
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
  }

  @Override
  public void flush() throws IOException {
    gen.flush();
  }
}
