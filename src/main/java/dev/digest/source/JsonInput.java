package dev.digest.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.digest.parse.DigestInputException;
import java.io.CharConversionException;

/** The one way the JSON kinds open Jackson's streaming parser, and turn its complaints into input errors. */
final class JsonInput {
  static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .enable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private JsonInput() {}

  /** The input error for what Jackson could not read, at the line where it stopped. */
  static DigestInputException error(String source, JsonParser p, StreamReadException e) {
    return error(source, e.getLocation() != null ? e.getLocation().getLineNr() : p.currentLocation().getLineNr(), e);
  }

  /** The input error for what Jackson could not read, at the line it names (else the first). */
  static DigestInputException error(String source, StreamReadException e) {
    return error(source, e.getLocation() != null ? e.getLocation().getLineNr() : 1, e);
  }

  /**
   * The input error for JSON that is not UTF-8: Jackson guesses UTF-16 or UTF-32 from zero bytes
   * at the start, and fails on what follows. JSON exchanged between systems is UTF-8 (RFC 8259).
   */
  static DigestInputException notUtf8(String source, int line, CharConversionException e) {
    return new DigestInputException(
        source, line, "the JSON is not UTF-8 text (" + e.getMessage() + ")", "save the file as UTF-8", e);
  }

  private static DigestInputException error(String source, int line, StreamReadException e) {
    String message = e.getOriginalMessage();
    if (e instanceof JsonEOFException || (message != null && message.startsWith("Unexpected end-of-input"))) {
      return new DigestInputException(
          source, Math.max(1, line), "the JSON ends in the middle of a value (a cut-off file?)", "fetch or copy the file again, whole", e);
    }
    return new DigestInputException(
        source, Math.max(1, line), "the JSON does not parse: " + message, "fix the file or fetch it again", e);
  }
}
