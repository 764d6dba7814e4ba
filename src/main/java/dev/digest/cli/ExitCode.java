package dev.digest.cli;

/** The exit codes of SPEC Section 3. */
final class ExitCode {
  static final int OK = 0;
  /** An input or output problem: missing file, bad bytes, a record over the limit, --strict warnings. */
  static final int INPUT_OUTPUT = 1;
  /** The command line itself is wrong: unknown command, option, format, field or encoding. */
  static final int USAGE = 2;

  private ExitCode() {}
}
