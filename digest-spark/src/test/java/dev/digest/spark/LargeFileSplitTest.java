package dev.digest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One large pasted digest file, cut into many tasks at digest boundaries, gives row for row what
 * the command line gives for the whole file: records, keys (titles repeat in every round, so nearly
 * every key has a suffix decided across tasks), line numbers and warnings. The file is made at
 * test time ({@code -Ddigest.spark.largeMb}, default 200 MiB, in 16 MiB splits).
 */
class LargeFileSplitTest {
  private static final long MB = 1 << 20;

  private final SparkSession spark = SparkTests.spark();

  @TempDir Path tmp;

  @Test
  void aLargeFileCutIntoTasksGivesTheRowsOfTheWholeFile() throws IOException {
    long size = Long.getLong("digest.spark.largeMb", 200) * MB;
    long split = Math.max(1, size / 13);
    Path file = Corpus.large(tmp.resolve("large.txt"), size);
    Dataset<Row> df = spark.read().format("digest").option("splitSize", Long.toString(split)).load(file.toString());
    assertThat(df.rdd().getNumPartitions()).isGreaterThanOrEqualTo(10);

    Path jsonl = tmp.resolve("large.jsonl");
    CommandLine.run("convert", "-q", "-f", "jsonl", "-o", jsonl.toString(), file.toString()).succeeded();
    Dataset<Row> cli = spark.read().schema(DigestSchema.RECORDS).json(jsonl.toString());
    long rows = sameRows(SparkTests.stream(df), SparkTests.stream(cli));
    assertThat(rows).isGreaterThan(100_000);

    Dataset<Row> warnings = spark.read().format("digest").option("warnings", "true").option("splitSize", Long.toString(split)).load(file.toString());
    List<String> lines = new ArrayList<>();
    for (Row w : warnings.collectAsList()) {
      lines.add(w.getString(0) + ":" + w.getInt(1) + ": " + w.getString(2) + ": " + w.getString(4) + " [" + w.getString(3) + "]");
    }
    assertThat(lines).hasSizeGreaterThan(100).isEqualTo(CommandLine.run("check", file.toString()).stdoutLines());
    Files.delete(file);
  }

  /** The two row streams are equal, row for row; how many rows. */
  private static long sameRows(Iterator<Row> actual, Iterator<Row> expected) {
    long n = 0;
    while (expected.hasNext()) {
      assertThat(actual.hasNext()).as("the data source ends after %d rows", n).isTrue();
      List<Object> a = SparkTests.values(actual.next());
      List<Object> e = SparkTests.values(expected.next());
      if (!a.equals(e)) {
        assertThat(a).as("row %d", n).isEqualTo(e);
      }
      n++;
    }
    assertThat(actual.hasNext()).as("the data source has more than the command line's %d rows", n).isFalse();
    return n;
  }
}
