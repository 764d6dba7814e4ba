package dev.digest.source;

import dev.digest.model.RecordView;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records of a RIS file, streaming: each from its {@code TY} line to its {@code ER} line (or
 * the end of the file). {@code TI} or {@code T1} is the title, {@code AB} or {@code N2} the
 * abstract, {@code AU} or {@code A1} the authors, {@code ID} the key, {@code N1} the date when it
 * is a date line, {@code DA} (or {@code Y1}) the publication date when it is a whole day, an arXiv
 * {@code DO} the arXiv id; links are those of the abstract. A line with no tag goes on the value
 * before it, as RIS files wrap long values. Other tags are passed over, and so is a record with no
 * title, which is no paper.
 */
final class RisReader implements RecordSource {
  private static final Pattern TAG = Pattern.compile("([A-Z][A-Z0-9])  -(?: (.*))?");

  private final TextLines lines;
  private final TextRecord record;
  private final StringBuilder abstractText = new StringBuilder();
  private String pending;

  RisReader(InputStream in, dev.digest.parse.ParseOptions options) {
    this.lines = new TextLines(in, options);
    this.record = new TextRecord(options);
  }

  /** True for the line that starts a RIS record. */
  static boolean isTypeLine(String line) {
    Matcher m = TAG.matcher(line.strip());
    return m.lookingAt() && m.group(1).equals("TY");
  }

  @Override
  public boolean advance() throws IOException {
    while (true) {
      String line = pending != null ? pending : lines.next();
      pending = null;
      if (line == null) {
        return false;
      }
      if (isTypeLine(line) && readRecord()) {
        return true;
      }
    }
  }

  /** Reads the record whose TY line was just read; false when it has no title. */
  private boolean readRecord() throws IOException {
    record.start(lines.number());
    RecordView v = record.view;
    abstractText.setLength(0);
    StringBuilder title = new StringBuilder();
    StringBuilder value = null;
    String note = null;
    String day = null;
    String doi = null;
    String line;
    while ((line = lines.next()) != null) {
      Matcher m = TAG.matcher(line);
      if (!m.matches()) {
        if (value != null && !line.isBlank()) {
          value.append(' ').append(line.strip());
        }
        continue;
      }
      String tag = m.group(1);
      String text = m.group(2) == null ? "" : m.group(2).strip();
      value = null;
      switch (tag) {
        case "TY":
          pending = line; // a record with no ER: the next one starts here
          return finish(title, note, day, doi);
        case "ER":
          return finish(title, note, day, doi);
        case "TI":
        case "T1":
          if (title.length() == 0) {
            title.append(text);
            value = title;
          }
          break;
        case "AB":
        case "N2":
          if (abstractText.length() == 0) {
            abstractText.append(text);
            value = abstractText;
          }
          break;
        case "AU":
        case "A1":
          v.addAuthor(text);
          break;
        case "ID":
          v.key().clear();
          v.key().append(text);
          break;
        case "N1":
          note = note == null ? text : note;
          break;
        case "DA":
        case "Y1":
          day = day == null ? text : day;
          break;
        case "DO":
          doi = text;
          break;
        default:
          break;
      }
    }
    return finish(title, note, day, doi);
  }

  private boolean finish(CharSequence title, String note, String day, String doi) throws IOException {
    if (title.length() == 0) {
      return false;
    }
    RecordView v = record.view;
    v.title().append(title.toString());
    v.abstractText().append(abstractText.toString());
    record.dateFromNote(note);
    record.publishedFrom(day);
    record.arxivFromDoi(doi);
    record.finish();
    return true;
  }

  @Override
  public RecordView current() {
    return record.view;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
