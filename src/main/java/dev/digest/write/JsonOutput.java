package dev.digest.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The one way every JSON output (records, CSL-JSON, check and stats reports) opens Jackson's
 * generator: UTF-8, never closing the caller's stream, nothing written between root values.
 */
public final class JsonOutput {
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          .rootValueSeparator((String) null)
          .build();

  private JsonOutput() {}

  /** A generator over {@code out}; closing or flushing it never closes {@code out}. */
  public static JsonGenerator generator(OutputStream out) {
    try {
      return FACTORY.createGenerator(out, JsonEncoding.UTF8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A generator for a record writer, whose flush only empties its buffer into {@code out}: a record
   * written from another thread's bytes ({@link RecordWriter#writeRendered}) needs no more, and
   * flushing the stream each time would be a system call. The writer flushes {@code out} itself.
   */
  static JsonGenerator recordGenerator(OutputStream out) {
    JsonGenerator gen = generator(out);
    gen.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    return gen;
  }

  /**
   * Indented JSON as {@code jq .} prints it (two spaces, {@code "key": value}, {@code []} and
   * {@code {}} for empty values), so that a file and jq's view of it read the same.
   */
  public static PrettyPrinter jqStyle() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withArrayIndenter(indenter).withObjectIndenter(indenter);
  }
}
