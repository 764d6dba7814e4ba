package dev.digest.write;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.TokenMgrException;

/**
 * jbibtex, an independent BibTeX parser, made strict: an undefined string or cross-reference, a
 * syntax error, or anything but entries in the file fails the test instead of being passed over.
 */
final class BibtexStrictParser {
  private BibtexStrictParser() {}

  /** The entries of {@code bib}, in file order. */
  static List<BibTeXEntry> entries(String bib) throws Exception {
    BibTeXParser parser =
        new BibTeXParser() {
          @Override
          public void checkStringResolution(Key key, BibTeXString string) {
            if (string == null) {
              throw new AssertionError("undefined string " + key);
            }
          }

          @Override
          public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            if (entry == null) {
              throw new AssertionError("undefined cross-reference " + key);
            }
          }
        };
    BibTeXDatabase db = parser.parse(new StringReader(bib));
    List<BibTeXEntry> entries = new ArrayList<>();
    for (BibTeXObject o : db.getObjects()) {
      if (!(o instanceof BibTeXEntry)) {
        throw new AssertionError("not an entry: " + o.getClass().getSimpleName());
      }
      entries.add((BibTeXEntry) o);
    }
    return entries;
  }

  /**
   * The value decoded by jbibtex's own LaTeX reader and printer, or null when its lexer refuses a
   * character of it (it knows no CJK ideographs, for one).
   */
  static String jbibtexDecode(String value) throws Exception {
    try {
      return new LaTeXPrinter().print(new LaTeXParser().parse(new StringReader(value)));
    } catch (TokenMgrException e) {
      return null;
    }
  }

  /** The text as jbibtex prints it: it turns every straight single quote and grave into a curly one. */
  static String jbibtexTypography(String text) {
    return text.replace('\'', '\u2019').replace('`', '\u2018');
  }
}
