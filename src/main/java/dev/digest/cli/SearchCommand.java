package dev.digest.cli;

import dev.digest.library.LibraryReader;
import dev.digest.library.LibrarySearch;
import dev.digest.library.QuerySyntaxException;
import dev.digest.write.Format;
import dev.digest.write.RecordWriter;
import dev.digest.write.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code digest search DATABASE QUERY}: full-text search of a library with SQLite FTS5's query
 * syntax, best matches first (bm25), written in any stream format. Exit 0 when something matched,
 * 1 when nothing did (as grep), 2 for a query FTS5 cannot parse.
 */
final class SearchCommand implements Command {
  private static final OptionDef FORMAT =
      OptionDef.value("FORMAT", null, "Output format: any but sqlite, see convert's FORMATS (default: json).", "-f", "--format", "--to")
          .withCandidates(List.copyOf(streamFormatSpellings().keySet()));
  private static final OptionDef LIMIT =
      OptionDef.value("N", "20", "Most matches to write, best first (default: ${DEFAULT-VALUE}).", "--limit");
  private static final List<OptionDef> OPTIONS =
      List.of(FORMAT, LIMIT, ConvertCommand.FIELDS, CommonOptions.OUTPUT, CommonOptions.DEBUG);
  private static final String SYNTAX =
      "words (all must match), \"a phrase\", OR, NOT, prefix*, title:word or abstract:word; put a word with other characters in double quotes";

  @Override
  public String name() {
    return "search";
  }

  @Override
  public String description() {
    return "Search a digest SQLite library by title and abstract, best matches first.";
  }

  @Override
  public List<OptionDef> options() {
    return OPTIONS;
  }

  @Override
  public String positionalLabel() {
    return "DATABASE QUERY";
  }

  @Override
  public String positionalDescription() {
    return "The library (made by convert -o papers.db) and a full-text query in SQLite FTS5 syntax: " + SYNTAX + ".";
  }

  @Override
  public List<String> helpFooter() {
    return List.of(
        "%nExit codes: 0 something matched, 1 nothing matched or a problem with the database, 2 a query FTS5 cannot parse.%n",
        "EXAMPLES",
        "  digest search papers.db diffusion",
        "  digest search papers.db '\"talking head\" OR title:avatar*' -f bibtex --limit 5",
        "  digest search papers.db 'llm NOT survey' -f jsonl | jq -r .title");
  }

  @Override
  public int run(ParsedArgs args, InputStream stdin, OutputStream stdout, PrintWriter err) throws IOException {
    if (args.positionals().size() != 2) {
      throw new UsageException(
          "search takes a database and a query, as in: digest search papers.db 'diffusion OR transformer'"
              + (args.positionals().size() > 2 ? " (quote a query of several words)" : ""));
    }
    Format fmt = streamFormat(args.value(FORMAT));
    RecordWriterFactory writers = out -> fmt.writer(out, ConvertCommand.writerOptions(fmt, args));
    writers.check();
    int limit = limit(args.value(LIMIT));
    String dbName = args.positionals().get(0);
    String query = args.positionals().get(1);
    Path db = Paths.get(dbName);
    if (!Files.exists(db)) {
      throw new RunFailure(dbName + ": no such file; check the path");
    }
    try (LibraryReader matches = LibrarySearch.search(db, dbName, query, limit)) {
      boolean any;
      try {
        any = matches.advance(); // a query FTS5 cannot parse fails here, before any output
      } catch (QuerySyntaxException e) {
        throw new UsageException("cannot search for '" + query + "': " + e.getMessage() + "; write " + SYNTAX);
      }
      OutputTarget target = CommonOptions.outputTarget(args.value(CommonOptions.OUTPUT), stdout, List.of(db));
      boolean committed = false;
      try {
        RecordWriter writer = writers.writer(target.stream());
        writer.begin();
        for (boolean has = any; has; has = matches.advance()) {
          writer.write(matches.current());
        }
        writer.end();
        target.commit();
        committed = true;
      } finally {
        if (!committed) {
          target.abandon();
        }
      }
      return any ? ExitCode.OK : ExitCode.INPUT_OUTPUT;
    }
  }

  /** Makes the run's writer once the output is open; {@link #check()} raises its usage errors before. */
  private interface RecordWriterFactory {
    RecordWriter writer(OutputStream out);

    default void check() {
      writer(OutputStream.nullOutputStream());
    }
  }

  private static Format streamFormat(String name) {
    if (name == null) {
      return Format.JSON;
    }
    Format f = Format.byName(name);
    if (f == null || f.isDatabase()) {
      Map<String, String> spellings = streamFormatSpellings();
      throw new UsageException(
          (f == null ? "unknown format '" + name + "'" + Suggestions.didYouMean(name, spellings) : "search writes a stream, not -f " + name)
              + "; formats are " + String.join(", ", new ArrayList<>(new java.util.LinkedHashSet<>(spellings.values()))));
    }
    return f;
  }

  private static Map<String, String> streamFormatSpellings() {
    Map<String, String> spellings = new java.util.LinkedHashMap<>(Format.spellings());
    spellings.values().removeIf(f -> Format.byName(f).isDatabase());
    return spellings;
  }

  private static int limit(String text) {
    try {
      int n = Integer.parseInt(text.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw new UsageException("--limit takes a whole number of matches, at least 1, not '" + text + "'");
  }
}
