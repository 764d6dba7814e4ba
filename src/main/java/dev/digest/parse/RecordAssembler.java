package dev.digest.parse;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.util.ArrayDeque;

/**
 * Pairs the paragraphs of a digest into records: paragraphs alternate title, abstract, and the
 * shape of each one ({@link ParagraphShape}) tells where that alternation broke, which is reported
 * as a warning (SPEC 1, anomalies).
 *
 * <pre>
 * awaiting        title-shaped paragraph              abstract-shaped paragraph              end of digest
 * TITLE           ABSTRACT                            TITLE (orphan-text: left out)          TITLE
 * ABSTRACT        ABSTRACT (missing-abstract: the     MORE_ABSTRACT                          TITLE (missing-abstract)
 *                 waiting title gets "")
 * MORE_ABSTRACT   ABSTRACT (the record is complete)   MORE_ABSTRACT (multi-paragraph-        TITLE
 *                                                     abstract: joined with a newline)
 * </pre>
 *
 * Complete records queue up until the parser hands them out; their views are recycled, so a
 * steady run allocates none.
 */
final class RecordAssembler {
  /** What the next paragraph is expected to be. */
  private enum Awaiting {
    /** No record is open. */
    TITLE,
    /** A title waits for its abstract. */
    ABSTRACT,
    /** A record has its abstract, which may still go on. */
    MORE_ABSTRACT
  }

  private static final int SNIPPET_CHARS = 60;

  private final String source;
  private final int maxChars;
  private final DiagnosticListener listener;

  private Awaiting awaiting = Awaiting.TITLE;
  /** The open record: its title while {@code ABSTRACT}, title and abstract while {@code MORE_ABSTRACT}. */
  private RecordView record;
  private final ArrayDeque<RecordView> ready = new ArrayDeque<>(4);
  private final ArrayDeque<RecordView> spare = new ArrayDeque<>(4);

  RecordAssembler(String source, int maxChars, DiagnosticListener listener) {
    this.source = source;
    this.maxChars = maxChars;
    this.listener = listener;
  }

  /** The next complete record, or null when none is ready yet. */
  RecordView poll() {
    return ready.poll();
  }

  /** Takes back a record view the caller is done with, for a later record. */
  void recycle(RecordView v) {
    spare.push(v);
  }

  /**
   * Takes one complete paragraph, starting on {@code line}, under the date of its digest (null for
   * none). The paragraph's text is taken over and {@code paragraph} is left empty.
   */
  void paragraph(Text paragraph, int line, Text date) throws DigestInputException {
    boolean isTitle = ParagraphShape.isTitle(paragraph);
    switch (awaiting) {
      case TITLE -> {
        if (isTitle) {
          takeTitle(paragraph, line, date);
        } else {
          warn(line, DiagnosticCode.ORPHAN_TEXT, "text with no title before it (\"" + snippet(paragraph) + "\"); it is left out of the output");
        }
      }
      case ABSTRACT -> {
        if (isTitle) {
          emitWithoutAbstract();
          takeTitle(paragraph, line, date);
        } else {
          record.abstractText().swap(paragraph);
          checkRecordSize();
          awaiting = Awaiting.MORE_ABSTRACT;
        }
      }
      case MORE_ABSTRACT -> {
        if (isTitle) {
          emit();
          takeTitle(paragraph, line, date);
        } else {
          warn(
              line,
              DiagnosticCode.MULTI_PARAGRAPH_ABSTRACT,
              "the abstract goes on in a second paragraph; it is kept as part of the abstract above, after a line break");
          record.abstractText().appendAscii('\n');
          record.abstractText().append(paragraph);
          checkRecordSize();
        }
      }
    }
    paragraph.clear();
  }

  /** The digest ends (a next header, or the end of the input): the open record is complete. */
  void endDigest() {
    if (awaiting == Awaiting.ABSTRACT) {
      emitWithoutAbstract();
    } else if (awaiting == Awaiting.MORE_ABSTRACT) {
      emit();
    }
  }

  private void takeTitle(Text paragraph, int line, Text date) {
    RecordView v = spare.isEmpty() ? new RecordView() : spare.pop();
    v.title().swap(paragraph);
    v.abstractText().clear();
    v.clearPaperData();
    v.setLine(line);
    v.setDate(date);
    v.setSource(source);
    record = v;
    awaiting = Awaiting.ABSTRACT;
  }

  private void emitWithoutAbstract() {
    warn(
        record.line(),
        DiagnosticCode.MISSING_ABSTRACT,
        "title with no abstract after it (\"" + snippet(record.title()) + "\"); the record gets an empty abstract");
    record.abstractText().clear();
    emit();
  }

  private void emit() {
    LinkExtractor.extract(record.abstractText(), record);
    ready.add(record);
    record = null;
    awaiting = Awaiting.TITLE;
  }

  private void checkRecordSize() throws DigestInputException {
    if ((long) record.title().chars() + record.abstractText().chars() > maxChars) {
      throw new DigestInputException(
          source,
          record.line(),
          "a record (title and abstract) of more than " + maxChars + " characters starts here, over the record limit",
          "raise the limit with --max-record if the text is real");
    }
  }

  private void warn(int line, DiagnosticCode code, String message) {
    listener.report(new Diagnostic(source, line, Severity.WARNING, code, message));
  }

  private static String snippet(Text t) {
    String s = t.length() > SNIPPET_CHARS * 4 ? t.substring(0, SNIPPET_CHARS * 4) : t.toString();
    if (s.codePointCount(0, s.length()) <= SNIPPET_CHARS) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, SNIPPET_CHARS)) + "...";
  }
}
