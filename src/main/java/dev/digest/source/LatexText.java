package dev.digest.source;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;

/**
 * The text a BibTeX field value stands for: LaTeX decoded ({@code \'e} is {@code é}, {@code
 * {\textbackslash}} a backslash, braces dropped) by jbibtex's LaTeX reader, and white space run
 * together as BibTeX reads it. jbibtex's lexer refuses some characters (CJK ideographs among them);
 * such a value is decoded by the few rules digest's own writer needs instead: braces dropped, an
 * escaped special or one of the text commands digest writes turned back into its character.
 */
final class LatexText {
  private static final Map<String, String> COMMANDS =
      Map.of(
          "textbackslash", "\\",
          "textbraceleft", "{",
          "textbraceright", "}",
          "textasciicircum", "^",
          "textasciitilde", "~",
          "textless", "<",
          "textgreater", ">",
          "textbar", "|");

  /**
   * Stand-ins for a straight quote and a backquote, which jbibtex's printer turns into curly quotes
   * (as TeX typesets them): digest's text is plain text, and a title written {@code Who's} reads
   * back as {@code Who's}.
   */
  private static final String APOSTROPHE = "digestapostrophe";

  private static final String BACKQUOTE = "digestbackquote";

  /**
   * A dotless i or j ({@code \i}, {@code \j}), which only carries an accent ({@code {\"\i}} is
   * {@code ï}) and which jbibtex's printer drops with its accent: read as the plain letter.
   */
  private static final Pattern DOTLESS = Pattern.compile("\\\\([ij])(?![A-Za-z])");

  /**
   * An accent command on a letter ({@code \^o}, {@code \^{o}}, {@code \c{c}}, {@code \v s}):
   * jbibtex's printer knows only a few (acute, grave, umlaut, tilde, caron) and drops the others'
   * accents, so every one is composed here, before it reads the rest.
   */
  private static final Pattern ACCENT =
      Pattern.compile("\\\\([`'^\"~=.]|[cvuHrkdb](?![A-Za-z]))\\s*(?:\\{\\s*([A-Za-z])\\s*\\}|([A-Za-z]))");

  /** Each accent command and the combining mark it puts on its letter. */
  private static final Map<String, Character> MARKS =
      Map.ofEntries(
          Map.entry("`", '\u0300'),
          Map.entry("'", '\u0301'),
          Map.entry("^", '\u0302'),
          Map.entry("~", '\u0303'),
          Map.entry("=", '\u0304'),
          Map.entry("u", '\u0306'),
          Map.entry(".", '\u0307'),
          Map.entry("\"", '\u0308'),
          Map.entry("r", '\u030A'),
          Map.entry("H", '\u030B'),
          Map.entry("v", '\u030C'),
          Map.entry("d", '\u0323'),
          Map.entry("c", '\u0327'),
          Map.entry("k", '\u0328'),
          Map.entry("b", '\u0331'));

  static {
    LaTeXPrinter.setSymbol(APOSTROPHE, "'");
    LaTeXPrinter.setSymbol(BACKQUOTE, "`");
  }

  private LatexText() {}

  /** The text {@code latex} decodes to. */
  static String decode(String latex) {
    if (isPlain(latex)) {
      return bibtexWhiteSpace(latex); // most abstracts: no LaTeX to read, and parsing them is slow
    }
    String text;
    try {
      text = new LaTeXPrinter().print(new LaTeXParser().parse(quotesAsCommands(accentsComposed(latex))));
    } catch (Exception | Error e) { // jbibtex's generated lexer throws TokenMgrException, an Error
      text = decodeSimply(latex);
    }
    return bibtexWhiteSpace(text);
  }

  /**
   * True when {@code latex} holds nothing LaTeX would read otherwise than as written: no command,
   * group, tie or dash ligature (quotes stay as written anyway; raw specials are text to digest).
   */
  private static boolean isPlain(String latex) {
    return latex.indexOf('\\') < 0
        && latex.indexOf('{') < 0
        && latex.indexOf('}') < 0
        && latex.indexOf('~') < 0
        && !latex.contains("--");
  }

  /** {@code latex} with every accent command on a letter replaced by the accented letter. */
  private static String accentsComposed(String latex) {
    if (latex.indexOf('\\') < 0) {
      return latex;
    }
    return ACCENT.matcher(DOTLESS.matcher(latex).replaceAll("$1"))
        .replaceAll(
            m -> {
              String letter = m.group(2) != null ? m.group(2) : m.group(3);
              String composed = Normalizer.normalize(letter + MARKS.get(m.group(1)), Normalizer.Form.NFC);
              return Matcher.quoteReplacement(composed);
            });
  }

  /** Every {@code '} and {@code `} that is not an accent command's ({@code \'e}) as a stand-in command. */
  private static String quotesAsCommands(String latex) {
    StringBuilder out = new StringBuilder(latex.length() + 16);
    for (int i = 0; i < latex.length(); i++) {
      char c = latex.charAt(i);
      boolean accent = i > 0 && latex.charAt(i - 1) == '\\';
      if ((c == '\'' || c == '`') && !accent) {
        out.append("{\\").append(c == '\'' ? APOSTROPHE : BACKQUOTE).append('}');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String decodeSimply(String latex) {
    StringBuilder text = new StringBuilder(latex.length());
    int i = 0;
    while (i < latex.length()) {
      char c = latex.charAt(i);
      if (c == '{' || c == '}') {
        i++;
      } else if (c == '~') {
        text.append('\u00A0');
        i++;
      } else if (c == '\\' && i + 1 < latex.length()) {
        i = command(latex, i, text);
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString();
  }

  /** Reads the command at {@code i} into {@code text}; returns where reading goes on. */
  private static int command(String latex, int i, StringBuilder text) {
    int end = i + 1;
    while (end < latex.length() && Character.isLetter(latex.charAt(end)) && latex.charAt(end) < 128) {
      end++;
    }
    if (end == i + 1) {
      text.append(latex.charAt(i + 1)); // \$ \% \& \# \_ \{ \}
      return i + 2;
    }
    String symbol = COMMANDS.get(latex.substring(i + 1, end));
    text.append(symbol != null ? symbol : latex.substring(i, end));
    while (end < latex.length() && latex.charAt(end) == ' ') {
      end++;
    }
    return end;
  }

  /** BibTeX's reading of a value: a run of white space is one space, none at either end. */
  private static String bibtexWhiteSpace(String value) {
    return value.strip().replaceAll("[ \\t\\n\\r]+", " ");
  }
}
