package dev.digest.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.digest.write.JsonOutput;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code {"inputs": [...], "total": {...}}}, indented as jq prints it. A median is a whole number
 * when it is one; lengths are null when there are no records.
 */
public final class StatsJson implements StatsReport {
  @Override
  public void write(List<InputStats> inputs, InputStats total, OutputStream out) throws IOException {
    try (JsonGenerator gen = JsonOutput.generator(out)) {
      gen.setPrettyPrinter(JsonOutput.jqStyle());
      gen.writeStartObject();
      gen.writeFieldName("inputs");
      gen.writeStartArray();
      for (InputStats s : inputs) {
        writeStats(gen, s, true);
      }
      gen.writeEndArray();
      gen.writeFieldName("total");
      writeStats(gen, total, false);
      gen.writeEndObject();
      gen.writeRaw('\n');
    }
  }

  private static void writeStats(JsonGenerator gen, InputStats s, boolean withSource) throws IOException {
    gen.writeStartObject();
    if (withSource) {
      gen.writeStringField("source", s.source());
    }
    gen.writeNumberField("records", s.records());
    gen.writeNumberField("warnings", s.warnings());
    gen.writeNumberField("duplicates", s.duplicates());
    gen.writeFieldName("dates");
    gen.writeStartArray();
    for (String d : s.dates()) {
      gen.writeString(d);
    }
    gen.writeEndArray();
    gen.writeNumberField("with_urls", s.withUrls());
    writeLengths(gen, "title_length", s.titleLengths());
    writeLengths(gen, "abstract_length", s.abstractLengths());
    gen.writeEndObject();
  }

  @SuppressFBWarnings(
      value = "FE_FLOATING_POINT_EQUALITY",
      justification = "a median is a whole number or one half, both exact in a double; this tests which")
  private static void writeLengths(JsonGenerator gen, String name, LengthHistogram h) throws IOException {
    gen.writeFieldName(name);
    gen.writeStartObject();
    writeNumberOrNull(gen, "min", h.min());
    gen.writeFieldName("median");
    Double median = h.median();
    if (median == null) {
      gen.writeNull();
    } else if (median == Math.rint(median)) {
      gen.writeNumber(median.longValue());
    } else {
      gen.writeNumber(median);
    }
    writeNumberOrNull(gen, "max", h.max());
    gen.writeEndObject();
  }

  private static void writeNumberOrNull(JsonGenerator gen, String name, Integer value) throws IOException {
    gen.writeFieldName(name);
    if (value == null) {
      gen.writeNull();
    } else {
      gen.writeNumber(value);
    }
  }
}
