package dev.digest.cli;

import dev.digest.parse.ParseOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The options every command shares: the inputs, their encoding, the record limit, --debug. */
final class CommonOptions {
  private final OptionSpec encoding =
      OptionSpec.builder("--encoding")
          .paramLabel("NAME")
          .type(String.class)
          .defaultValue("UTF-8")
          .description("Encoding of inputs without a byte-order mark (default: ${DEFAULT-VALUE}).")
          .build();
  private final OptionSpec maxRecord =
      OptionSpec.builder("--max-record")
          .paramLabel("N")
          .type(int.class)
          .defaultValue(String.valueOf(ParseOptions.DEFAULT_MAX_RECORD))
          .description("Largest paragraph or record, in characters (default: ${DEFAULT-VALUE}).")
          .build();
  private final OptionSpec debug =
      OptionSpec.builder("--debug")
          .description("Show stack traces, for bug reports.")
          .build();
  private final PositionalParamSpec inputs =
      PositionalParamSpec.builder()
          .paramLabel("FILE|DIR|-")
          .arity("0..*")
          .type(List.class)
          .auxiliaryTypes(String.class)
          .description("Digests to read: files, folders (their *.txt files in name order), or - for standard input (the default).")
          .build();

  void addTo(CommandSpec spec) {
    spec.addOption(encoding);
    spec.addOption(maxRecord);
    spec.addOption(debug);
    spec.addPositional(inputs);
  }

  List<String> inputs() {
    List<String> v = inputs.getValue();
    return v == null ? List.of() : v;
  }

  boolean debug() {
    return Boolean.TRUE.equals(debug.getValue());
  }

  ParseOptions parseOptions() {
    int max = maxRecord.<Integer>getValue();
    if (max < 1) {
      throw new UsageException("--max-record must be at least 1, not " + max);
    }
    return ParseOptions.builder().encoding(charset()).maxRecordChars(max).build();
  }

  private Charset charset() {
    String name = encoding.getValue();
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException(
          "unknown encoding '" + name + "'; use a Java charset name such as UTF-8, UTF-16, windows-1252 or ISO-8859-1");
    }
  }
}
