package dev.digest.cli;

import dev.digest.parse.ParseOptions;
import dev.digest.write.Suggestions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options commands share (the inputs' encoding, the record limit, -o, -q, --debug) and their checks. */
final class CommonOptions {
  static final String INPUTS_DESCRIPTION =
      "Digests to read (pasted text, Daily Papers API JSON, arXiv snapshot, digest's json/jsonl, BibTeX, RIS, CSL-JSON, csv and tsv as digest writes them, a digest SQLite library): files, folders (their *.txt, *.json, *.jsonl, *.db files in name order), or - for standard input (the default).";
  static final OptionDef ENCODING =
      OptionDef.value("NAME", "UTF-8", "Encoding of inputs without a byte-order mark (default: ${DEFAULT-VALUE}).", "--encoding");
  static final OptionDef MAX_RECORD =
      OptionDef.value(
          "N",
          String.valueOf(ParseOptions.DEFAULT_MAX_RECORD),
          "Largest paragraph or record, in characters (default: ${DEFAULT-VALUE}).",
          "--max-record");
  static final OptionDef JOBS =
      OptionDef.value(
          "N",
          null,
          "Parse on N threads; the output is the same for every N. Default: the processors available, but one thread for files under 256 MiB.",
          "-j",
          "--jobs");
  static final OptionDef DEBUG = OptionDef.flag("Show stack traces, for bug reports.", "--debug");
  static final OptionDef OUTPUT =
      OptionDef.value(
              "FILE", null, "Write to FILE atomically instead of standard output (- is standard output); never overwrites an input.", "-o", "--output")
          .completingFiles();
  static final OptionDef QUIET =
      OptionDef.flag("No warnings on stderr (errors still show, and --strict still fails).", "-q", "--quiet");
  static final List<OptionDef> ALL = List.of(ENCODING, MAX_RECORD, DEBUG);
  static final OptionDef HELP = OptionDef.flag("Show this help message and exit.", "-h", "--help");
  static final OptionDef VERSION = OptionDef.flag("Print version information and exit.", "-V", "--version");
  /** What {@code digest} itself takes before a command. */
  static final List<OptionDef> ROOT = List.of(HELP, VERSION, DEBUG);

  private CommonOptions() {}

  /** Every option {@code command} takes: its own, then help and version, which every command takes. */
  static List<OptionDef> everyOption(Command command) {
    List<OptionDef> all = new ArrayList<>(command.options());
    all.add(HELP);
    all.add(VERSION);
    return all;
  }

  static ParseOptions parseOptions(ParsedArgs args) {
    return ParseOptions.builder().encoding(charset(args.value(ENCODING))).maxRecordChars(maxRecord(args.value(MAX_RECORD))).build();
  }

  /** {@code -j}: the threads to parse on, the processors available when not given. */
  static int jobs(ParsedArgs args) {
    String text = args.value(JOBS);
    if (text == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    return atLeastOne(text, "-j", "threads");
  }

  /** True when {@code -o} names a file, not standard output. */
  static boolean writesFile(String output) {
    return OutputTarget.fileNamed(output) != null;
  }

  /**
   * Where a command writes: standard output without {@code -o} or with {@code -o -}, else the named
   * file, written atomically, and never one of the inputs (compared as files, not names).
   */
  static OutputTarget outputTarget(String output, OutputStream stdout, List<Path> inputs) {
    Path path = OutputTarget.fileNamed(output);
    if (path == null) {
      return OutputTarget.stdout(stdout);
    }
    refuseOverwritingInput(path, inputs);
    return OutputTarget.file(path);
  }

  static void refuseOverwritingInput(Path out, List<Path> inputs) {
    if (Files.isDirectory(out)) {
      throw new RunFailure(out + " is a folder; name a file for -o");
    }
    if (!Files.exists(out)) {
      return;
    }
    for (Path in : inputs) {
      try {
        if (Files.isSameFile(out, in)) {
          throw new RunFailure("-o " + out + " is one of the inputs (" + in + "); choose another output file");
        }
      } catch (IOException e) {
        throw new RunFailure("cannot compare " + out + " with " + in + ": " + OutputTarget.reason(e));
      }
    }
  }

  private static int maxRecord(String text) {
    return atLeastOne(text, "--max-record", "characters");
  }

  /** An option's whole number, 1 or more, or a usage error that names the option and the unit. */
  private static int atLeastOne(String text, String option, String unit) {
    int n;
    try {
      n = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(option + " takes a whole number of " + unit + ", not '" + text + "'");
    }
    if (n < 1) {
      throw new UsageException(option + " must be at least 1, not " + n);
    }
    return n;
  }

  /** Every charset name and alias Java knows, each mapped to the charset's own name. */
  private static Map<String, String> charsetSpellings() {
    Map<String, String> spellings = new LinkedHashMap<>();
    for (Charset c : Charset.availableCharsets().values()) {
      spellings.put(c.name(), c.name());
      for (String alias : c.aliases()) {
        spellings.putIfAbsent(alias, c.name());
      }
    }
    return spellings;
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException(
          "unknown encoding '" + name + "'" + Suggestions.didYouMean(name, charsetSpellings())
              + "; use a Java charset name such as UTF-8, UTF-16, windows-1252 or ISO-8859-1");
    }
  }
}
