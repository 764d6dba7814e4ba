package dev.digest.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** One Spark session for every test (local mode, two threads, no web UI), and row helpers. */
final class SparkTests {
  private static SparkSession session;

  private SparkTests() {}

  static synchronized SparkSession spark() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("digest-spark tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  /** A row as plain Java values: arrays as lists, so rows from any reader compare equal. */
  static List<Object> values(Row row) {
    List<Object> values = new ArrayList<>(row.length());
    for (int i = 0; i < row.length(); i++) {
      Object v = row.get(i);
      if (v instanceof Seq<?> seq) {
        v = new ArrayList<>(CollectionConverters.asJava(seq));
      } else if (v instanceof Long n) {
        v = n.intValue();
      }
      values.add(v);
    }
    return values;
  }

  static List<List<Object>> rows(Dataset<Row> df) {
    List<List<Object>> rows = new ArrayList<>();
    for (Row r : df.collectAsList()) {
      rows.add(values(r));
    }
    return rows;
  }

  /**
   * What {@code digest convert -f jsonl ARGS} writes (into a file in {@code tmp}), read back by
   * Spark's own JSON reader in the source's schema.
   */
  static List<List<Object>> convertedRows(Path tmp, String... args) throws IOException {
    Path out = Files.createTempFile(tmp, "cli", ".jsonl");
    List<String> all = new ArrayList<>(List.of("convert", "-f", "jsonl", "-q", "-o", out.toString()));
    all.addAll(List.of(args));
    CommandLine.run(all.toArray(new String[0])).succeeded();
    return rows(spark().read().schema(DigestSchema.RECORDS).json(out.toString()));
  }

  /** Every message along the cause chain: Spark may wrap what the source threw. */
  static String messages(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t.getMessage()).append('\n');
    }
    return sb.toString();
  }

  /** The rows one at a time, a partition at a time: for inputs too large to collect at once. */
  static Iterator<Row> stream(Dataset<Row> df) {
    return df.toLocalIterator();
  }
}
