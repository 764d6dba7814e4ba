package dev.digest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * spark.read.format("digest") against the command line on the same files in the same order: the
 * same records with the same keys (the command line's jsonl read by Spark's own JSON reader), the
 * same warnings, the same errors.
 */
class DigestSourceTest {
  private final SparkSession spark = SparkTests.spark();

  @TempDir Path tmp;

  private Dataset<Row> read(String... paths) {
    return spark.read().format("digest").load(paths);
  }


  @Test
  void theSamplesGiveTheRecordsAndKeysOfTheCommandLine() throws IOException {
    List<List<Object>> rows = SparkTests.rows(read("samples/"));
    assertThat(rows).hasSize(394).isEqualTo(SparkTests.convertedRows(tmp, "samples/"));
    assertThat(rows.get(0).get(0)).isEqualTo("edtalk");
  }

  @Test
  void theApiSamplesAndTextTogetherGiveTheRecordsOfTheCommandLine() throws IOException {
    // A split size smaller than every file: a JSON array is never cut, but read whole by one task.
    Dataset<Row> df = spark.read().format("digest").option("splitSize", "20000")
        .load("samples/api", "samples/daily-papers-mar13.txt", "samples/api/2024-05-27.json");
    List<List<Object>> rows = SparkTests.rows(df);
    assertThat(rows).isEqualTo(SparkTests.convertedRows(tmp, "samples/api", "samples/daily-papers-mar13.txt", "samples/api/2024-05-27.json"));
    // Authors, arXiv ids and dates reach their columns.
    assertThat(rows).anySatisfy(r -> {
      assertThat((List<?>) r.get(7)).isNotEmpty();
      assertThat(r.get(8)).isNotNull();
      assertThat((String) r.get(9)).matches("\\d{4}-\\d{2}-\\d{2}");
    });
  }

  @Test
  void dedupeDropsTheRecordsTheCommandLineDrops() throws IOException {
    Dataset<Row> df = spark.read().format("digest").option("dedupe", "true").load("samples/");
    List<List<Object>> rows = SparkTests.rows(df);
    assertThat(rows).hasSize(394 - 9).isEqualTo(SparkTests.convertedRows(tmp, "--dedupe", "samples/"));
  }

  @Test
  void aGeneratedCorpusOfManyFilesGivesTheRecordsOfTheCommandLine() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("corpus"));
    Corpus.files(dir, 60, 16);
    String folder = dir.toString();
    // A small split size: files are shared among tasks, and the larger ones cut into pieces.
    Dataset<Row> df = spark.read().format("digest").option("splitSize", "150000").load(folder);
    List<List<Object>> rows = SparkTests.rows(df);
    assertThat(df.rdd().getNumPartitions()).isGreaterThan(10);
    assertThat(rows).hasSizeGreaterThan(5000).isEqualTo(SparkTests.convertedRows(tmp, folder));
    Dataset<Row> deduped = spark.read().format("digest").option("splitSize", "150000").option("dedupe", "true").load(folder);
    assertThat(SparkTests.rows(deduped)).isEqualTo(SparkTests.convertedRows(tmp, "--dedupe", folder));
  }

  @Test
  void tasksSmallerThanTheStretchesBetweenDigestBoundariesGiveTheRecordsOfTheCommandLine() throws IOException {
    Path file = tmp.resolve("three.txt");
    Files.write(file, concat(Files.readAllBytes(Path.of("samples/daily-papers-apr23.txt")),
        Files.readAllBytes(Path.of("samples/daily-papers-mar13.txt")), Files.readAllBytes(Path.of("samples/daily-papers-apr23.txt"))));
    List<List<Object>> cli = SparkTests.convertedRows(tmp, file.toString());
    // Three digests of about 200 KB, joined as cat joins them: most tasks find no boundary in their
    // span. At 109000 the second task's span holds none, and the third starts inside the line of
    // the boundary the first one ends at (a search from there cannot see it): every byte must
    // still be read by exactly one task.
    for (String split : List.of("109000", "20000", "5000")) {
      Dataset<Row> df = spark.read().format("digest").option("splitSize", split).load(file.toString());
      assertThat(SparkTests.rows(df)).as("split size %s", split).hasSizeGreaterThan(200).isEqualTo(cli);
    }
    // Named twice, split just under its size: both listings read whole, lines counted from each one's start.
    String under = Long.toString(Files.size(file) - 100);
    Dataset<Row> twice = spark.read().format("digest").option("splitSize", under).load(file.toString(), file.toString());
    assertThat(SparkTests.rows(twice)).isEqualTo(SparkTests.convertedRows(tmp, file.toString(), file.toString()));
  }

  @Test
  void theWarningsAreTheCommandLinesInInputOrder() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("warned"));
    Corpus.files(dir, 12, 7);
    String folder = dir.toString();
    Dataset<Row> warnings = spark.read().format("digest").option("warnings", "true").option("splitSize", "100000").load(folder);
    assertThat(warnings.columns()).containsExactly("file", "line", "severity", "code", "message");
    List<String> lines = new ArrayList<>();
    for (Row w : warnings.collectAsList()) {
      lines.add(w.getString(0) + ":" + w.getInt(1) + ": " + w.getString(2) + ": " + w.getString(4) + " [" + w.getString(3) + "]");
    }
    CommandLine.Result check = CommandLine.run("check", folder);
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(lines).isNotEmpty().isEqualTo(check.stdoutLines());
  }

  @Test
  void aDataFrameWrittenToParquetReadsBackEqual() {
    Dataset<Row> df = read("samples/", "samples/api/");
    String parquet = tmp.resolve("papers.parquet").toString();
    df.write().parquet(parquet);
    Dataset<Row> back = spark.read().parquet(parquet);
    assertThat(back.schema().fieldNames()).containsExactly(df.schema().fieldNames());
    assertThat(SparkTests.rows(back.orderBy("source", "line"))).isEqualTo(SparkTests.rows(df.orderBy("source", "line")));
    assertThat(back.count()).isEqualTo(df.count());
  }

  @Test
  void theSchemaIsTheTenFieldsWithSparkTypes() {
    assertThat(read("samples/daily-papers-apr23.txt").schema().simpleString())
        .isEqualTo("struct<key:string,title:string,abstract:string,urls:array<string>,date:string,source:string,"
            + "line:int,authors:array<string>,arxiv:string,published:string>");
  }

  @Test
  void bytesThatAreNotUtf8InALaterPieceAreTheCommandLinesError() throws IOException {
    Path file = tmp.resolve("bad.txt");
    byte[] good = Files.readAllBytes(Path.of("samples/daily-papers-apr23.txt"));
    byte[] bad = "\nnew\n\nA Title\n\nAn abstract with a bad byte \u00e9 here. It goes on.\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, concat(good, good, bad, good));
    CommandLine.Result cli = CommandLine.run("convert", "-f", "jsonl", file.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    String error = cli.stderr().strip();
    assertThat(error).contains(":" + (2 * lines(good) + 6) + ": error: ");
    assertThatThrownBy(() -> spark.read().format("digest").option("splitSize", "50000").load(file.toString()).count())
        .satisfies(e -> assertThat(SparkTests.messages(e)).contains(error));
  }

  @Test
  void aMissingPathOrAMistypedOptionIsAClearError() {
    assertThatThrownBy(() -> read("no/such/folder"))
        .satisfies(e -> assertThat(SparkTests.messages(e)).contains("digest: no/such/folder: no such file or folder; check the path"));
    assertThatThrownBy(() -> spark.read().format("digest").option("dedup", "true").load("samples/"))
        .satisfies(e -> assertThat(SparkTests.messages(e)).contains("unknown option 'dedup' (did you mean 'dedupe'?)"));
    assertThatThrownBy(() -> spark.read().format("digest").option("encoding", "utf9").load("samples/"))
        .satisfies(e -> assertThat(SparkTests.messages(e)).contains("unknown encoding 'utf9'"));
  }

  @Test
  void theEncodingAndMaxRecordOptionsActAsOnTheCommandLine() throws IOException {
    Path file = tmp.resolve("latin1.txt");
    Files.write(file, new String(Files.readAllBytes(Path.of("samples/daily-papers-mar13.txt")), StandardCharsets.UTF_8)
        .replace("the", "thé").getBytes(StandardCharsets.ISO_8859_1));
    // Text in another encoding is read whole by one task, whatever the split size.
    Dataset<Row> df = spark.read().format("digest").option("encoding", "ISO-8859-1").option("splitSize", "20000").load(file.toString());
    assertThat(SparkTests.rows(df)).isEqualTo(SparkTests.convertedRows(tmp, "--encoding", "ISO-8859-1", file.toString()));
    CommandLine.Result cli = CommandLine.run("convert", "--max-record", "500", "samples/daily-papers-mar13.txt");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThatThrownBy(() -> spark.read().format("digest").option("maxRecord", "500").load("samples/daily-papers-mar13.txt").count())
        .satisfies(e -> assertThat(SparkTests.messages(e)).contains(cli.stderr().strip()));
  }

  private static int lines(byte[] text) {
    int n = 0;
    for (byte b : text) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

}
