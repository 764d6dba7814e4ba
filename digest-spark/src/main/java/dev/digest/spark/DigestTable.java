package dev.digest.spark;

import java.util.EnumSet;
import java.util.Set;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The digests a read names, as one table read in batches. */
final class DigestTable implements SupportsRead {
  private final ReadOptions options;

  DigestTable(ReadOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "digest " + String.join(", ", options.paths());
  }

  @Override
  public StructType schema() {
    return options.warnings() ? DigestSchema.WARNINGS : DigestSchema.RECORDS;
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(TableCapability.BATCH_READ);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap ignored) {
    return () -> new DigestScan(options, schema());
  }
}
