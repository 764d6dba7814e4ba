package dev.digest.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.digest.parse.Diagnostic;
import dev.digest.parse.DiagnosticCode;
import dev.digest.write.JsonOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One SARIF 2.1.0 log, as code-scanning services (GitHub's {@code upload-sarif} among them) take
 * it: a run of the tool {@code digest} with one rule per warning code, then one result per
 * warning, streamed as they come. Every code is listed as a rule up front, so a result can name
 * its rule's index without the report holding the results back.
 */
final class SarifCheckReport implements CheckReport {
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private final JsonGenerator gen;
  private final Path workingDirectory;

  SarifCheckReport(OutputStream out, Path workingDirectory) {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    gen = JsonOutput.generator(out);
    gen.setPrettyPrinter(JsonOutput.jqStyle());
    try {
      gen.writeStartObject();
      gen.writeStringField("$schema", SCHEMA);
      gen.writeStringField("version", "2.1.0");
      gen.writeArrayFieldStart("runs");
      gen.writeStartObject();
      writeTool();
      gen.writeArrayFieldStart("results");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeTool() throws IOException {
    gen.writeObjectFieldStart("tool");
    gen.writeObjectFieldStart("driver");
    gen.writeStringField("name", "digest");
    String version = SarifCheckReport.class.getPackage().getImplementationVersion();
    if (version != null) {
      gen.writeStringField("semanticVersion", version);
    }
    gen.writeArrayFieldStart("rules");
    for (DiagnosticCode code : DiagnosticCode.values()) {
      writeRule(code);
    }
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeEndObject();
  }

  private void writeRule(DiagnosticCode code) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", code.code());
    gen.writeStringField("name", ruleName(code));
    writeText("shortDescription", capitalised(code.summary()) + ".");
    writeText("fullDescription", capitalised(code.summary()) + ". " + code.help());
    gen.writeObjectFieldStart("help");
    gen.writeStringField("text", code.help());
    gen.writeStringField("markdown", code.help());
    gen.writeEndObject();
    gen.writeObjectFieldStart("defaultConfiguration");
    gen.writeStringField("level", "warning");
    gen.writeEndObject();
    gen.writeObjectFieldStart("properties");
    gen.writeArrayFieldStart("tags");
    gen.writeString("digest");
    gen.writeEndArray();
    gen.writeStringField("precision", "very-high");
    gen.writeStringField("problem.severity", "warning");
    gen.writeEndObject();
    gen.writeEndObject();
  }

  @Override
  public void diagnostic(Diagnostic d) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("ruleId", d.code().code());
    gen.writeNumberField("ruleIndex", d.code().ordinal());
    gen.writeStringField("level", d.severity().label());
    writeText("message", d.message());
    gen.writeArrayFieldStart("locations");
    gen.writeStartObject();
    gen.writeObjectFieldStart("physicalLocation");
    gen.writeObjectFieldStart("artifactLocation");
    gen.writeStringField("uri", uri(d.source()));
    gen.writeEndObject();
    gen.writeObjectFieldStart("region");
    gen.writeNumberField("startLine", Math.max(1, d.line()));
    gen.writeEndObject();
    gen.writeEndObject();
    gen.writeEndObject();
    gen.writeEndArray();
    gen.writeEndObject();
  }

  @Override
  public void end(CheckSummary summary) throws IOException {
    gen.writeEndArray();
    gen.writeStringField("columnKind", "unicodeCodePoints");
    gen.writeArrayFieldStart("invocations");
    gen.writeStartObject();
    gen.writeBooleanField("executionSuccessful", true);
    gen.writeEndObject();
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeRaw('\n');
    gen.flush();
  }

  @Override
  public void flush() throws IOException {
    gen.flush();
  }

  private void writeText(String field, String text) throws IOException {
    gen.writeObjectFieldStart(field);
    gen.writeStringField("text", text);
    gen.writeEndObject();
  }

  /**
   * The input as a URI reference: relative to the working directory when it lies below it (code
   * scanning resolves those against the checkout), else an absolute {@code file:} URI; standard
   * input keeps its name, {@code -}.
   */
  String uri(String source) {
    if (source.equals("-")) {
      return "-";
    }
    Path file;
    try {
      file = workingDirectory.resolve(source).normalize();
    } catch (InvalidPathException e) {
      return source;
    }
    if (!file.startsWith(workingDirectory)) {
      return file.toUri().toASCIIString();
    }
    String relative = workingDirectory.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    try {
      return new URI(null, null, relative, null).toASCIIString();
    } catch (URISyntaxException e) {
      return relative;
    }
  }

  /** {@code missing-abstract} as {@code MissingAbstract}, the form SARIF viewers show as a rule's name. */
  private static String ruleName(DiagnosticCode code) {
    StringBuilder sb = new StringBuilder();
    for (String part : code.code().split("-")) {
      sb.append(capitalised(part));
    }
    return sb.toString();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
