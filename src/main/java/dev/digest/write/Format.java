package dev.digest.write;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Every output format in one place: its name, file extension, one-line description, whether it
 * takes {@code --fields} and {@code --pretty}, and its writer. {@code --help}, the command line's
 * checks and the tests read this table.
 */
public enum Format {
  JSON("json", "json", "one JSON array of records (the default)", true, true) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return JsonRecordWriter.array(out, options);
    }
  },
  JSONL("jsonl", "jsonl", "JSON Lines: one JSON object a line, for jq and streaming tools", true, false) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return JsonRecordWriter.lines(out, options);
    }
  },
  CSV("csv", "csv", "CSV (RFC 4180): a header row, CRLF line ends, for spreadsheets", true, false) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return new CsvRecordWriter(out, options);
    }
  },
  TSV("tsv", "tsv", "TSV with a header row; tabs, line breaks, backslashes escaped", true, false) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return new TsvRecordWriter(out, options);
    }
  },
  BIBTEX("bibtex", "bib", "BibTeX: one @misc entry a record, for LaTeX, pandoc and Zotero", false, false) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return new BibtexRecordWriter(out);
    }
  },
  RIS("ris", "ris", "RIS records for Zotero, EndNote and Mendeley", false, false) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return new RisRecordWriter(out);
    }
  },
  CSLJSON("csljson", "json", "a CSL-JSON array for pandoc's citeproc and other CSL processors", false, false) {
    @Override
    public RecordWriter writer(OutputStream out, WriterOptions options) {
      return new CslJsonRecordWriter(out);
    }
  };

  private final String formatName;
  private final String extension;
  private final String description;
  private final boolean takesFields;
  private final boolean takesPretty;

  Format(String formatName, String extension, String description, boolean takesFields, boolean takesPretty) {
    this.formatName = formatName;
    this.extension = extension;
    this.description = description;
    this.takesFields = takesFields;
    this.takesPretty = takesPretty;
  }

  /** A writer of this format over {@code out}. */
  public abstract RecordWriter writer(OutputStream out, WriterOptions options);

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

  public static Format byName(String name) {
    for (Format f : values()) {
      if (f.formatName.equals(name)) {
        return f;
      }
    }
    return null;
  }

  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Format f : values()) {
      names.add(f.formatName);
    }
    return names;
  }
}
