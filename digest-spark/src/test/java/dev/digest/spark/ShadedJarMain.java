package dev.digest.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark job as a user writes one, run by {@link ShadedJarIT} on Spark with the data source's jar
 * and nothing else of digest: prints where the source's classes came from, the records' count and
 * the first key. Uses Spark's API only.
 */
public final class ShadedJarMain {
  private ShadedJarMain() {}

  public static void main(String[] args) throws ClassNotFoundException {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("digest jar").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    try {
      Dataset<Row> papers = spark.read().format("digest").option("dedupe", "true").load(args);
      List<Row> first = papers.limit(1).collectAsList();
      System.out.println("source " + Class.forName("dev.digest.spark.DigestDataSource").getProtectionDomain().getCodeSource().getLocation());
      System.out.println("jackson " + Class.forName("dev.digest.spark.shaded.jackson.core.JsonFactory").getProtectionDomain().getCodeSource().getLocation());
      System.out.println("records " + papers.count() + " first " + first.get(0).getString(0));
      System.out.println("warnings " + spark.read().format("digest").option("warnings", "true").load(args).count());
    } finally {
      spark.stop();
    }
  }
}
