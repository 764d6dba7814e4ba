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
 * &#64;misc{convllava,
 *   title = {{ConvLLaVA}: Hierarchical Backbones as ...},
 *   author = {Chunjiang Ge and Sijie Cheng and ...},
 *   year = {2024},
 *   month = may,
 *   abstract = {...},
 *   url = {https://arxiv.org/abs/2405.15738},
 *   eprint = {2405.15738},
 *   archivePrefix = {arXiv},
 *   doi = {10.48550/arXiv.2405.15738},
 *   note = {Apr 23},
 *   key = {convllava}
 * }
 * </pre>
 *
 * <p>Title, abstract, names and note are plain text escaped by {@link LatexEscaper}; the title's
 * capitals are protected by {@link BibtexTitleWriter}, the names joined by {@link BibtexNames}.
 * Fields the record lacks are left out: {@code author} without names, {@code year} and {@code
 * month} without a {@link PaperDate}, {@code abstract} when it is empty, the arXiv fields without
 * an id. {@code url} is the arXiv page when the id is known, else the abstract's first link; it is
 * written as is, because biber and the {@code url} package read it verbatim, where an escaped
 * {@code %} or {@code _} would stay escaped. {@code note} holds the digest's date when there is one.
 * {@code key} repeats the citation key so that styles sorting by author, such as {@code plain},
 * have something to sort by when there is no author.
 */
final class BibtexRecordWriter implements RecordWriter, WriterRenderer.Body {
  private static final byte[] ENTRY_START = ascii("@misc{");
  private static final byte[] TITLE = ascii(",\n  title = {");
  private static final byte[] AUTHOR = ascii(",\n  author = {");
  private static final byte[] YEAR = ascii(",\n  year = {");
  /** The month is one of BibTeX's month macros ({@code month = mar}), which styles print in their language. */
  private static final byte[] MONTH = ascii(",\n  month = ");
  private static final byte[][] MONTH_MACROS = {
    ascii("jan"), ascii("feb"), ascii("mar"), ascii("apr"), ascii("may"), ascii("jun"),
    ascii("jul"), ascii("aug"), ascii("sep"), ascii("oct"), ascii("nov"), ascii("dec")
  };
  private static final byte[] ABSTRACT = ascii(",\n  abstract = {");
  private static final byte[] URL = ascii(",\n  url = {");
  private static final byte[] EPRINT = ascii(",\n  eprint = {");
  private static final byte[] ARCHIVE_PREFIX = ascii(",\n  archivePrefix = {arXiv}");
  private static final byte[] DOI = ascii(",\n  doi = {");
  private static final byte[] NOTE = ascii(",\n  note = {");
  private static final byte[] KEY = ascii(",\n  key = {");
  private static final byte[] ENTRY_END = ascii("\n}\n\n");

  private final ByteSink out;
  private final LatexEscaper escaper = new LatexEscaper();
  private final BibtexTitleWriter titles = new BibtexTitleWriter(escaper);
  private final BibtexNames names = new BibtexNames(escaper);
  private final Arxiv arxivValues = new Arxiv();

  /** Set for a renderer's writer: where it notes the places of each record. */
  private final RenderTarget marks;

  BibtexRecordWriter(OutputStream out) {
    this(out, null);
  }

  private BibtexRecordWriter(OutputStream out, RenderTarget marks) {
    this.out = new ByteSink(out);
    this.marks = marks;
  }

  /** An entry depends on nothing before it. */
  @Override
  public RecordRenderer newRenderer() {
    return new WriterRenderer(target -> new BibtexRecordWriter(target, target));
  }

  @Override
  public void writeRendered(RenderedRecord record, Text key, int line) throws IOException {
    record.writeTo(out, key, line);
  }

  @Override
  public void drain() throws IOException {
    out.drain();
  }

  @Override
  public void writeBody(RecordView r) throws IOException {
    write(r);
  }

  @Override
  public void begin() {
    // An entry needs nothing before it.
  }

  @Override
  public void write(RecordView r) throws IOException {
    Text key = r.key();
    out.write(ENTRY_START);
    writeKey(key);
    out.write(TITLE);
    Text title = r.title();
    titles.write(out, title.bytes(), 0, title.length());
    out.write('}');
    if (r.authorCount() > 0 && NameWords.any(r)) {
      out.write(AUTHOR);
      names.write(out, r);
      out.write('}');
    }
    writeDate(PaperDate.of(r));
    Text abstractText = r.abstractText();
    if (!abstractText.isEmpty()) {
      field(ABSTRACT, abstractText.bytes(), abstractText.length());
    }
    Text arxiv = r.arxiv();
    if (arxiv != null) {
      out.write(URL);
      writeLink(arxivValues.page(arxiv.bytes(), arxiv.length()).bytes(), 0, arxivValues.length());
      out.write('}');
      field(EPRINT, arxiv.bytes(), arxiv.length());
      out.write(ARCHIVE_PREFIX);
      arxivValues.doi(arxiv.bytes(), arxiv.length());
      field(DOI, arxivValues.bytes(), arxivValues.length());
    } else if (r.urlCount() > 0) {
      out.write(URL);
      writeLink(r.urlText().bytes(), r.urlStart(0), r.urlEnd(0));
      out.write('}');
    }
    Text date = r.date();
    if (date != null) {
      field(NOTE, date.bytes(), date.length());
    }
    out.write(KEY);
    writeKey(key);
    out.write('}');
    out.write(ENTRY_END);
  }

  private void writeKey(Text key) throws IOException {
    out.write(key.bytes(), 0, key.length());
    if (marks != null) {
      out.drain();
      marks.keyEnd(0);
    }
  }

  /** Writes {@code name} (with the opening brace) and {@code value[0, len)} as escaped plain text. */
  private void field(byte[] name, byte[] value, int len) throws IOException {
    out.write(name);
    escaper.writeValue(out, value, 0, len);
    out.write('}');
  }

  private void writeDate(int day) throws IOException {
    if (day == 0) {
      return;
    }
    out.write(YEAR);
    out.writeDecimal(PaperDate.year(day));
    out.write('}');
    out.write(MONTH);
    out.write(MONTH_MACROS[PaperDate.month(day) - 1]);
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
