package dev.digest.source;

import dev.digest.model.RecordView;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.LinkExtractor;
import dev.digest.parse.ParseOptions;
import dev.digest.model.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record the text data kinds (BibTeX, RIS, CSV, TSV) fill, one at a time: each starts with no
 * key, links, date or paper data, at its line of its input; a record's links are those of its
 * abstract unless the file lists them; a record over the limit is an input error.
 */
final class TextRecord {
  /**
   * A date as digest writes it in a note: a digest's date line ({@code Apr 23}, {@code Mar 13,
   * 2025}) or the day an API item was listed ({@code 2024-05-27}).
   */
  private static final Pattern DATE_LINE = Pattern.compile("\\p{Lu}\\p{Ll}{2,8} \\d{1,2}(, \\d{4})?|\\d{4}-\\d{2}-\\d{2}");
  /** An arXiv DOI, {@code 10.48550/arXiv.2404.12345}. */
  private static final Pattern ARXIV_DOI = Pattern.compile("(?i)10\\.48550/arxiv\\.(.+)");
  /** A full date, {@code 2024-05-27} or RIS's {@code 2024/05/27}. */
  private static final Pattern DAY = Pattern.compile("(\\d{4})[-/](\\d{2})[-/](\\d{2})/?");

  final RecordView view = new RecordView();
  private final String source;
  private final int maxChars;
  private boolean linksGiven;

  TextRecord(ParseOptions options) {
    this.source = options.sourceName();
    this.maxChars = options.maxRecordChars();
  }

  String source() {
    return source;
  }

  void start(int line) {
    reset(view, source, line);
    linksGiven = false;
  }

  /** Makes {@code view} an empty record of {@code source} at {@code line}: the last one's fields gone. */
  static void reset(RecordView view, String source, int line) {
    view.key().clear();
    view.title().clear();
    view.abstractText().clear();
    view.clearUrls();
    view.clearPaperData();
    view.setDate(null);
    view.setSource(source);
    view.setLine(line);
  }

  void addUrl(String url) {
    linksGiven = true;
    view.addUrl(url);
  }

  /** Sets the date when {@code note} is a date line as digest writes one; other notes are no date. */
  void dateFromNote(String note) {
    String date = dateLineOrNull(note);
    if (date != null) {
      view.setDate(Text.of(date));
    }
  }

  /** Sets the arXiv id when {@code doi} is the DOI arXiv gives a paper. */
  void arxivFromDoi(String doi) {
    String id = arxivOfDoi(doi);
    if (id != null) {
      view.setArxiv(id);
    }
  }

  /** Sets the publication date when {@code day} is a whole date; a year alone is no day. */
  void publishedFrom(String day) {
    String published = dayOrNull(day);
    if (published != null) {
      view.setPublished(published);
    }
  }

  /** {@code note} when it is a date line as digest writes one ({@code Apr 23}), else null. */
  static String dateLineOrNull(String note) {
    return note != null && DATE_LINE.matcher(note).matches() ? note : null;
  }

  /** The arXiv id of an arXiv DOI ({@code 10.48550/arXiv.2404.12345}), else null. */
  static String arxivOfDoi(String doi) {
    Matcher m = doi == null ? null : ARXIV_DOI.matcher(doi.strip());
    return m != null && m.matches() ? m.group(1) : null;
  }

  /** {@code YYYY-MM-DD} for a whole date ({@code 2024-05-27}, RIS's {@code 2024/05/27/}), else null. */
  static String dayOrNull(String day) {
    Matcher m = day == null ? null : DAY.matcher(day.strip());
    return m != null && m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
  }

  /** The input error for a record over the limit, at the line where it starts. */
  static DigestInputException overLimit(String source, int line, int maxChars) {
    return new DigestInputException(
        source,
        line,
        "a record (title and abstract) of more than " + maxChars + " characters starts here, over the record limit",
        "raise the limit with --max-record if the text is real");
  }

  /** Ends the record: checks its size and finds its links in the abstract unless they were given. */
  void finish() throws DigestInputException {
    if ((long) view.title().chars() + view.abstractText().chars() > maxChars) {
      throw overLimit(source, view.line(), maxChars);
    }
    if (!linksGiven) {
      LinkExtractor.extract(view.abstractText(), view);
    }
  }
}
