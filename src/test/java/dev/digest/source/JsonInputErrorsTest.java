package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad JSON inputs end the run as bad text does: exit 1, one line {@code FILE:LINE: error: WHAT;
 * WHAT TO DO} on stderr, no stack trace, and the records before the bad item written.
 */
class JsonInputErrorsTest {
  private static final String ITEM = "{\"paper\": {\"id\": \"2405.1\", \"title\": \"A Title\", \"summary\": \"An abstract.\"}}";

  private static final String SNAPSHOT_LINE = "{\"id\": \"1\", \"submitter\": \"S\", \"title\": \"T\", \"abstract\": \"A\"}\n";

  @TempDir Path tmp;

  static Stream<Arguments> cases() throws IOException {
    String api = Files.readString(Path.of("samples/api/2024-05-27.json"));
    return Stream.of(
        Arguments.of("truncated API file", api.substring(0, 30000), "the JSON ends in the middle of a value", 5),
        Arguments.of("cut after an item", api.substring(0, api.indexOf("\n    },\n") + 6), "ends in the middle", 1),
        Arguments.of("not JSON at all past the start", "[{\"paper\": {}, \"title\": x}]", ":1: error: the JSON does not parse", 0),
        Arguments.of("item without summary", "[" + ITEM + ",\n{\"paper\": {\"title\": \"T\"}}]", ":2: error: a Daily Papers item without an abstract", 1),
        Arguments.of("item without title", "[" + ITEM + ",\n\n{\"paper\": {\"summary\": \"S\"}}]", ":3: error: a Daily Papers item without a title", 1),
        Arguments.of("paper of the wrong type", "[" + ITEM + ", {\"paper\": []}]", "has \"paper\" as an array where an object belongs", 1),
        Arguments.of("authors of the wrong type", "[{\"paper\": {\"authors\": \"Ann\"}}]", "has \"paper.authors\" as a string where an array belongs", 0),
        Arguments.of("a lone surrogate", "[{\"paper\": {\"title\": \"T\\ud800\", \"summary\": \"S\"}}]", "lone surrogate", 0),
        Arguments.of("more after the array", "[" + ITEM + "]\n[]", ":2: error: there is more after the JSON array ends", 1),
        Arguments.of("snapshot line without abstract", "{\"id\": \"1\", \"title\": \"T\", \"versions\": []}\n", "an arXiv snapshot line without an abstract", 0),
        Arguments.of("snapshot as an array", "[{\"id\": \"1\", \"versions\": []}]", "JSON of a kind digest does not read", 0),
        Arguments.of("record line not a number", "{\"title\": \"T\", \"abstract\": \"A\", \"line\": \"7\"}", "has \"line\" as a string where a whole number belongs", 0),
        Arguments.of("record over the limit", "{\"title\": \"T\", \"abstract\": \"" + "a".repeat(2_000_000) + "\"}", "over the record limit", 0),
        Arguments.of("invalid UTF-8", "[{\"paper\": {\"title\": \"T\u00ff\"}}]", "the JSON does not parse", 0),
        Arguments.of("a number where a snapshot line belongs", SNAPSHOT_LINE + SNAPSHOT_LINE + "\n5\n" + SNAPSHOT_LINE, ":4: error: expected an arXiv snapshot line (a JSON object), found a number", 2),
        Arguments.of("nested too deep", SNAPSHOT_LINE + "{\"id\": \"2\", \"x\": " + "[".repeat(1500) + "]".repeat(1500) + "}\n",
            ":2: error: the JSON goes past what digest reads: Document nesting depth (1001) exceeds the maximum allowed (1000); check", 1),
        Arguments.of("nested too deep in the first item", "{\"id\": \"2\", \"x\": " + "[".repeat(1500) + "]".repeat(1500) + "}\n",
            ":1: error: the JSON goes past what digest reads: Document nesting depth (1001)", 0),
        Arguments.of("a number too long", SNAPSHOT_LINE + "{\"id\": \"2\", \"n\": " + "1".repeat(2000) + "}\n",
            ":2: error: the JSON goes past what digest reads: Number value length", 1),
        Arguments.of("a number too long between items", SNAPSHOT_LINE + SNAPSHOT_LINE + "1".repeat(2000) + "\n" + SNAPSHOT_LINE,
            ":3: error: the JSON goes past what digest reads: Number value length", 2),
        Arguments.of("nested too deep on the fifth line of the first item", "[\n{\"paper\": {\"title\": \"T\",\n\n\n\"x\": " + "[".repeat(1500) + "]".repeat(1500) + "}}]",
            ":5: error: the JSON goes past what digest reads: Document nesting depth (1001)", 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void anInputErrorNamesFileLineAndWhatToDo(String name, String content, String message, int recordsBefore) throws IOException {
    Path file = tmp.resolve("in.json");
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (name.equals("invalid UTF-8")) {
      bytes = content.getBytes(StandardCharsets.ISO_8859_1);
    }
    Files.write(file, bytes);

    CliRun run = CliRun.of("convert", "-f", "jsonl", file.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.stderr).as(run.toString()).startsWith(file + ":").contains(": error: ", message, "; ").doesNotContain("Exception", "\tat ");
    assertThat(run.stderr.lines().count()).as(run.stderr).isEqualTo(1);
    assertThat(run.stdout.lines().count()).as("records written before the error").isEqualTo(recordsBefore);
  }
}
