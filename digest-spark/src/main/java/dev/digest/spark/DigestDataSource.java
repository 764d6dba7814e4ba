package dev.digest.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * {@code spark.read.format("digest").load(paths...)}: the records of pasted digests, Daily Papers
 * API responses, arXiv snapshots and digest's own json and jsonl, with the keys {@code digest
 * convert} gives the same files in the same order. Options {@code encoding}, {@code maxRecord},
 * {@code dedupe}; {@code warnings=true} gives the warnings instead. Registered under its short
 * name in {@code META-INF/services/org.apache.spark.sql.sources.DataSourceRegister}.
 */
public final class DigestDataSource implements TableProvider, DataSourceRegister {

  @Override
  public String shortName() {
    return "digest";
  }

  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return DigestSchema.of(ReadOptions.from(options).warnings());
  }

  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    ReadOptions options = ReadOptions.from(properties);
    if (!schema.equals(DigestSchema.of(options.warnings()))) {
      throw DigestSourceException.problem("the digest source has a schema of its own; read it without .schema(...) and select or cast columns");
    }
    return new DigestTable(options);
  }
}
