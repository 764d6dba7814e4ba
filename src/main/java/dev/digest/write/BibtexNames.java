package dev.digest.write;

import dev.digest.model.RecordView;
import java.io.IOException;

/**
 * Writes a record's authors as the value of a BibTeX {@code author} field: the names as written,
 * joined with {@code " and "}, each escaped as plain text. BibTeX splits that value on the word
 * {@code and} and reads a comma as "Family, Given", so a name holding either, and a name that is
 * just {@code others} (which BibTeX prints as "et al."), is braced whole: BibTeX then takes it as
 * one family name, as written. A blank name is left out.
 */
final class BibtexNames {
  private static final byte[] AND = {' ', 'a', 'n', 'd', ' '};

  private final LatexEscaper escaper;
  private final NameWords words = new NameWords();

  BibtexNames(LatexEscaper escaper) {
    this.escaper = escaper;
  }

  void write(ByteSink out, RecordView r) throws IOException {
    byte[] b = r.authorText().bytes();
    boolean first = true;
    for (int i = 0; i < r.authorCount(); i++) {
      int start = r.authorStart(i);
      int end = r.authorEnd(i);
      if (NameWords.isBlank(b, start, end)) {
        continue;
      }
      if (!first) {
        out.write(AND);
      }
      first = false;
      boolean brace = misread(b, start, end);
      if (brace) {
        out.write('{');
      }
      escaper.writeValue(out, b, start, end);
      if (brace) {
        out.write('}');
      }
    }
  }

  /** True when BibTeX would not read {@code b[start, end)} as one person's name. */
  boolean misread(byte[] b, int start, int end) {
    int count = words.split(b, start, end);
    for (int i = start; i < end; i++) {
      if (b[i] == ',') {
        return true;
      }
    }
    for (int w = 0; w < count; w++) {
      if (words.is(b, w, "and")) {
        return true;
      }
    }
    return count == 1 && words.is(b, 0, "others");
  }
}
