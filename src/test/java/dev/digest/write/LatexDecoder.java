package dev.digest.write;

import java.util.Map;

/**
 * Reads a BibTeX field value back to text the way BibTeX and TeX would, for the LaTeX the bibtex
 * writer emits, and refuses anything else: an unknown command, an unescaped special ({@code $ % & #
 * _ ^}), braces that do not balance as BibTeX counts them, and a raw {@code < > |}, which LaTeX's
 * default font encoding (OT1) prints as {@code ¡ ¿} and an em dash, and Zotero's reader decodes so.
 *
 * <p>It applies the rules that could change the text: BibTeX merges a run of white space into one
 * space and drops it at either end of the value; TeX skips spaces after a control word, reads
 * {@code ~} as a no-break space, and joins {@code -- --- `` '' ?` !` ,,} into other
 * characters unless a group or command stands between them. So a writer that forgets an escape or
 * a guard fails here, and one that passes decodes the same in BibTeX-based tools.
 *
 * <p>jbibtex's {@code LaTeXPrinter} is not used for this: it turns every {@code '} and {@code `}
 * into a curly quote, and its lexer refuses characters such as CJK ideographs.
 */
final class LatexDecoder {
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
  private static final String CONTROL_SYMBOLS = "$%&#_{} ";
  private static final String[][] LIGATURES = {
    {"---", "\u2014"}, {"--", "\u2013"}, {"``", "\u201C"}, {"''", "\u201D"}, {"?`", "\u00BF"},
    {"!`", "\u00A1"}, {",,", "\u201E"},
  };

  private LatexDecoder() {}

  /** The text a field value decodes to. */
  static String decode(String value) {
    String v = bibtexWhiteSpace(value);
    StringBuilder text = new StringBuilder();
    StringBuilder run = new StringBuilder();
    int depth = 0;
    int i = 0;
    while (i < v.length()) {
      char c = v.charAt(i);
      switch (c) {
        case '{':
          flush(run, text);
          depth++;
          i++;
          break;
        case '}':
          flush(run, text);
          if (--depth < 0) {
            throw new IllegalArgumentException("a '}' closes nothing at " + i + " in: " + value);
          }
          i++;
          break;
        case '\\':
          flush(run, text);
          i = command(v, i, text, value);
          break;
        case '~':
          run.append('\u00A0');
          i++;
          break;
        case '$':
        case '%':
        case '&':
        case '#':
        case '_':
        case '^':
          throw new IllegalArgumentException("unescaped '" + c + "' at " + i + " in: " + value);
        case '<':
        case '>':
        case '|':
          throw new IllegalArgumentException("raw '" + c + "', which OT1 misprints, at " + i + " in: " + value);
        default:
          run.append(c);
          i++;
      }
    }
    flush(run, text);
    if (depth != 0) {
      throw new IllegalArgumentException(depth + " brace(s) left open in: " + value);
    }
    return text.toString();
  }

  /** True when every brace balances as BibTeX counts them: all of them, escaped or not. */
  static boolean bracesBalanceForBibtex(String value) {
    int depth = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** Reads the command at {@code i} into {@code text}; returns where reading goes on. */
  private static int command(String v, int i, StringBuilder text, String value) {
    if (i + 1 >= v.length()) {
      throw new IllegalArgumentException("a lone backslash ends: " + value);
    }
    char next = v.charAt(i + 1);
    if (!isAsciiLetter(next)) {
      if (CONTROL_SYMBOLS.indexOf(next) < 0) {
        throw new IllegalArgumentException("unexpected control symbol \\" + next + " in: " + value);
      }
      text.append(next);
      return i + 2;
    }
    int end = i + 1;
    while (end < v.length() && isAsciiLetter(v.charAt(end))) {
      end++;
    }
    String name = v.substring(i + 1, end);
    String symbol = COMMANDS.get(name);
    if (symbol == null) {
      throw new IllegalArgumentException("unexpected command \\" + name + " in: " + value);
    }
    text.append(symbol);
    while (end < v.length() && v.charAt(end) == ' ') {
      end++;
    }
    return end;
  }

  /** BibTeX's reading of a value: white-space runs become one space, none at either end. */
  private static String bibtexWhiteSpace(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    boolean white = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        white = true;
        continue;
      }
      if (white && sb.length() > 0) {
        sb.append(' ');
      }
      white = false;
      sb.append(c);
    }
    return sb.toString();
  }

  private static void flush(StringBuilder run, StringBuilder text) {
    String s = run.toString();
    for (String[] ligature : LIGATURES) {
      s = s.replace(ligature[0], ligature[1]);
    }
    text.append(s);
    run.setLength(0);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** What the text should decode to: every control character (tab and line ends too) a space. */
  static String expected(String original) {
    StringBuilder sb = new StringBuilder(original.length());
    original.codePoints().forEach(cp -> sb.appendCodePoint(Character.getType(cp) == Character.CONTROL ? ' ' : cp));
    return sb.toString();
  }
}
