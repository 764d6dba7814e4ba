package dev.digest.library;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The {@code urls} and {@code authors} columns: JSON arrays of strings in text, as sqlite-utils
 * and Datasette store lists, so that SQLite's {@code json_each} and DuckDB read them.
 */
final class JsonArrays {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final StringBuilder out = new StringBuilder(256);

  /** Starts an array; {@link #add} its strings, then {@link #end}. */
  JsonArrays begin() {
    out.setLength(0);
    out.append('[');
    return this;
  }

  JsonArrays add(String value) {
    if (out.length() > 1) {
      out.append(',');
    }
    out.append('"');
    JsonStringEncoder.getInstance().quoteAsString(value, out);
    out.append('"');
    return this;
  }

  String end() {
    return out.append(']').toString();
  }

  /** Hands each string of the array {@code json} to {@code each}; {@code column} names it in errors. */
  static void read(String json, String column, Consumer<String> each) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IOException("the " + column + " column holds " + json + ", not a JSON array");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
        each.accept(p.getText());
      }
      if (t != JsonToken.END_ARRAY) {
        throw new IOException("the " + column + " column holds " + json + ", not a JSON array of strings");
      }
    }
  }
}
