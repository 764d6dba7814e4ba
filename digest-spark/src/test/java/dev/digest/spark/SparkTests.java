package dev.digest.spark;

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

  /** The rows one at a time, a partition at a time: for inputs too large to collect at once. */
  static Iterator<Row> stream(Dataset<Row> df) {
    return df.toLocalIterator();
  }
}
