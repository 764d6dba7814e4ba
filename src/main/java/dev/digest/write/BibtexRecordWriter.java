package dev.digest.write;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * BibTeX: one {@code @misc} entry a record, followed by a blank line, with LF line ends and UTF-8
 * text:
 *
 * <pre>
 * &#64;misc{edtalk,
 *   title = {{EDTalk}: Efficient Disentanglement for Emotional Talking Head Synthesis},
 *   abstract = {...},
 *   url = {https://first.link/},
 *   note = {Apr 23},
 *   key = {edtalk}
 * }
 * </pre>
 *
 * <p>Title, abstract and note are plain text escaped by {@link LatexEscaper}; the title's capitals
 * are protected by {@link BibtexTitleWriter}. {@code url} (the abstract's first link, when it has
 * one) is written as is, because biber and the {@code url} package read it verbatim, where an
 * escaped {@code %} or {@code _} would stay escaped. {@code note} holds the digest's date when there
 * is one. {@code key} repeats the citation key so that styles sorting by author, such as {@code
 * plain}, have something to sort by instead of warning.
 */
final class BibtexRecordWriter implements RecordWriter {
  private static final byte[] ENTRY_START = ascii("@misc{");
  private static final byte[] TITLE = ascii(",\n  title = {");
  private static final byte[] ABSTRACT = ascii("},\n  abstract = {");
  private static final byte[] URL = ascii("},\n  url = {");
  private static final byte[] NOTE = ascii("},\n  note = {");
  private static final byte[] KEY = ascii("},\n  key = {");
  private static final byte[] ENTRY_END = ascii("}\n}\n\n");

  private final ByteSink out;
  private final LatexEscaper escaper = new LatexEscaper();
  private final BibtexTitleWriter titles = new BibtexTitleWriter(escaper);

  BibtexRecordWriter(OutputStream out) {
    this.out = new ByteSink(out);
  }

  @Override
  public void begin() {
    // An entry needs nothing before it.
  }

  @Override
  public void write(RecordView r) throws IOException {
    Text key = r.key();
    out.write(ENTRY_START);
    out.write(key.bytes(), 0, key.length());
    out.write(TITLE);
    Text title = r.title();
    titles.write(out, title.bytes(), 0, title.length());
    out.write(ABSTRACT);
    Text abstractText = r.abstractText();
    escaper.writeValue(out, abstractText.bytes(), 0, abstractText.length());
    if (r.urlCount() > 0) {
      out.write(URL);
      writeLink(abstractText.bytes(), r.urlStart(0), r.urlEnd(0));
    }
    Text date = r.date();
    if (date != null) {
      out.write(NOTE);
      escaper.writeValue(out, date.bytes(), 0, date.length());
    }
    out.write(KEY);
    out.write(key.bytes(), 0, key.length());
    out.write(ENTRY_END);
  }

  /**
   * Writes a link as is, but for the characters RFC 3986 does not allow in a link that TeX would act
   * on: braces and backslashes (the link finder stops at them; should one get through, it must not
   * unbalance the entry) and carets, which TeX reads as {@code ^^5c}-style character codes, so that
   * a style that typesets the url without the url package could run a command. Those are
   * percent-encoded, which means the same to a web server. So is {@code $}: Zotero's BibTeX reader
   * takes it for math even in a url, and one left open loses the whole entry.
   */
  private void writeLink(byte[] b, int start, int end) throws IOException {
    int run = start;
    for (int i = start; i < end; i++) {
      int c = b[i];
      if (c == '{' || c == '}' || c == '\\' || c == '^' || c == '$') {
        out.write(b, run, i - run);
        out.write('%');
        out.write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.write(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        run = i + 1;
      }
    }
    out.write(b, run, end - run);
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
