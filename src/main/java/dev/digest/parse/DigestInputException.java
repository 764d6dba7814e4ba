package dev.digest.parse;

import java.io.IOException;

/**
 * Input the parser cannot read: bad bytes, binary data, a record over the limit, an unreadable file.
 *
 * <p>The message says what is wrong; {@link #hint()} says what to do about it. {@link #line()} is 0
 * when the problem has no line (a missing file).
 */
public final class DigestInputException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String problem;
  private final String hint;

  public DigestInputException(String source, int line, String problem, String hint) {
    this(source, line, problem, hint, null);
  }

  public DigestInputException(String source, int line, String problem, String hint, Throwable cause) {
    super(describe(source, line, problem, hint), cause);
    this.source = source;
    this.line = line;
    this.problem = problem;
    this.hint = hint;
  }

  private static String describe(String source, int line, String problem, String hint) {
    String where = line > 0 ? source + ":" + line : source;
    return where + ": " + problem + (hint == null || hint.isEmpty() ? "" : "; " + hint);
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }

  public String hint() {
    return hint;
  }
}
