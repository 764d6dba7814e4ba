package dev.digest.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructType;

/**
 * One read, planned in steps. Spark asks for the partitions when a query runs; the scan then shares
 * the table's files among tasks ({@link Span}); when a file is large enough to cut, a first small
 * job finds where each task's share starts ({@link ShareStarts}) and the driver ends each where the
 * next starts ({@link Share}); a second reads each share and returns its records' base keys ({@link
 * KeySurvey}); the driver gives out the keys in input order ({@link KeyPlan}); the partitions then
 * carry what each task needs to give its records their final keys. Each query over the DataFrame
 * plans again (cache it, or write it, to read once).
 */
final class DigestScan implements Scan, Batch {
  private final ReadOptions options;
  private final HadoopConf conf;
  private final List<InputFile> files;
  private InputPartition[] partitions;

  DigestScan(ReadOptions options, HadoopConf conf, List<InputFile> files) {
    this.options = options;
    this.conf = conf;
    this.files = List.copyOf(files);
  }

  @Override
  public StructType readSchema() {
    return DigestSchema.of(options.warnings());
  }

  @Override
  public String description() {
    return "digest " + String.join(", ", options.paths()) + (options.dedupe() ? " (dedupe)" : "") + (options.warnings() ? " (warnings)" : "");
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    if (partitions == null) {
      partitions = plan();
    }
    return partitions.clone();
  }

  private InputPartition[] plan() {
    SparkSession spark = SparkSession.active();
    List<List<Span>> tasks = Span.plan(files, options.splitSize());
    List<List<SpanSummary>> summaries = new ArrayList<>();
    if (!tasks.isEmpty()) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      // One task a list of spans: parallelize slices a list of n elements into n slices of one.
      // Where the shares of cut files start (a job only when some file is cut), then their keys.
      List<List<ShareStart>> starts = tasks.stream().anyMatch(t -> t.stream().anyMatch(Span::cut))
          ? jsc.parallelize(tasks, tasks.size()).map(new ShareStarts(conf, options)).collect()
          : tasks.stream().map(t -> t.stream().map(s -> ShareStart.WHOLE).toList()).toList();
      List<List<Share>> shares = Share.plan(tasks, starts);
      summaries = jsc.parallelize(shares, shares.size()).map(new KeySurvey(conf, options)).collect();
    }
    List<InputPartition> out = new ArrayList<>();
    for (List<PlannedPiece> pieces : KeyPlan.plan(summaries, options.dedupe())) {
      if (!pieces.isEmpty()) {
        out.add(new DigestPartition(pieces));
      }
    }
    return out.toArray(new InputPartition[0]);
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    return new DigestReaderFactory(conf, options);
  }
}
