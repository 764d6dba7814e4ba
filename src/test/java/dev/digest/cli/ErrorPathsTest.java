package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error path, run through the command line: each gives its exit code, one clear message
 * naming the problem, and never a stack trace or an exception's class name.
 */
class ErrorPathsTest {
  @TempDir static Path tmp;
  static Path invalidUtf8;
  static Path nul;
  static Path gzip;
  static Path longParagraph;
  static Path emptyDir;
  static Path unreadable;

  @BeforeAll
  static void inputs() throws IOException {
    invalidUtf8 = Files.write(tmp.resolve("latin1.txt"), "Caf\u00e9 Title\n".getBytes(StandardCharsets.ISO_8859_1));
    nul = Files.write(tmp.resolve("nul.txt"), new byte[] {'a', 0, 'b'});
    gzip = tmp.resolve("digest.txt.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
      out.write("new\n".getBytes(StandardCharsets.UTF_8));
    }
    longParagraph = Files.writeString(tmp.resolve("long.txt"), "Title\n\n" + "word ".repeat(300));
    emptyDir = Files.createDirectory(tmp.resolve("nothing"));
    unreadable = Files.writeString(tmp.resolve("secret.txt"), "Title\n");
    unreadable.toFile().setReadable(false, false);
  }

  static List<Arguments> errors() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of(1, "no such file", new String[] {"convert", "missing.txt"}));
    cases.add(Arguments.of(1, "not valid UTF-8", new String[] {"convert", invalidUtf8.toString()}));
    cases.add(Arguments.of(1, "NUL byte", new String[] {"convert", nul.toString()}));
    cases.add(Arguments.of(1, "zcat", new String[] {"convert", gzip.toString()}));
    cases.add(Arguments.of(1, "over the record limit", new String[] {"convert", "--max-record", "1000", longParagraph.toString()}));
    cases.add(Arguments.of(1, "no *.txt, *.json, *.jsonl or *.db files", new String[] {"convert", emptyDir.toString()}));
    cases.add(Arguments.of(1, "is a folder", new String[] {"convert", "-o", emptyDir.toString(), "samples/daily-papers-mar13.txt"}));
    cases.add(Arguments.of(1, "cannot write", new String[] {"convert", "-o", tmp.resolve("no/such/dir/out.json").toString(), "samples/daily-papers-mar13.txt"}));
    cases.add(Arguments.of(2, "unknown format", new String[] {"convert", "-f", "xml"}));
    cases.add(Arguments.of(2, "unknown field", new String[] {"convert", "--fields", "author"}));
    cases.add(Arguments.of(2, "unknown encoding", new String[] {"convert", "--encoding", "nope"}));
    cases.add(Arguments.of(2, "unknown option", new String[] {"convert", "--nope"}));
    cases.add(Arguments.of(2, "unknown command", new String[] {"nope"}));
    cases.add(Arguments.of(2, "--max-record", new String[] {"convert", "--max-record", "-5"}));
    cases.add(Arguments.of(2, "--max-record", new String[] {"convert", "--max-record"}));
    if (!unreadable.toFile().canRead()) { // root reads everything
      cases.add(Arguments.of(1, "permission denied", new String[] {"convert", unreadable.toString()}));
    }
    return cases;
  }

  @ParameterizedTest(name = "exit {0}: {1}")
  @MethodSource("errors")
  void errorIsOneClearLineWithTheRightExitCodeAndNoStackTrace(int exitCode, String mentions, String[] args) {
    CliRun run = CliRun.of(args);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(exitCode);
    assertThat(run.stderr).contains(mentions);
    assertThat(run.stderr).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
    assertThat(run.stdout).isEmpty();
    String firstLine = run.stderr.lines().findFirst().orElse("");
    assertThat(firstLine).matches("(digest: error: .*|.*: error: .*)");
  }
}
