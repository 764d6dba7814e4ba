package dev.digest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.source.JsonLinesShares;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large arXiv snapshot (JSON Lines) is cut among tasks where an item starts, and gives row for
 * row what the command line gives for the whole file: records, keys (every title repeats in every
 * round, so the suffixes are decided across tasks), line numbers, dedupe, and the command line's
 * error, at its line, when an item runs over a place a task starts.
 */
class SnapshotSplitTest {
  private static final Path FIXTURE = Path.of("src/test/resources/snapshot/arxiv-snapshot-sample.jsonl");

  private final SparkSession spark = SparkTests.spark();

  @TempDir Path tmp;

  @Test
  void aSnapshotCutIntoTasksGivesTheRowsOfTheWholeFile() throws IOException {
    Path file = tmp.resolve("snapshot.jsonl");
    Files.write(file, rounds(12, null));
    Dataset<Row> df = spark.read().format("digest").option("splitSize", "100000").load(file.toString());
    assertThat(df.rdd().getNumPartitions()).isGreaterThanOrEqualTo(10);
    List<List<Object>> rows = SparkTests.rows(df);
    assertThat(rows).hasSize(12 * 61).isEqualTo(SparkTests.convertedRows(tmp, file.toString()));
    assertThat(rows.get(61).get(0)).as("the second round's first key took a suffix").isEqualTo(rows.get(0).get(0) + "a");
    assertThat(rows.get(12 * 61 - 1).get(6)).as("the last record's line").isEqualTo(12 * 61 + 1);

    Dataset<Row> deduped = spark.read().format("digest").option("splitSize", "100000").option("dedupe", "true").load(file.toString());
    assertThat(SparkTests.rows(deduped)).hasSize(61).isEqualTo(SparkTests.convertedRows(tmp, "--dedupe", file.toString()));
    // Tasks smaller than a line (2 KB on average): many find no start in their span, and the one
    // before reads on.
    Path two = tmp.resolve("two.jsonl");
    Files.write(two, rounds(2, null));
    Dataset<Row> small = spark.read().format("digest").option("splitSize", "1500").load(two.toString());
    assertThat(small.rdd().getNumPartitions()).isGreaterThan(50);
    assertThat(SparkTests.rows(small)).hasSize(2 * 61).isEqualTo(SparkTests.convertedRows(tmp, two.toString()));
  }

  @Test
  void anItemThatRunsOverATasksStartIsTheCommandLinesError() throws IOException {
    Path file = tmp.resolve("broken.jsonl");
    // An item with a comma missing after a nested object, its next line starting another item: the
    // place looks like one a task may start at, and the whole file's read fails there.
    byte[] broken = "{\"id\":\"1\",\"title\":\"Broken\",\"abstract\":\"a\",\"extra\":{\"x\":1}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = rounds(12, broken);
    Files.write(file, bytes);
    // A split size that makes the second task start just inside the broken item: its share begins
    // on the line after it, and the first task reads on into that line to finish the item.
    long brokenAt = indexOf(bytes, broken);
    long split = brokenAt + 1;
    assertThat(JsonLinesShares.startAtOrAfter(new ByteArrayInputStream(bytes, (int) split - 3, bytes.length), split, bytes.length, Long.MAX_VALUE))
        .isEqualTo(brokenAt + broken.length);
    CommandLine.Result cli = CommandLine.run("convert", "-f", "jsonl", file.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    String error = cli.stderr().strip();
    assertThat(error).contains("broken.jsonl:" + (6 * 61 + 3) + ": error: the JSON does not parse");
    assertThatThrownBy(() -> spark.read().format("digest").option("splitSize", Long.toString(split)).load(file.toString()).count())
        .satisfies(e -> assertThat(SparkTests.messages(e)).contains(error));
  }

  /** Where {@code part} first stands in {@code bytes}. */
  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  /**
   * The fixture {@code n} times, its line ends CR LF in every third round, with a blank line (no
   * place to start a task) before the third round, and {@code insert} after the sixth round.
   */
  private static byte[] rounds(int n, byte[] insert) throws IOException {
    String fixture = Files.readString(FIXTURE, StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int r = 0; r < n; r++) {
      if (r == 2) {
        out.write('\n');
      }
      if (r == 6 && insert != null) {
        out.writeBytes(insert);
      }
      out.writeBytes((r % 3 == 2 ? fixture.replace("\n", "\r\n") : fixture).getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
