package dev.digest.parse;

import java.util.Objects;

/**
 * A problem found in the input, with its place.
 *
 * @param source the input as named by the caller
 * @param line 1-based line the diagnostic points at
 * @param severity how serious it is
 * @param code the stable code
 * @param message one sentence for a person
 */
public record Diagnostic(String source, int line, Severity severity, DiagnosticCode code, String message) {

  public Diagnostic {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** The form compilers and editors jump to: {@code FILE:LINE: warning: MESSAGE [CODE]}. */
  public String format() {
    return source + ":" + line + ": " + severity.label() + ": " + message + " [" + code.code() + "]";
  }
}
