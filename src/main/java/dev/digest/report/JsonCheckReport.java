package dev.digest.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.digest.parse.Diagnostic;
import dev.digest.write.JsonOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * One JSON document, {@code {"diagnostics": [...], "summary": {...}}}, indented as jq prints it.
 * Diagnostics are streamed as they come, so a long list is never held in memory.
 */
final class JsonCheckReport implements CheckReport {
  private final JsonGenerator gen;

  JsonCheckReport(OutputStream out) {
    gen = JsonOutput.generator(out);
    gen.setPrettyPrinter(JsonOutput.jqStyle());
    try {
      gen.writeStartObject();
      gen.writeFieldName("diagnostics");
      gen.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void diagnostic(Diagnostic d) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("file", d.source());
    gen.writeNumberField("line", d.line());
    gen.writeStringField("severity", d.severity().label());
    gen.writeStringField("code", d.code().code());
    gen.writeStringField("message", d.message());
    gen.writeEndObject();
  }

  @Override
  public void end(CheckSummary summary) throws IOException {
    gen.writeEndArray();
    gen.writeFieldName("summary");
    gen.writeStartObject();
    gen.writeNumberField("files", summary.files());
    gen.writeNumberField("records", summary.records());
    gen.writeNumberField("warnings", summary.warnings());
    gen.writeEndObject();
    gen.writeEndObject();
    gen.writeRaw('\n');
    gen.flush();
  }

  @Override
  public void flush() throws IOException {
    gen.flush();
  }
}
