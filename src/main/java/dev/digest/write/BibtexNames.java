package dev.digest.write;

import dev.digest.model.RecordView;
import java.io.IOException;

/**
 * Writes a record's authors as the value of a BibTeX {@code author} field: the names as written,
 * joined with {@code " and "}, each escaped as plain text word by word (BibTeX reads a name as
 * words: white space at its ends is dropped and a run inside it is one space, as BibTeX would). BibTeX splits that value on the word
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
      int count = words.split(b, r.authorStart(i), r.authorEnd(i));
      if (count == 0) {
        continue;
      }
      if (!first) {
        out.write(AND);
      }
      first = false;
      boolean brace = misread(b, count);
      if (brace) {
        out.write('{');
      }
      for (int w = 0; w < count; w++) {
        if (w > 0) {
          out.write(' ');
        }
        escaper.writeValue(out, b, words.start(w), words.end(w));
      }
      if (brace) {
        out.write('}');
      }
    }
  }

  /** True when BibTeX would not read the name split into {@code count} words as one person's name. */
  private boolean misread(byte[] b, int count) {
    for (int i = words.start(0); i < words.end(count - 1); i++) {
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
