package dev.digest.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command run at a pseudo-terminal, as at an interactive shell: its standard input, output and
 * error are the terminal. What the test types goes to its input ({@code "\u0004"} is Ctrl-D);
 * what the terminal shows comes back as a transcript (typed text echoed, line ends as
 * {@code "\r\n"}). The terminal is made by python3's {@code pty} module or else by util-linux
 * {@code script} ({@code -Ddigest.pty=script} picks it); {@link #available()} is false when the
 * machine has neither.
 */
public final class PseudoTerminal implements Closeable {
  private static final long PATIENCE_MILLIS = 60_000;
  /** Relays between the terminal and its own stdin and stdout; exits as the command does. */
  private static final String PYTHON =
      "import os, pty, sys\n"
          + "status = pty.spawn(sys.argv[1:])\n"
          + "sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))\n";

  private final Process process;
  private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
  private final Thread reader;

  private PseudoTerminal(Process process) {
    this.process = process;
    this.reader = new Thread(this::readTranscript, "pseudo-terminal-transcript");
    reader.setDaemon(true);
    reader.start();
  }

  /** Whether python3 or script is on the PATH. */
  public static boolean available() {
    return relay() != null;
  }

  /** Starts {@code command} at a new terminal. */
  public static PseudoTerminal start(List<String> command) throws IOException {
    String relay = relay();
    if (relay == null) {
      throw new IllegalStateException("neither python3 nor script is on the PATH");
    }
    List<String> line = new ArrayList<>();
    if (relay.equals("python3")) {
      line.addAll(List.of("python3", "-c", PYTHON));
      line.addAll(command);
    } else {
      line.addAll(List.of("script", "-q", "-e", "-c", shellWords(command), "/dev/null"));
    }
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().put("SHELL", "/bin/sh"); // what script runs the command with
    return new PseudoTerminal(builder.start());
  }

  /** Types {@code keys} at the terminal. */
  public void type(String keys) throws IOException {
    OutputStream keyboard = process.getOutputStream();
    keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
  }

  /** Waits until the terminal has shown {@code text}; fails when it does not within a minute. */
  public void awaitShown(String text) throws InterruptedException {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    synchronized (shown) {
      while (!transcript().contains(text)) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0 || !reader.isAlive()) {
          throw new AssertionError("the terminal did not show " + text + "; it showed:\n" + transcript());
        }
        shown.wait(left);
      }
    }
  }

  /** Whether the terminal has shown {@code text} so far. */
  public boolean hasShown(String text) {
    synchronized (shown) {
      return transcript().contains(text);
    }
  }

  /**
   * Waits for the command to end (failing when it has not within a minute, as a command waiting
   * for more input would not) and returns its exit status.
   */
  public int awaitExit() throws InterruptedException {
    if (!process.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the command is still running; the terminal showed:\n" + transcript());
    }
    reader.join(PATIENCE_MILLIS);
    return process.exitValue();
  }

  /** Everything the terminal was sent, control sequences included. */
  public String transcript() {
    synchronized (shown) {
      return shown.toString(StandardCharsets.UTF_8);
    }
  }

  /**
   * The lines as the terminal leaves them on the screen: a carriage return goes back to the start
   * of the line, {@code ESC [ K} clears it from there, other text overwrites what is under it.
   */
  public List<String> screenLines() {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int column = 0;
    String text = transcript();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        column = 0;
      } else if (c == '\n') {
        lines.add(line.toString());
        line.setLength(0);
        column = 0;
      } else if (text.startsWith("\033[K", i)) {
        line.setLength(column);
        i += 2;
      } else {
        if (column < line.length()) {
          line.setCharAt(column, c);
        } else {
          line.append(c);
        }
        column++;
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  @Override
  public void close() {
    process.destroy();
  }

  private void readTranscript() {
    byte[] buffer = new byte[8192];
    try (InputStream in = process.getInputStream()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        synchronized (shown) {
          shown.write(buffer, 0, n);
          shown.notifyAll();
        }
      }
    } catch (IOException e) {
      // the terminal is gone: the transcript is what it showed
    }
    synchronized (shown) {
      shown.notifyAll();
    }
  }

  private static String relay() {
    String chosen = System.getProperty("digest.pty");
    for (String candidate : List.of("python3", "script")) {
      if ((chosen == null || chosen.equals(candidate)) && onPath(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Paths.get(dir, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return true;
      }
    }
    return false;
  }

  /** {@code command} as one line for sh, each word in single quotes. */
  private static String shellWords(List<String> command) {
    StringBuilder line = new StringBuilder();
    for (String word : command) {
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append('\'').append(word.replace("'", "'\\''")).append('\'');
    }
    return line.toString();
  }
}
