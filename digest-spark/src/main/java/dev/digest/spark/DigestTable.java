package dev.digest.spark;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The digests a read names, as one table read in batches. Its files are listed when it is made
 * (at {@code load()}), so a missing path is an error there, before any job runs.
 */
final class DigestTable implements SupportsRead {
  private final ReadOptions options;
  private final HadoopConf conf;
  private final List<InputFile> files;

  DigestTable(ReadOptions options) {
    this.options = options;
    this.conf = new HadoopConf(SparkSession.active().sessionState().newHadoopConf());
    this.files = InputFiles.list(options.paths(), conf.get());
  }

  @Override
  public String name() {
    return "digest " + String.join(", ", options.paths());
  }

  /** Deprecated since Spark 3.4 for columns(), but still abstract in 4.x, whose columns() reads it. */
  @Override
  @SuppressWarnings("deprecation")
  public StructType schema() {
    return DigestSchema.of(options.warnings());
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(TableCapability.BATCH_READ);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap ignored) {
    return () -> new DigestScan(options, conf, files);
  }
}
