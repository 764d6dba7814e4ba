package dev.digest.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.LinkExtractor;
import dev.digest.parse.ParseOptions;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The record loop of the JSON kinds, streaming with Jackson: one item in memory at a time, whatever
 * the size of the file. The input is one JSON array of items or a sequence of items (JSON Lines);
 * a kind says which it takes and reads one item's fields ({@link #readItem}). Each record starts
 * with no key, no links, no date, no paper data, its source the input and its line the line where
 * the item starts. What Jackson cannot read, and an item the kind rejects, is an input error at
 * the item's line, never a stack trace.
 */
abstract class JsonItemReader implements RecordSource {
  /** Which layouts of items a kind reads. */
  enum Layout {
    ARRAY,
    LINES,
    EITHER
  }

  /** Jackson reads a few KiB at a time; a larger buffer in front saves system calls on large files. */
  private static final int READ_BUFFER = 256 << 10;

  protected final JsonParser json;
  protected final String source;
  private final int maxChars;
  private final Layout layout;
  private final RecordView view = new RecordView();
  private final PlainText text = new PlainText();
  private boolean started;
  private boolean inArray;
  private boolean finished;
  private int itemLine;
  private boolean linksGiven;
  /** Lines of the input before the first byte the parser reads: 0 but for a share of JSON Lines. */
  private final int linesBefore;
  /** For a share of JSON Lines, the byte (from the parser's first) where the next share's first item starts; else -1. */
  private final long limit;
  /** The line ends read before the item that ended the share, once it ended. */
  private int linesRead;

  /** {@code json} is opened by {@link #parser}; the reader closes it. */
  JsonItemReader(JsonParser json, ParseOptions options, Layout layout) {
    this(json, options, layout, 0, -1);
  }

  /**
   * A reader of the items that start before byte {@code limit} of {@code json} (-1: all of them),
   * which starts where an item of JSON Lines starts, {@code linesBefore} lines into the input. An
   * item that starts before the limit is read whole, past it if it goes on, and a problem is
   * reported where it is met: so that shares cut where the whole input has an item start give the
   * whole input's records and its first error (see {@link JsonLinesShares}).
   */
  JsonItemReader(JsonParser json, ParseOptions options, Layout layout, int linesBefore, long limit) {
    this.json = json;
    this.source = options.sourceName();
    this.maxChars = options.maxRecordChars();
    this.layout = layout;
    this.linesBefore = linesBefore;
    this.limit = limit;
  }

  /**
   * Jackson's parser over {@code in}, which it closes when closed; JSON that Jackson takes for
   * UTF-16 or UTF-32 from its first bytes is an input error.
   */
  static JsonParser parser(InputStream in, ParseOptions options) throws IOException {
    try {
      return JsonInput.FACTORY.createParser(new BufferedInputStream(in, READ_BUFFER));
    } catch (CharConversionException e) {
      in.close();
      throw JsonInput.notUtf8(options.sourceName(), 1, e);
    }
  }

  /** What the kind's items are called in messages ("a Daily Papers item"). */
  abstract String itemName();

  /** Reads one field of an item into {@code r}, the parser on its value; false passes it over. */
  abstract boolean readField(String field, RecordView r) throws IOException;

  /** Called after an item's last field: checks it and completes {@code r}. */
  abstract void endItem(RecordView r) throws IOException;

  /** Reads one field of a nested object, the parser on its value; false passes it over. */
  @FunctionalInterface
  interface FieldReader {
    boolean read(String field) throws IOException;
  }

  @Override
  public final boolean advance() throws IOException {
    if (finished) {
      return false;
    }
    try {
      // Between items no item is current: a problem found there (a number where an item belongs)
      // is at the parser's line, not the last item's.
      itemLine = 0;
      if (!nextItem()) {
        finished = true;
        linesRead = Math.max(0, json.currentLocation().getLineNr() - 1);
        return false;
      }
      if (limit >= 0 && json.currentTokenLocation().getByteOffset() >= limit) {
        // The next share's first item: this share ends before it.
        finished = true;
        linesRead = json.currentTokenLocation().getLineNr() - 1;
        return false;
      }
      itemLine = line(json.currentTokenLocation().getLineNr());
      startRecord();
      readObject(field -> readField(field, view));
      endItem(view);
      checkSize();
      if (!linksGiven) {
        LinkExtractor.extract(view.abstractText(), view);
      }
      return true;
    } catch (StreamReadException e) {
      throw JsonInput.error(source, json, e, linesBefore);
    } catch (StreamConstraintsException e) {
      // The token's place: the parser itself may have read on past the line end after it.
      throw JsonInput.beyondLimits(source, line(Math.max(1, json.currentTokenLocation().getLineNr())), e);
    } catch (CharConversionException e) {
      throw JsonInput.notUtf8(source, line(Math.max(1, json.currentLocation().getLineNr())), e);
    }
  }

  /** A line of what the parser reads as a line of the input. */
  private int line(int parserLine) {
    return linesBefore + parserLine;
  }

  /** For a share: the line ends it holds, once {@link #advance()} returned false. */
  public final int linesRead() {
    return linesRead;
  }

  @Override
  @SuppressFBWarnings(value = "EI_EXPOSE_REP", justification = "the reused view is the zero-copy fast path, documented so")
  public final RecordView current() {
    return view;
  }

  @Override
  public void close() throws IOException {
    json.close();
  }

  /** Moves to the next item's {@code START_OBJECT}; false after the last. */
  private boolean nextItem() throws IOException {
    JsonToken t = json.nextToken();
    if (!started) {
      started = true;
      if (t == JsonToken.START_ARRAY && layout != Layout.LINES) {
        inArray = true;
        t = json.nextToken();
      } else if (t == JsonToken.START_ARRAY || (t != null && layout == Layout.ARRAY)) {
        throw problem(layout == Layout.ARRAY ? "expected a JSON array of items" : "expected one JSON object a line", "check that this is the file you meant");
      }
    }
    if (inArray && t == JsonToken.END_ARRAY) {
      inArray = false;
      if (json.nextToken() != null) {
        throw problem("there is more after the JSON array ends", "keep one array a file");
      }
      return false;
    }
    if (t == null) {
      if (inArray) {
        throw problem("the JSON ends in the middle of the array (a cut-off file?)", "fetch or copy the file again, whole");
      }
      return false;
    }
    if (t != JsonToken.START_OBJECT) {
      throw problem("expected " + itemName() + " (a JSON object), found " + describe(t), "check that this is the file you meant");
    }
    return true;
  }

  private void startRecord() {
    TextRecord.reset(view, source, itemLine);
    linksGiven = false;
  }

  /**
   * Tells the loop that the item listed its links, which then stand as given; otherwise they are
   * found in the abstract, as in a paste.
   */
  final void linksGiven() {
    linksGiven = true;
  }

  private void checkSize() throws DigestInputException {
    if ((long) view.title().chars() + view.abstractText().chars() > maxChars) {
      throw TextRecord.overLimit(source, itemLine, maxChars);
    }
  }

  // ---- for the kinds ----

  /** Reads the fields of the object whose {@code START_OBJECT} the parser is on, through its end. */
  final void readObject(FieldReader fields) throws IOException {
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      json.nextToken();
      if (!fields.read(field)) {
        json.skipChildren();
      }
    }
  }

  /** Reads the current value, a string or null, into {@code into} (cleared first) unwrapped; true when it holds text. */
  final boolean readText(String field, Text into) throws IOException {
    into.clear();
    if (json.currentToken() != JsonToken.VALUE_NULL) {
      appendString(field, into, true);
    }
    return !into.isEmpty();
  }

  /** An input error at the current item (or, before the first, where the parser is). */
  final DigestInputException problem(String what, String hint) {
    int line = itemLine > 0 ? itemLine : line(Math.max(1, json.currentTokenLocation().getLineNr()));
    return new DigestInputException(source, line, what, hint);
  }

  /** An input error at the current item: a field of the wrong type. */
  final DigestInputException wrongType(String field, String expected) {
    return problem(
        itemName() + " has \"" + field + "\" as " + describe(json.currentToken()) + " where " + expected + " belongs",
        "check that this is the file you meant");
  }

  /** The current value, a string, appended to {@code into} unwrapped or as written. */
  final void appendString(String field, Text into, boolean unwrap) throws IOException {
    if (json.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(field, "a string");
    }
    char[] c = json.getTextCharacters();
    int off = json.getTextOffset();
    int len = json.getTextLength();
    boolean ok = unwrap ? text.appendUnwrapped(c, off, len, into) : text.append(c, off, len, into);
    if (!ok) {
      throw problem(
          "\"" + field + "\" holds a lone surrogate escape (such as \\ud800), which is no character",
          "fix the file; a character outside the BMP is written as a pair of escapes");
    }
  }

  /** The current value, a string or null, as a {@code String} ({@code null} for null). */
  final String stringOrNull(String field) throws IOException {
    JsonToken t = json.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType(field, "a string");
    }
    return json.getText();
  }

  /** Requires the current token to start an array. */
  final void expectArray(String field) throws IOException {
    if (json.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(field, "an array");
    }
  }

  /** Requires the current token to start an object. */
  final void expectObject(String field) throws IOException {
    if (json.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(field, "an object");
    }
  }

  /** Requires what an item must have: a title and an abstract. */
  final void requireText(boolean hasTitle, boolean hasAbstract, String titleField, String abstractField) throws DigestInputException {
    if (!hasTitle || !hasAbstract) {
      String missing = !hasTitle ? "a title (\"" + titleField + "\")" : "an abstract (\"" + abstractField + "\")";
      throw problem(itemName() + " without " + missing, "every item needs a title and an abstract; fix or remove this one");
    }
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : "'" + t.asString() + "'";
    }
  }
}
