package dev.digest.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.digest.parse.DigestInputException;
import java.io.CharConversionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one way the JSON kinds open Jackson's streaming parser, and turn its complaints into input errors. */
final class JsonInput {
  static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .enable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  /** A place in a message of Jackson's. */
  private static final Pattern JACKSON_PLACE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

  private JsonInput() {}

  /**
   * The input error for what Jackson could not read, at the line where it stopped, for a parser
   * that starts {@code linesBefore} lines into the input.
   */
  static DigestInputException error(String source, JsonParser p, StreamReadException e, int linesBefore) {
    int line = e.getLocation() != null ? e.getLocation().getLineNr() : p.currentLocation().getLineNr();
    return error(source, Math.max(1, line), e, linesBefore);
  }

  /** The input error for what Jackson could not read, at the line it names (else the first). */
  static DigestInputException error(String source, JsonProcessingException e) {
    int line = Math.max(1, e.getLocation() != null ? e.getLocation().getLineNr() : 1);
    return e instanceof StreamReadException read ? error(source, line, read, 0) : beyondLimits(source, line, e);
  }

  /**
   * The input error for JSON past one of the limits Jackson reads within (1000 levels of nesting,
   * numbers of 1000 digits, strings of 20 million characters: {@code StreamReadConstraints}),
   * which no Daily Papers response or arXiv snapshot comes near.
   */
  static DigestInputException beyondLimits(String source, int line, JsonProcessingException e) {
    String said = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
    return new DigestInputException(
        source, Math.max(1, line), "the JSON goes past what digest reads: " + said, "check that this is the file you meant", e);
  }

  /**
   * The input error for JSON that is not UTF-8: Jackson guesses UTF-16 or UTF-32 from zero bytes
   * at the start, and fails on what follows. JSON exchanged between systems is UTF-8 (RFC 8259).
   */
  static DigestInputException notUtf8(String source, int line, CharConversionException e) {
    return new DigestInputException(
        source, line, "the JSON is not UTF-8 text (" + e.getMessage() + ")", "save the file as UTF-8", e);
  }

  /** {@code line} is the parser's, counted from where it started reading. */
  private static DigestInputException error(String source, int line, StreamReadException e, int linesBefore) {
    String message = placed(e.getOriginalMessage(), line);
    if (e instanceof JsonEOFException || (message != null && message.startsWith("Unexpected end-of-input"))) {
      return new DigestInputException(
          source, line + linesBefore, "the JSON ends in the middle of a value (a cut-off file?)", "fetch or copy the file again, whole", e);
    }
    return new DigestInputException(
        source, line + linesBefore, "the JSON does not parse: " + message, "fix the file or fetch it again", e);
  }

  /**
   * Jackson's message with the place it names in it (where an unclosed array started, say) told
   * from the line of the problem, {@code line}: "at column 20 of this line", "at column 20, 3
   * lines before". Jackson writes {@code [Source: REDACTED (...); line: 3, column: 20]}, counting
   * lines from where it started reading, which for a piece of a file read in pieces is not the
   * file's first line; a place told from the problem's own line reads the same in a piece, whose
   * line is put in place afterwards, as in the whole file.
   */
  private static String placed(String message, int line) {
    if (message == null) {
      return null;
    }
    Matcher m = JACKSON_PLACE.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      long up = line - Long.parseLong(m.group(1));
      String column = "column " + m.group(2);
      String place = up == 0 ? column + " of this line" : up > 0 ? column + ", " + up + (up == 1 ? " line" : " lines") + " before" : column + ", " + -up + (up == -1 ? " line" : " lines") + " after";
      m.appendReplacement(out, Matcher.quoteReplacement(place));
    }
    m.appendTail(out);
    return out.toString();
  }
}
