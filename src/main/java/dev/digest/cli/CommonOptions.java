package dev.digest.cli;

import dev.digest.parse.ParseOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/** The options every command shares (the inputs' encoding, the record limit, --debug) and their checks. */
final class CommonOptions {
  static final String INPUTS_DESCRIPTION =
      "Digests to read (pasted text, Daily Papers API JSON, arXiv snapshot, digest's json/jsonl): files, folders (their *.txt, *.json, *.jsonl files in name order), or - for standard input (the default).";
  static final OptionDef ENCODING =
      OptionDef.value("NAME", "UTF-8", "Encoding of inputs without a byte-order mark (default: ${DEFAULT-VALUE}).", "--encoding");
  static final OptionDef MAX_RECORD =
      OptionDef.value(
          "N",
          String.valueOf(ParseOptions.DEFAULT_MAX_RECORD),
          "Largest paragraph or record, in characters (default: ${DEFAULT-VALUE}).",
          "--max-record");
  static final OptionDef DEBUG = OptionDef.flag("Show stack traces, for bug reports.", "--debug");
  static final List<OptionDef> ALL = List.of(ENCODING, MAX_RECORD, DEBUG);

  private CommonOptions() {}

  static ParseOptions parseOptions(ParsedArgs args) {
    return ParseOptions.builder().encoding(charset(args.value(ENCODING))).maxRecordChars(maxRecord(args.value(MAX_RECORD))).build();
  }

  private static int maxRecord(String text) {
    int max;
    try {
      max = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--max-record takes a whole number of characters, not '" + text + "'");
    }
    if (max < 1) {
      throw new UsageException("--max-record must be at least 1, not " + max);
    }
    return max;
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException(
          "unknown encoding '" + name + "'; use a Java charset name such as UTF-8, UTF-16, windows-1252 or ISO-8859-1");
    }
  }
}
