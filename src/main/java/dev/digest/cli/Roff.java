package dev.digest.cli;

/**
 * Text for a man page in roff: what would be read as roff's own syntax is escaped, so that help
 * text passes through exactly. Backslashes and hyphens become {@code \e} and {@code \-} (a hyphen
 * that copies as the ASCII one people type in {@code --format}, not a typographic hyphen); a line
 * that would start with a control character ({@code .} or {@code '}) gets the zero-width {@code
 * \&} in front; characters beyond ASCII are written by code point, whatever the reader's locale.
 */
final class Roff {
  private Roff() {}

  /** One line or more of running text; each line safe to start a roff input line. */
  static String text(String plain) {
    StringBuilder roff = new StringBuilder(plain.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < plain.length(); ) {
      int c = plain.codePointAt(i);
      i += Character.charCount(c);
      if (lineStart && (c == '.' || c == '\'')) {
        roff.append("\\&");
      }
      lineStart = c == '\n';
      if (c == '\\') {
        roff.append("\\e");
      } else if (c == '-') {
        roff.append("\\-");
      } else if (c < 32 && c != '\n') {
        roff.append(' ');
      } else if (c > 126) {
        roff.append(String.format("\\[u%04X]", c));
      } else {
        roff.append((char) c);
      }
    }
    return roff.toString();
  }

  /** Text in bold, as names to type are set (commands, options, format names). */
  static String bold(String plain) {
    return "\\fB" + text(plain) + "\\fR";
  }

  /** Text in italics, as what to replace is set (FILE, FORMAT). */
  static String italic(String plain) {
    return "\\fI" + text(plain) + "\\fR";
  }

  /** An argument of a macro line ({@code .SS}, {@code .TH}): escaped text in double quotes. */
  static String argument(String plain) {
    return "\"" + text(plain).replace("\"", "\\(dq") + "\"";
  }
}
