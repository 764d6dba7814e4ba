package dev.digest.write;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every output format in one place: its name and aliases, file extensions, one-line description,
 * whether it takes {@code --fields} and {@code --pretty}, and its writer. {@code --help}, the command line's
 * checks and the tests read this table.
 */
public enum Format {
  JSON("json", "json", "one JSON array of records (the default)", true, true, List.of(), List.of("json")) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return JsonRecordWriter.array(out, options);
    }
  },
  JSONL("jsonl", "jsonl", "JSON Lines: one JSON object a line, for jq and streaming tools", true, false, List.of("ndjson"), List.of("jsonl", "ndjson")) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return JsonRecordWriter.lines(out, options);
    }
  },
  CSV("csv", "csv", "CSV (RFC 4180): a header row, CRLF line ends, for spreadsheets", true, false, List.of(), List.of("csv")) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return new CsvRecordWriter(out, options);
    }
  },
  TSV("tsv", "tsv", "TSV with a header row; tabs, line breaks, backslashes escaped", true, false, List.of(), List.of("tsv")) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return new TsvRecordWriter(out, options);
    }
  },
  BIBTEX("bibtex", "bib", "BibTeX: one @misc entry a record, for LaTeX, pandoc and Zotero", false, false, List.of("bib"), List.of("bib")) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return new BibtexRecordWriter(out);
    }
  },
  RIS("ris", "ris", "RIS records for Zotero, EndNote and Mendeley", false, false, List.of(), List.of("ris")) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return new RisRecordWriter(out);
    }
  },
  CSLJSON("csljson", "json", "a CSL-JSON array for pandoc's citeproc and other CSL processors", false, false, List.of("csl", "csl-json"), List.of()) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return new CslJsonRecordWriter(out);
    }
  },
  /** Not a stream: a database that grows run by run, written by {@code dev.digest.library.LibraryWriter}. */
  SQLITE("sqlite", "db", "a SQLite library added to run by run, full-text searchable (needs -o)", false, false, List.of(), List.of("db", "sqlite", "sqlite3")) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      throw new UnsupportedOperationException("sqlite writes a database file, not a stream");
    }

    @Override
    public boolean isDatabase() {
      return true;
    }
  };

  private final String formatName;
  private final String extension;
  private final String description;
  private final boolean takesFields;
  private final boolean takesPretty;
  private final List<String> aliases;
  private final List<String> outputExtensions;

  /**
   * @param extension the usual file extension of this format
   * @param aliases other names users type for it ({@code ndjson}, {@code bib})
   * @param outputExtensions the {@code -o} extensions that choose this format when {@code -f} is not
   *     given, as pandoc chooses
   */
  Format(
      String formatName,
      String extension,
      String description,
      boolean takesFields,
      boolean takesPretty,
      List<String> aliases,
      List<String> outputExtensions) {
    this.formatName = formatName;
    this.extension = extension;
    this.description = description;
    this.takesFields = takesFields;
    this.takesPretty = takesPretty;
    // Copies no caller can change: the registry's lists are handed out as they are.
    this.aliases = List.copyOf(aliases);
    this.outputExtensions = List.copyOf(outputExtensions);
  }

  /** A writer of this format over {@code out}; only for the stream formats (not {@link #isDatabase()}). */
  public abstract RecordWriter writer(OutputStream out, WriterOptions options);

  /**
   * True for a database, which a run adds to in place rather than writes as a stream: it needs a
   * file ({@code -o}), and standard output cannot be one.
   */
  public boolean isDatabase() {
    return false;
  }

  public String formatName() {
    return formatName;
  }

  public String extension() {
    return extension;
  }

  public String description() {
    return description;
  }

  public boolean takesFields() {
    return takesFields;
  }

  public boolean takesPretty() {
    return takesPretty;
  }

  public List<String> aliases() {
    return aliases;
  }

  public List<String> outputExtensions() {
    return outputExtensions;
  }

  /** The format a name or alias names, compared without regard to case; null when none. */
  public static Format byName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.formatName.equals(wanted) || f.aliases.contains(wanted)) {
        return f;
      }
    }
    return null;
  }

  /** The format an output file's extension chooses ({@code papers.csv}: csv), or null when none does. */
  public static Format byOutputFile(String fileName) {
    int dot = fileName.lastIndexOf('.');
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf(java.io.File.separatorChar));
    if (dot <= slash + 1) {
      return null;
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.outputExtensions.contains(ext)) {
        return f;
      }
    }
    return null;
  }

  /** The formats that take {@code option} ({@code --fields}, {@code --pretty}), for messages and help. */
  public static List<String> namesTaking(Predicate<Format> option) {
    List<String> names = new ArrayList<>();
    for (Format f : values()) {
      if (option.test(f)) {
        names.add(f.formatName);
      }
    }
    return names;
  }

  /** Every spelling users may type (names and aliases), each mapped to its format's name. */
  public static Map<String, String> spellings() {
    Map<String, String> spellings = new LinkedHashMap<>();
    for (Format f : values()) {
      spellings.put(f.formatName, f.formatName);
      for (String alias : f.aliases) {
        spellings.put(alias, f.formatName);
      }
    }
    return spellings;
  }

  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Format f : values()) {
      names.add(f.formatName);
    }
    return names;
  }
}
