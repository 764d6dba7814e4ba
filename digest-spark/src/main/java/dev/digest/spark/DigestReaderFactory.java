package dev.digest.spark;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

/** Opens a task's pieces on an executor. */
final class DigestReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;

  private final HadoopConf conf;
  private final ReadOptions options;

  DigestReaderFactory(HadoopConf conf, ReadOptions options) {
    this.conf = conf;
    this.options = options;
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new PieceRows(((DigestPartition) partition).pieces(), conf, options);
  }
}
