package dev.digest.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.digest.library.SqliteFile;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The first bytes of an input, read to tell its kind, then handed back in front of the rest.
 *
 * <p>Only as much is read as the decision needs: a pasted digest is told by its first byte that is
 * not white space (whatever one read gives, so a digest typed or piped slowly is not held up);
 * JSON (an object, or an array of objects) by its first object, read whole to learn its field names
 * (up to {@value #LIMIT} bytes).
 */
public final class InputHead {
  /** The most read to see the first JSON object whole. */
  static final int LIMIT = 8 << 20;

  private static final int FIRST_READ = 64 << 10;

  private final InputStream in;
  private byte[] buf = new byte[FIRST_READ];
  private int length;
  private boolean ended;

  private boolean sqlite;
  private boolean json;
  private boolean array;
  private boolean emptyArray;
  private Set<String> firstObjectFields = Collections.emptySet();
  private JsonProcessingException firstObjectError;

  private InputHead(InputStream in) {
    this.in = in;
  }

  /** Reads the head of {@code in}; the input's bytes are then read through {@link #replay()}. */
  public static InputHead read(InputStream in) throws IOException {
    InputHead head = new InputHead(in);
    head.decide();
    return head;
  }

  /** Bytes in memory for tests: the whole input is the head. */
  public static InputHead of(byte[] bytes) throws IOException {
    return read(new ByteArrayInputStream(bytes));
  }

  /** True when the input starts with SQLite's header: a database file, such as a digest library. */
  public boolean isSqliteDatabase() {
    return sqlite;
  }

  /** True when the input starts as JSON does: {@code [} then {@code {} or {@code ]}, or {@code {} then {@code "} or {@code }}. */
  public boolean looksLikeJson() {
    return json;
  }

  /** True when the JSON is an array (else a sequence of objects, as JSON Lines). */
  public boolean isArray() {
    return array;
  }

  public boolean isEmptyArray() {
    return emptyArray;
  }

  /**
   * The field names of the first object (the first item of an array), in order; empty when the
   * input is not JSON or its first object could not be read.
   */
  public Set<String> firstObjectFields() {
    return Collections.unmodifiableSet(firstObjectFields);
  }

  /** True when the first object has one of {@code fields}. */
  public boolean firstObjectHasAny(Set<String> fields) {
    for (String field : firstObjectFields) {
      if (fields.contains(field)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first line that is not blank, as far as the head holds it (after a byte-order mark, without
   * its line end), decoded as UTF-8; empty when the head holds none. Text kinds (BibTeX, RIS, a
   * header row) are told by it.
   */
  public String firstLine() {
    return firstLineOutside(null);
  }

  /**
   * The first line that is neither blank nor, once stripped, starts with {@code comment} (as
   * {@code %} starts a comment line in BibTeX), as {@link #firstLine()} reads it.
   */
  public String firstLineOutside(String comment) {
    int start = firstLineStart(comment);
    return start < 0 ? "" : new String(buf, start, lineEnd(start) - start, StandardCharsets.UTF_8);
  }

  private int firstLineStart(String comment) {
    int i = length >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < length) {
      int end = lineEnd(i);
      String line = new String(buf, i, end - i, StandardCharsets.UTF_8).strip();
      if (!line.isEmpty() && (comment == null || !line.startsWith(comment))) {
        return i;
      }
      i = end + 1;
    }
    return -1;
  }

  private int lineEnd(int from) {
    int end = from;
    while (end < length && buf[end] != '\n' && buf[end] != '\r') {
      end++;
    }
    return end;
  }

  /** Why the first object could not be read (JSON that does not parse, or ends too soon), or null. */
  JsonProcessingException firstObjectError() {
    return firstObjectError;
  }

  /** The whole input: the head, then the bytes not read yet. Closing it closes the input. */
  public InputStream replay() {
    return new SequenceInputStream(new ByteArrayInputStream(buf, 0, length), in);
  }

  private void decide() throws IOException {
    fill();
    // More is read only while the input could still be a database: a digest typed slowly is not held up.
    while (!ended && SqliteFile.couldBeHeader(buf, length)) {
      fill();
    }
    sqlite = SqliteFile.isDatabaseHeader(buf, length);
    if (sqlite) {
      return;
    }
    int first = nonWhite(startAfterByteOrderMark());
    if (first < 0 || (buf[first] != '[' && buf[first] != '{')) {
      return;
    }
    int second = nonWhite(first + 1);
    if (second < 0) {
      return;
    }
    byte open = buf[first];
    byte next = buf[second];
    json = open == '[' ? next == '{' || next == ']' : next == '"' || next == '}';
    if (json) {
      array = open == '[';
      emptyArray = array && next == ']';
      readFirstObject();
    }
  }

  private int startAfterByteOrderMark() throws IOException {
    while (length < 3 && !ended) {
      fill();
    }
    return length >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /** Index of the first byte at or after {@code from} that is not JSON white space, reading as needed; -1 at the end. */
  private int nonWhite(int from) throws IOException {
    int i = from;
    while (true) {
      while (i < length && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r')) {
        i++;
      }
      if (i < length) {
        return i;
      }
      if (ended) {
        return -1;
      }
      fill();
    }
  }

  /** Learns the first object's field names, reading more while the object is cut off by the head's end. */
  private void readFirstObject() throws IOException {
    while (true) {
      try (JsonParser p = JsonInput.FACTORY.createParser(buf, 0, length)) {
        try {
          firstObjectFields = fieldsOfFirstObject(p);
        } catch (StreamConstraintsException e) {
          // Jackson says which limit, not where: the place is the parser's.
          throw new StreamConstraintsException(e.getOriginalMessage(), p.currentTokenLocation());
        }
        return;
      } catch (JsonEOFException e) {
        if (ended || length >= LIMIT) {
          firstObjectError = ended ? e : null;
          return;
        }
        fill();
      } catch (StreamReadException | StreamConstraintsException e) {
        firstObjectError = e;
        return;
      } catch (CharConversionException e) {
        return; // JSON that is not UTF-8: the reader reports it
      }
    }
  }

  private static Set<String> fieldsOfFirstObject(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY) {
      t = p.nextToken();
    }
    Set<String> names = new LinkedHashSet<>();
    if (t != JsonToken.START_OBJECT) {
      return names;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      names.add(p.currentName());
      p.nextToken();
      p.skipChildren();
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw new JsonEOFException(p, null, "the first object goes on");
    }
    return names;
  }

  /** Reads what the input gives in one read (at least a byte, unless it has ended). */
  private void fill() throws IOException {
    if (ended) {
      return;
    }
    if (length == buf.length) {
      buf = Arrays.copyOf(buf, Math.min(LIMIT + FIRST_READ, buf.length * 2));
    }
    int n = in.read(buf, length, buf.length - length);
    if (n < 0) {
      ended = true;
    } else {
      length += n;
    }
  }
}
