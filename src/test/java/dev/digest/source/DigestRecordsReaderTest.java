package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** digest's own json and jsonl read back: every field as written, keys given anew. */
class DigestRecordsReaderTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"samples/daily-papers-apr23.txt", "samples/papers-compact-2.txt", "src/test/resources/hazards/hazards.txt", "samples/api/2024-05-27.json"})
  void jsonAndJsonLinesReadBackToTheSameRecords(String input) throws IOException {
    String original = convert("-f", "jsonl", input);
    for (String format : List.of("json", "jsonl")) {
      Path written = tmp.resolve("out." + format);
      Files.writeString(written, convert("-f", format, input));

      assertThat(convert("-f", "jsonl", written.toString())).as("%s read back", format).isEqualTo(original);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"title,abstract", "abstract,title,date", "key,title,abstract,urls"})
  void aRecordWrittenWithSomeFieldsGetsTheOthersAsAFreshRecordWould(String fields) throws IOException {
    Path written = tmp.resolve("some.jsonl");
    Files.writeString(written, convert("-f", "jsonl", "--fields", fields, "samples/daily-papers-mar13.txt"));

    String readBack = convert("-f", "jsonl", "--fields", "key,title,abstract,urls", written.toString());

    assertThat(readBack).isEqualTo(convert("-f", "jsonl", "--fields", "key,title,abstract,urls", "samples/daily-papers-mar13.txt"));
  }

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"[]", "[\n]\n", ""})
  void anEmptyArrayHasNoRecords(String content) throws IOException {
    Path empty = tmp.resolve("empty.json");
    Files.writeString(empty, content);

    assertThat(convert("-f", "jsonl", empty.toString())).isEmpty();
  }

  /** The output of {@code digest convert ARGS}; reading records back warns about nothing. */
  private static String convert(String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "convert";
    System.arraycopy(args, 0, full, 1, args.length);
    CliRun run = CliRun.of(full);
    assertThat(run.exitCode).as(run.toString()).isZero();
    if (!args[args.length - 1].endsWith(".txt")) {
      assertThat(run.stderr).isEmpty();
    }
    return run.stdout;
  }
}
