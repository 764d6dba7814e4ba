package dev.digest.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.digest.parse.ParseOptions;
import dev.digest.write.Suggestions;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options of one read, checked once on the driver: the paths, {@code encoding}, {@code
 * maxRecord} and {@code dedupe} as the command line's {@code --encoding}, {@code --max-record} and
 * {@code --dedupe}, {@code warnings} (the warnings instead of the records) and {@code splitSize}
 * (the bytes of pasted text a task reads, at least; tests make it small). A mistyped option is an
 * error that names the closest real one, as the command line does.
 */
final class ReadOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  /** As Spark's own file sources (spark.sql.files.maxPartitionBytes). */
  static final long DEFAULT_SPLIT_SIZE = 128L << 20;

  private static final List<String> NAMES =
      List.of("path", "paths", "encoding", "maxrecord", "dedupe", "warnings", "splitsize");
  private static final List<String> SHOWN = List.of("encoding", "maxRecord", "dedupe", "warnings", "splitSize");

  private final List<String> paths;
  private final String encoding;
  private final int maxRecord;
  private final boolean dedupe;
  private final boolean warnings;
  private final long splitSize;

  private ReadOptions(List<String> paths, String encoding, int maxRecord, boolean dedupe, boolean warnings, long splitSize) {
    this.paths = List.copyOf(paths);
    this.encoding = encoding;
    this.maxRecord = maxRecord;
    this.dedupe = dedupe;
    this.warnings = warnings;
    this.splitSize = splitSize;
  }

  /** Reads the options Spark hands a data source (keys in any case). */
  static ReadOptions from(Map<String, String> options) {
    for (String key : options.keySet()) {
      String lower = key.toLowerCase(Locale.ROOT);
      if (!NAMES.contains(lower)) {
        throw DigestSourceException.problem(
            "unknown option '" + key + "'" + Suggestions.didYouMean(key, SHOWN) + "; the options are " + String.join(", ", SHOWN));
      }
    }
    List<String> paths = paths(options);
    String encoding = option(options, "encoding", "UTF-8");
    try {
      Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw DigestSourceException.problem("unknown encoding '" + encoding + "'; name a Java charset such as UTF-8 or windows-1252");
    }
    int maxRecord = (int) number(options, "maxRecord", ParseOptions.DEFAULT_MAX_RECORD, Integer.MAX_VALUE);
    long splitSize = number(options, "splitSize", DEFAULT_SPLIT_SIZE, Long.MAX_VALUE);
    return new ReadOptions(paths, encoding, maxRecord, flag(options, "dedupe"), flag(options, "warnings"), splitSize);
  }

  private static String option(Map<String, String> options, String name, String otherwise) {
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return otherwise;
  }

  private static boolean flag(Map<String, String> options, String name) {
    String value = option(options, name, "false").trim().toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      throw DigestSourceException.problem("option " + name + " is true or false, not '" + value + "'");
    }
    return value.equals("true");
  }

  private static long number(Map<String, String> options, String name, long otherwise, long max) {
    String value = option(options, name, null);
    if (value == null) {
      return otherwise;
    }
    try {
      long n = Long.parseLong(value.trim());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with what is allowed
    }
    throw DigestSourceException.problem("option " + name + " is a whole number from 1 to " + max + ", not '" + value + "'");
  }

  /** What DataFrameReader.load(paths...) passes: one {@code path}, or {@code paths} as a JSON array. */
  private static List<String> paths(Map<String, String> options) {
    List<String> paths = new ArrayList<>();
    String path = option(options, "path", null);
    if (path != null) {
      paths.add(path);
    }
    String many = option(options, "paths", null);
    if (many != null) {
      try (JsonParser p = new JsonFactory().createParser(many)) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw DigestSourceException.problem("option paths is a JSON array of paths, not " + many);
        }
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          paths.add(p.getText());
        }
      } catch (IOException e) {
        throw DigestSourceException.problem("option paths is a JSON array of paths, not " + many);
      }
    }
    if (paths.isEmpty()) {
      throw DigestSourceException.problem("no input: name the digests to read, as in spark.read.format(\"digest\").load(\"digests/\")");
    }
    return paths;
  }

  List<String> paths() {
    return paths;
  }

  boolean dedupe() {
    return dedupe;
  }

  boolean warnings() {
    return warnings;
  }

  long splitSize() {
    return splitSize;
  }

  Charset charset() {
    return Charset.forName(encoding);
  }

  /** What core's readers take, for the input named {@code source}. */
  ParseOptions parseOptions(String source) {
    return ParseOptions.builder().encoding(charset()).maxRecordChars(maxRecord).sourceName(source).build();
  }
}
