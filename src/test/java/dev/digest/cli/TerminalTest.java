package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digest.testing.CliRun;
import dev.digest.testing.DigestProcess;
import dev.digest.testing.PseudoTerminal;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * digest at an interactive terminal (a pseudo-terminal): typed input and its end, and the progress
 * line beside warnings and output on the same screen.
 */
class TerminalTest {
  private static final Path APR23 = Paths.get("samples/daily-papers-apr23.txt");
  private static final Path ANOMALIES = Paths.get("src/test/resources/anomalies/anomalies.txt");
  /** What the launcher tells digest when stderr and stdout are a terminal. */
  private static final Map<String, String> AT_A_TERMINAL = Map.of(InputRun.STDERR_IS_TERMINAL, "true", InputRun.STDOUT_IS_TERMINAL, "true");
  /** In the progress line only: "digest: 1.8 MB  3 MB/s  1024 records". */
  private static final String PROGRESS = "MB/s";
  private static final long PATIENCE_MILLIS = 60_000;

  @TempDir Path tmp;

  @BeforeEach
  void aTerminal() {
    assumeTrue(PseudoTerminal.available(), "neither python3 nor script to make a pseudo-terminal with");
  }

  /** Enter then Ctrl-D; or Ctrl-D on a line with text, which only sends the line, then Ctrl-D. */
  @ParameterizedTest(name = "{index}: one end of input after a few typed bytes")
  @ValueSource(strings = {"abc\n\u0004", "abc\u0004\u0004"})
  void oneCtrlDEndsWhatWasTyped(String keys) throws Exception {
    try (PseudoTerminal terminal = PseudoTerminal.start(DigestProcess.command(Map.of(), "convert", "-f", "jsonl"))) {
      terminal.type(keys);

      // A run that swallowed the end of input would wait for another Ctrl-D, and never exit.
      assertThat(terminal.awaitExit()).as(terminal.transcript()).isZero();
      assertThat(terminal.transcript()).contains("{\"key\":\"abc\",\"title\":\"abc\"");
    }
  }

  /**
   * A large input read from a pipe that the test feeds until the progress line shows; then a
   * digest with warnings, and more records. On the screen every line is an output line or a
   * warning, whole: the progress line was erased before each, and at the end.
   */
  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("dev.digest.testing.Tries#tries")
  void theProgressLineIsErasedBeforeEveryWarningAndOutputLine(int attempt) throws Exception {
    Path pipe = tmp.resolve("input");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor()).as("mkfifo").isZero();
    List<String> command = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" < \"$0\"", pipe.toString()));
    command.addAll(DigestProcess.command(AT_A_TERMINAL, "convert", "-f", "jsonl", "-"));
    byte[] digest = Files.readAllBytes(APR23);
    ByteArrayOutputStream fed = new ByteArrayOutputStream();

    try (PseudoTerminal terminal = PseudoTerminal.start(command)) {
      try (OutputStream input = Files.newOutputStream(pipe)) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!terminal.hasShown(PROGRESS)) {
          assertThat(System.currentTimeMillis()).as("no progress line on the terminal:\n" + terminal.transcript()).isLessThan(deadline);
          feed(digest, input, fed);
        }
        feed(Files.readAllBytes(ANOMALIES), input, fed);
        for (int i = 0; i < 4; i++) {
          feed(digest, input, fed);
        }
      }
      assertThat(terminal.awaitExit()).as("exit status").isZero();

      CliRun expected = CliRun.withStdin(fed.toByteArray(), "convert", "-f", "jsonl");
      List<String> screen = terminal.screenLines();
      assertThat(screen.stream().filter(l -> l.contains(PROGRESS)).collect(Collectors.toList()))
          .as("progress left on the screen, or run into other text")
          .isEmpty();
      assertThat(screen.stream().filter(l -> !l.startsWith("-:")).collect(Collectors.toList()))
          .as("the output lines, whole")
          .isEqualTo(expected.stdout.lines().collect(Collectors.toList()));
      assertThat(screen.stream().filter(l -> l.startsWith("-:")).collect(Collectors.toList()))
          .as("the warning lines, whole")
          .isEqualTo(expected.stderr.lines().collect(Collectors.toList()))
          .isNotEmpty();
    }
  }

  private static void feed(byte[] bytes, OutputStream input, ByteArrayOutputStream fed) throws Exception {
    input.write(bytes);
    input.flush();
    fed.write(bytes);
  }
}
