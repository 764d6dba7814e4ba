package dev.digest.parse;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * Splits one input into records (title, abstract, links, date, line), streaming: it holds one
 * paragraph and at most two records at a time, never the input.
 *
 * <p>Pull records with {@link #advance()} and read them through {@link #current()}, a view that is
 * valid until the next call. Keys are not set here: they belong to a whole run (the run package's
 * reader). Anomalies go to the {@link DiagnosticListener} in input order; input that cannot
 * be read throws {@link DigestInputException}.
 */
public final class DigestParser implements Closeable {

  /** How paragraphs are delimited; told by each digest's header. */
  private enum Layout {
    /** Not yet known: no header before the text. */
    UNKNOWN,
    /** Paragraphs separated by blank lines; consecutive lines are joined. */
    BLANK_LINE,
    /** No blank lines; every line is a paragraph. */
    COMPACT
  }

  private static final int SNIPPET_CHARS = 60;

  private final InputStream in;
  private final LineReader lines;
  private final String source;
  private final int maxChars;
  private final DiagnosticListener listener;

  private Layout layout = Layout.UNKNOWN;
  /** The last non-blank line was page furniture. */
  private boolean inHeader;
  /** The line after a header's first furniture line decides the layout. */
  private boolean layoutPending;
  private final Text date = new Text(32);
  private boolean hasDate;

  private final Text paragraph = new Text(8192);
  private int paragraphLine;
  private int paragraphLines;
  private boolean paragraphOpen;
  /** The open paragraph is complete but waits for the next line: it may end with a glued header. */
  private boolean paragraphHeld;
  /** The open paragraph ends with {@code new} that is the next digest's header if furniture follows. */
  private boolean gluedNew;
  /** Bytes of the glued {@code new} (with a byte-order mark before it, if any) and their characters. */
  private int gluedNewBytes;
  private int gluedNewChars;
  private boolean blankAfterGluedNew;

  /** A title waiting for its abstract. */
  private RecordView titled;
  /** A record whose abstract may still continue. */
  private RecordView open;
  private final ArrayDeque<RecordView> ready = new ArrayDeque<>(4);
  private final ArrayDeque<RecordView> spare = new ArrayDeque<>(4);
  private RecordView current;
  private boolean finished;

  private DigestParser(InputStream in, InputStream utf8, ParseOptions options, DiagnosticListener listener) {
    this.in = in;
    this.source = options.sourceName();
    this.maxChars = options.maxRecordChars();
    this.listener = listener;
    this.lines = new LineReader(utf8, source, maxChars);
  }

  /**
   * Opens a parser over {@code in}, which it closes when closed. Reads the first bytes at once to
   * refuse binary input and honour a byte-order mark.
   */
  public static DigestParser open(InputStream in, ParseOptions options, DiagnosticListener listener)
      throws IOException {
    InputStream utf8 = InputDecoder.toUtf8(in, options.encoding(), options.sourceName());
    return new DigestParser(in, utf8, options, listener);
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
      spare.push(current);
      current = null;
    }
    while (ready.isEmpty()) {
      if (finished) {
        return false;
      }
      if (nextLine()) {
        onLine(lines.buffer(), lines.start(), lines.end(), lines.chars(), lines.lineNumber());
      } else {
        finish();
      }
    }
    current = ready.poll();
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
      if (lines.overLong() && paragraphOpen && layout != Layout.COMPACT) {
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
    if (gluedNew) {
      resolveGluedNew(whole != null);
    }
    if (whole != null) {
      onFurniture(whole, b, s, e);
      return;
    }
    if (Furniture.startsWithGluedSubscribe(b, s, e, inHeader)) {
      onFurniture(Furniture.SUBSCRIBE, b, s, s);
      int n = Furniture.SUBSCRIBE.length();
      s += n;
      chars -= n;
      if (layoutPending) {
        layout = Layout.COMPACT;
        layoutPending = false;
      }
    }
    Furniture tail = Furniture.gluedAtEnd(b, s, e);
    if (tail != null) {
      int cut = e - tail.length();
      int content = cut;
      int dropped = tail.length();
      while (content > s && (w = Whitespace.trailing(b, s, content)) > 0) {
        content -= w;
        dropped++;
      }
      onContent(b, s, content, chars - dropped, line, false);
      onFurniture(tail, b, cut, e);
      return;
    }
    int glued = Furniture.gluedNewLength(b, s, e);
    onContent(b, s, e, chars, line, glued > 0);
    if (glued > 0) {
      gluedNewBytes = glued;
      gluedNewChars = glued == 3 ? 3 : 4;
    }
  }

  private void onBlank() throws IOException {
    if (layoutPending) {
      layout = Layout.BLANK_LINE;
      layoutPending = false;
    }
    if (gluedNew) {
      blankAfterGluedNew = true;
    }
    if (paragraphOpen && !paragraphHeld) {
      if (layout == Layout.UNKNOWN) {
        layout = Layout.BLANK_LINE;
      }
      completeParagraph();
    }
  }

  private void onFurniture(Furniture f, byte[] b, int s, int e) throws IOException {
    flushParagraph();
    if (!inHeader) {
      startDigest();
    } else if (layoutPending) {
      layout = Layout.COMPACT;
      layoutPending = false;
    }
    if (f == Furniture.DATE) {
      date.clear();
      date.append(b, s, e - s, e - s);
      hasDate = true;
    }
  }

  private void onContent(byte[] b, int s, int e, int chars, int line, boolean endsWithNew)
      throws IOException {
    if (layoutPending) {
      layout = Layout.COMPACT;
      layoutPending = false;
    }
    inHeader = false;
    if (layout == Layout.UNKNOWN && paragraphOpen) {
      // No header told the layout: a title line directly followed by an abstract line is compact,
      // anything else is a hard-wrapped paragraph.
      if (paragraphLines == 1
          && ParagraphShape.isTitle(paragraph.bytes(), 0, paragraph.length(), paragraph.chars())
          && !ParagraphShape.isTitle(b, s, e, chars)) {
        layout = Layout.COMPACT;
        dispatchParagraph();
      } else {
        layout = Layout.BLANK_LINE;
      }
    }
    if (!paragraphOpen) {
      paragraphOpen = true;
      paragraphLine = line;
      paragraphLines = 0;
    } else {
      checkParagraphSize(chars + 1);
      paragraph.appendAscii(' ');
    }
    checkParagraphSize(chars);
    paragraph.append(b, s, e - s, chars, lines.marks());
    paragraphLines++;
    gluedNew = endsWithNew;
    blankAfterGluedNew = false;
    if (layout == Layout.COMPACT) {
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
    if (gluedNew) {
      paragraphHeld = true;
    } else {
      dispatchParagraph();
    }
  }

  private void flushParagraph() throws IOException {
    if (paragraphOpen) {
      dispatchParagraph();
    }
  }

  /** The line after a glued {@code new} has come: it was the next digest's header if that line is furniture. */
  private void resolveGluedNew(boolean furnitureFollows) throws IOException {
    gluedNew = false;
    if (furnitureFollows) {
      paragraph.truncate(paragraph.length() - gluedNewBytes, gluedNewChars);
      int w;
      while (!paragraph.isEmpty() && (w = Whitespace.trailing(paragraph.bytes(), 0, paragraph.length())) > 0) {
        paragraph.truncate(paragraph.length() - w, 1);
      }
      dispatchParagraph();
      startDigest();
      layout = blankAfterGluedNew ? Layout.BLANK_LINE : Layout.COMPACT;
      layoutPending = false;
    } else if (paragraphHeld) {
      dispatchParagraph();
    }
    blankAfterGluedNew = false;
  }

  private void startDigest() throws IOException {
    endRecords();
    inHeader = true;
    layoutPending = true;
    hasDate = false;
    date.clear();
  }

  private void finish() throws IOException {
    if (gluedNew) {
      resolveGluedNew(false);
    }
    flushParagraph();
    endRecords();
    finished = true;
  }

  // ---- records ----

  private void dispatchParagraph() throws IOException {
    paragraphOpen = false;
    paragraphHeld = false;
    boolean isTitle = ParagraphShape.isTitle(paragraph.bytes(), 0, paragraph.length(), paragraph.chars());
    if (titled != null) {
      if (isTitle) {
        warn(titled.line(), DiagnosticCode.MISSING_ABSTRACT, missingAbstract(titled.title()));
        emitWithoutAbstract();
        takeTitle();
      } else {
        titled.abstractText().swap(paragraph);
        checkRecordSize(titled);
        open = titled;
        titled = null;
      }
    } else if (open != null) {
      if (isTitle) {
        emit(open);
        open = null;
        takeTitle();
      } else {
        warn(
            paragraphLine,
            DiagnosticCode.MULTI_PARAGRAPH_ABSTRACT,
            "the abstract goes on in a second paragraph; it is kept as part of the abstract above, after a line break");
        open.abstractText().appendAscii('\n');
        open.abstractText().append(paragraph);
        checkRecordSize(open);
      }
    } else if (isTitle) {
      takeTitle();
    } else {
      warn(
          paragraphLine,
          DiagnosticCode.ORPHAN_TEXT,
          "text with no title before it (\"" + snippet(paragraph) + "\"); it is left out of the output");
    }
    paragraph.clear();
  }

  private void takeTitle() {
    RecordView v = spare.isEmpty() ? new RecordView() : spare.pop();
    v.title().swap(paragraph);
    v.abstractText().clear();
    v.clearPaperData();
    v.setLine(paragraphLine);
    v.setDate(hasDate ? date : null);
    v.setSource(source);
    titled = v;
  }

  private void endRecords() {
    if (titled != null) {
      warn(titled.line(), DiagnosticCode.MISSING_ABSTRACT, missingAbstract(titled.title()));
      emitWithoutAbstract();
    }
    if (open != null) {
      emit(open);
      open = null;
    }
  }

  private void emitWithoutAbstract() {
    titled.abstractText().clear();
    emit(titled);
    titled = null;
  }

  private void emit(RecordView v) {
    LinkExtractor.extract(v.abstractText(), v);
    ready.add(v);
  }

  private void checkRecordSize(RecordView v) throws DigestInputException {
    if ((long) v.title().chars() + v.abstractText().chars() > maxChars) {
      throw new DigestInputException(
          source,
          v.line(),
          "a record (title and abstract) of more than " + maxChars + " characters starts here, over the record limit",
          "raise the limit with --max-record if the text is real");
    }
  }

  private void warn(int line, DiagnosticCode code, String message) {
    listener.report(new Diagnostic(source, line, Severity.WARNING, code, message));
  }

  private static String missingAbstract(Text title) {
    return "title with no abstract after it (\"" + snippet(title) + "\"); the record gets an empty abstract";
  }

  private static String snippet(Text t) {
    String s = t.length() > SNIPPET_CHARS * 4 ? t.substring(0, SNIPPET_CHARS * 4) : t.toString();
    if (s.codePointCount(0, s.length()) <= SNIPPET_CHARS) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, SNIPPET_CHARS)) + "...";
  }
}
