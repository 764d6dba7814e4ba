package dev.digest.testing;

import dev.digest.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One run of the command line in-process, with its exit code, stdout and stderr captured. */
public final class CliRun {
  public final int exitCode;
  public final byte[] stdoutBytes;
  public final String stdout;
  public final String stderr;

  private CliRun(int exitCode, byte[] stdoutBytes, String stderr) {
    this.exitCode = exitCode;
    this.stdoutBytes = stdoutBytes;
    this.stdout = new String(stdoutBytes, StandardCharsets.UTF_8);
    this.stderr = stderr;
  }

  public static CliRun of(String... args) {
    return withStdin(new byte[0], args);
  }

  public static CliRun withStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return run(new ByteArrayInputStream(stdin), out, args);
  }

  /** Runs with a caller-supplied stdout (to simulate a closed pipe or a full disk). */
  public static CliRun withStdout(OutputStream stdout, String... args) {
    return run(new ByteArrayInputStream(new byte[0]), stdout, args);
  }

  private static CliRun run(InputStream in, OutputStream stdout, String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(in, stdout, new PrintWriter(err), args);
    byte[] bytes = stdout instanceof ByteArrayOutputStream ? ((ByteArrayOutputStream) stdout).toByteArray() : new byte[0];
    return new CliRun(code, bytes, err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stderr\n" + stderr + "--- stdout (" + stdoutBytes.length + " bytes)";
  }
}
