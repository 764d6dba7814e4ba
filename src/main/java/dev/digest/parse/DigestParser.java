package dev.digest.parse;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits one input into records (title, abstract, links, date, line), streaming: it holds one
 * paragraph and at most two records at a time, never the input.
 *
 * <p>Pull records with {@link #advance()} and read them through {@link #current()}, a view that is
 * valid until the next call. Keys are not set here: they belong to a whole run (the run package's
 * reader). Anomalies go to the {@link DiagnosticListener} in input order; input that cannot
 * be read throws {@link DigestInputException}.
 *
 * <p>Each trimmed line is blank, page furniture ({@link Furniture}) or text, and moves two small
 * machines. The first says where the line stands in a digest, which tells how lines make
 * paragraphs (the layout, SPEC 1) and whether furniture goes on with a header or starts the next
 * digest (which ends the open record and resets the date):
 *
 * <pre>
 * state               blank line          furniture line          text line
 * NO_HEADER           BLANK_LINE_PAPERS   NEW_HEADER, a digest    the second line of a paragraph tells:
 *                     (after text)                                COMPACT_PAPERS after a lone title line
 *                                                                 and an abstract line, else BLANK_LINE_PAPERS
 * NEW_HEADER          BLANK_LINE_HEADER   COMPACT_HEADER          COMPACT_PAPERS
 * BLANK_LINE_HEADER   -                   -                       BLANK_LINE_PAPERS
 * COMPACT_HEADER      -                   -                       COMPACT_PAPERS
 * BLANK_LINE_PAPERS   -                   NEW_HEADER, a digest    -
 * COMPACT_PAPERS      -                   NEW_HEADER, a digest    -
 * </pre>
 *
 * {@code Subscribe} glued to the front of a line counts as a furniture line, then a text line; a
 * header line glued to the end of one as a text line, then a furniture line.
 *
 * <p>The second machine holds the paragraph. In the blank-line layout a blank line or furniture
 * completes it; in the compact layout every text line is one. A complete paragraph goes to the
 * {@link RecordAssembler}:
 *
 * <pre>
 * paragraph   blank line                     furniture line    text line
 * NONE        -                              -                 OPEN
 * OPEN        NONE (blank-line layout)       NONE              OPEN, joined; compact: NONE
 * HELD        -                              NONE              OPEN, a paragraph of its own
 * </pre>
 *
 * A paragraph whose last line ends with a {@linkplain GluedNew glued new} waits for the next
 * non-blank line before it goes anywhere (HELD instead of NONE when complete): that line tells
 * whether the {@code new} is text or the first line of the next digest's header. If the line is
 * furniture (but {@code new}), the {@code new} is cut off, the paragraph completes and a digest
 * starts, in the blank-line layout if a blank line came between (BLANK_LINE_HEADER), else in the
 * compact one (COMPACT_HEADER).
 */
public final class DigestParser implements Closeable {

  /** Where the parser stands in a digest: the layout, and whether a header is open. */
  private enum State {
    /** No header has come yet: text at the start of the input, its layout not yet told. */
    NO_HEADER(false, false),
    /** A header's first furniture line came: the next line tells the layout. */
    NEW_HEADER(true, false),
    /** The header of a blank-line digest. */
    BLANK_LINE_HEADER(true, false),
    /** The header of a compact digest. */
    COMPACT_HEADER(true, true),
    /** The papers of a blank-line digest: paragraphs separated by blank lines, their lines joined. */
    BLANK_LINE_PAPERS(false, false),
    /** The papers of a compact digest: every line a paragraph. */
    COMPACT_PAPERS(false, true);

    /** The last non-blank line was page furniture. */
    final boolean inHeader;
    /** Every line is a paragraph. */
    final boolean compact;

    State(boolean inHeader, boolean compact) {
      this.inHeader = inHeader;
      this.compact = compact;
    }

    /** The state once text follows this header. */
    State papers() {
      return switch (this) {
        case NEW_HEADER, COMPACT_HEADER -> COMPACT_PAPERS;
        case BLANK_LINE_HEADER -> BLANK_LINE_PAPERS;
        default -> this;
      };
    }
  }

  /** How much of the current paragraph is gathered. */
  private enum Paragraph {
    /** No paragraph is open. */
    NONE,
    /** Lines are being gathered. */
    OPEN,
    /** Complete, but ends with a glued {@code new} that the next non-blank line decides on. */
    HELD
  }

  private final InputStream in;
  private final LineReader lines;
  private final String source;
  private final int maxChars;
  private final RecordAssembler records;

  private State state = State.NO_HEADER;
  /** The date line of the current digest; empty when it has none. */
  private final Text date = new Text(32);

  private final Text paragraph = new Text(8192);
  private Paragraph paragraphState = Paragraph.NONE;
  private int paragraphLine;
  private int paragraphLines;
  /** The {@code new} the open paragraph ends with, or null. */
  private GluedNew gluedNew;

  private RecordView current;
  private boolean finished;

  private DigestParser(InputStream in, InputStream utf8, ParseOptions options, int linesBefore, DiagnosticListener listener) {
    this(in, new LineReader(utf8, options.sourceName(), options.maxRecordChars(), linesBefore), options, listener);
  }

  private DigestParser(InputStream in, LineReader lines, ParseOptions options, DiagnosticListener listener) {
    this.in = in;
    this.source = options.sourceName();
    this.maxChars = options.maxRecordChars();
    this.lines = lines;
    this.records = new RecordAssembler(source, maxChars, listener);
  }

  /**
   * Opens a parser over {@code in}, which it closes when closed. Reads the first bytes at once to
   * refuse binary input and honour a byte-order mark.
   */
  public static DigestParser open(InputStream in, ParseOptions options, DiagnosticListener listener)
      throws IOException {
    InputStream utf8 = InputDecoder.toUtf8(in, options.encoding(), options.sourceName());
    return new DigestParser(in, utf8, options, 0, listener);
  }


  /**
   * Opens a parser over a piece of an input cut at a {@linkplain DigestBoundaries digest boundary}
   * whose lines before it are known: UTF-8 text, its lines numbered on from {@code linesBefore}. Its
   * records and warnings are those the whole input gives there.
   */
  public static DigestParser openPiece(InputStream utf8, ParseOptions options, int linesBefore, DiagnosticListener listener) {
    return new DigestParser(utf8, utf8, options, linesBefore, listener);
  }

  /**
   * Opens a parser over a piece cut by {@link DigestPieces}, its lines numbered from 1 ({@link
   * PieceLines} puts them in place). A piece held whole in memory is read in place, without copying
   * its bytes, and is the parser's until it is released.
   */
  public static DigestParser openPiece(DigestPieces.Piece piece, ParseOptions options, DiagnosticListener listener) {
    if (piece.streams()) {
      return openPiece(piece.open(), options, 0, listener);
    }
    LineReader lines = new LineReader(piece.bytes(), piece.size(), options.sourceName(), options.maxRecordChars(), 0);
    return new DigestParser(InputStream.nullInputStream(), lines, options, listener);
  }

  /** The lines read so far; once every record is read, the lines of the whole text. */
  public int linesRead() {
    return lines.lineNumber();
  }

  /**
   * The UTF-8 text of a whole input as the parser reads it: binary input refused, a byte-order mark
   * honoured and dropped, other encodings re-encoded. For cutting an input into {@link DigestPieces}.
   */
  public static InputStream decode(InputStream in, ParseOptions options) throws IOException {
    return InputDecoder.toUtf8(in, options.encoding(), options.sourceName());
  }

  public String source() {
    return source;
  }

  /** The current record; valid until the next {@link #advance()}. */
  public RecordView current() {
    return current;
  }

  /** Moves to the next record; false when the input has no more. */
  public boolean advance() throws IOException {
    if (current != null) {
      records.recycle(current);
      current = null;
    }
    RecordView next;
    while ((next = records.poll()) == null) {
      if (finished) {
        return false;
      }
      if (nextLine()) {
        onLine(lines.buffer(), lines.start(), lines.end(), lines.chars(), lines.lineNumber());
      } else {
        finish();
      }
    }
    current = next;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private boolean nextLine() throws IOException {
    try {
      return lines.next();
    } catch (DigestInputException e) {
      if (lines.overLong() && paragraphState != Paragraph.NONE && !state.compact) {
        throw paragraphTooLong();
      }
      throw e;
    }
  }

  // ---- lines ----

  private void onLine(byte[] b, int s, int e, int chars, int line) throws IOException {
    int w;
    while (s < e && (w = Whitespace.leading(b, s, e)) > 0) {
      s += w;
      chars--;
    }
    while (e > s && (w = Whitespace.trailing(b, s, e)) > 0) {
      e -= w;
      chars--;
    }
    if (s == e) {
      onBlank();
      return;
    }
    Furniture whole = Furniture.wholeLine(b, s, e);
    if (gluedNew != null) {
      // A header holds one new: a new line after the glued one makes that one text (a file that
      // ends "...whatsnew" and a newline, then the next digest).
      resolveGluedNew(whole != null && whole != Furniture.NEW);
    }
    if (whole != null) {
      onFurniture(whole, b, s, e);
      return;
    }
    if (Furniture.startsWithGluedSubscribe(b, s, e, state.inHeader)) {
      onFurniture(Furniture.SUBSCRIBE, b, s, s);
      int n = Furniture.SUBSCRIBE.length();
      s += n;
      chars -= n;
    }
    Furniture tail = Furniture.gluedAtEnd(b, s, e);
    if (tail != null) {
      int cut = e - tail.length();
      int mark = Whitespace.byteOrderMarkBefore(b, s, cut);
      onText(b, s, cut - mark, chars - tail.length() - (mark > 0 ? 1 : 0), line, null);
      onFurniture(tail, b, cut, e);
      return;
    }
    onText(b, s, e, chars, line, Furniture.gluedNew(b, s, e));
  }

  private void onBlank() throws IOException {
    if (state == State.NEW_HEADER) {
      state = State.BLANK_LINE_HEADER;
    }
    if (gluedNew != null) {
      gluedNew = gluedNew.withBlankLineAfter();
    }
    if (paragraphState == Paragraph.OPEN) {
      if (state == State.NO_HEADER) {
        state = State.BLANK_LINE_PAPERS;
      }
      completeParagraph();
    }
  }

  private void onFurniture(Furniture f, byte[] b, int s, int e) throws IOException {
    flushParagraph();
    if (!state.inHeader) {
      startDigest();
    } else if (state == State.NEW_HEADER) {
      state = State.COMPACT_HEADER;
    }
    if (f == Furniture.DATE) {
      date.clear();
      date.append(b, s, e - s, e - s);
    }
  }

  /** A line of text, {@code b[s, e)} of {@code chars} characters, that may end with a glued {@code new}. */
  private void onText(byte[] b, int s, int e, int chars, int line, GluedNew endsWith) throws IOException {
    if (state.inHeader) {
      state = state.papers();
    }
    if (state == State.NO_HEADER && paragraphState == Paragraph.OPEN) {
      // No header told the layout: a title line directly followed by an abstract line is compact,
      // anything else is a hard-wrapped paragraph.
      if (paragraphLines == 1 && ParagraphShape.isTitle(paragraph) && !ParagraphShape.isTitle(b, s, e, chars)) {
        state = State.COMPACT_PAPERS;
        dispatchParagraph();
      } else {
        state = State.BLANK_LINE_PAPERS;
      }
    }
    if (paragraphState == Paragraph.NONE) {
      paragraphState = Paragraph.OPEN;
      paragraphLine = line;
      paragraphLines = 0;
    } else {
      checkParagraphSize(chars + 1);
      paragraph.appendAscii(' ');
    }
    checkParagraphSize(chars);
    paragraph.append(b, s, e - s, chars, lines.marks());
    paragraphLines++;
    gluedNew = endsWith;
    if (state.compact) {
      completeParagraph();
    }
  }

  private void checkParagraphSize(int adding) throws DigestInputException {
    if ((long) paragraph.chars() + adding > maxChars) {
      throw paragraphTooLong();
    }
  }

  private DigestInputException paragraphTooLong() {
    return new DigestInputException(
        source,
        paragraphLine,
        "a paragraph of more than " + maxChars + " characters starts here, over the record limit",
        "raise the limit with --max-record if the text is real");
  }

  // ---- paragraphs ----

  private void completeParagraph() throws IOException {
    if (gluedNew != null) {
      paragraphState = Paragraph.HELD;
    } else {
      dispatchParagraph();
    }
  }

  private void flushParagraph() throws IOException {
    if (paragraphState != Paragraph.NONE) {
      dispatchParagraph();
    }
  }

  /**
   * The next non-blank line after a glued {@code new} has come: that {@code new} was the first line
   * of the next digest's header if the line is more of one, else it is text.
   */
  private void resolveGluedNew(boolean headerFollows) throws IOException {
    GluedNew held = gluedNew;
    gluedNew = null;
    if (headerFollows) {
      paragraph.truncate(paragraph.length() - held.bytes(), held.chars());
      dispatchParagraph();
      startDigest();
      state = held.blankLineAfter() ? State.BLANK_LINE_HEADER : State.COMPACT_HEADER;
    } else if (paragraphState == Paragraph.HELD) {
      dispatchParagraph();
    }
  }

  private void dispatchParagraph() throws IOException {
    paragraphState = Paragraph.NONE;
    records.paragraph(paragraph, paragraphLine, date.isEmpty() ? null : date);
  }

  private void startDigest() {
    records.endDigest();
    state = State.NEW_HEADER;
    date.clear();
  }

  private void finish() throws IOException {
    if (gluedNew != null) {
      resolveGluedNew(false);
    }
    flushParagraph();
    records.endDigest();
    finished = true;
  }
}
